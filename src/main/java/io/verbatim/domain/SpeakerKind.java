package io.verbatim.domain;

/** Whether a speaker is a natural person or an organisation (a government, an office, a company). */
public enum SpeakerKind {
    PERSON, ORGANIZATION
}
