package io.verbatim.curation;

import io.verbatim.domain.Slugs;
import io.verbatim.domain.Speaker;
import io.verbatim.domain.SpeakerRepository;
import io.verbatim.domain.SpeakerSlugRedirect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** The slugs of merged speakers, each pointing at the speaker it was merged into. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SpeakerRedirects {

    private final SpeakerRepository speakers;

    public SpeakerRedirects(SpeakerRepository speakers) {
        this.speakers = speakers;
    }

    /** The speaker an old slug now leads to, if it is the slug of a merged speaker. */
    public Optional<Speaker> target(String oldSlug) {
        return Optional.ofNullable(SpeakerSlugRedirect.<SpeakerSlugRedirect>findById(oldSlug))
                .or(() -> Optional.ofNullable(SpeakerSlugRedirect.<SpeakerSlugRedirect>findById(Slugs.of(oldSlug))))
                .flatMap(redirect -> speakers.findByIdOptional(redirect.speakerId));
    }
}
