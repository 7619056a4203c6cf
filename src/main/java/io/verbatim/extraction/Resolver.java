package io.verbatim.extraction;

import io.verbatim.extraction.Coreference.Entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stage 5: resolution. Turns a speaker candidate ({@link SpeakerCandidates}) into who speaks, through the article's
 * {@link Coreference}: a pronoun to the most recent person of that gender, a lone surname or a description to the
 * person met, a staff appositive or staff title to a speaker with a principal ({@code onBehalfOf}), an unnamed
 * spokesperson to the principal (role and words kept), "Paul’s office" to the organisation "Office of Rand Paul".
 * A phrase that resolves to nobody gives null: no guessing. Every step is named in the rules {@code explain} lists.
 */
final class Resolver {

    /** Who a speaker phrase names: the speaker, the principal they speak for, their role, and how it was found. */
    record Who(Entity speaker, Entity principal, String role, String descriptor, double confidence,
               List<String> rules) {
    }

    /** The subject phrase of the sentence after the one at an offset, in the same paragraph; null when none. */
    interface Lookahead {
        Subject next(int offset);

        /** The named subject of a cue verb opening one of the next two sentences ("McClelland said …"); null when none. */
        default Subject nextSpeaker(int offset) {
            return null;
        }
    }

    record Subject(String phrase, int offset) {
    }

    /** "the ministry said", "the paper acknowledged": an organisation the article named before, by its kind. */
    private static final java.util.regex.Pattern ORGANISATION_CALLED = java.util.regex.Pattern.compile("^[Tt]he\\s+("
            + "ministry|department|agency|company|firm|paper|newspaper|council|commission|committee|party|union"
            + "|government|administration|court|bank|university|board|authority|directorate|office|embassy|group)$");

    /** "department spokesman", "police spokeswoman": a staff role of an organisation named by a lower-case noun. */
    private static final java.util.regex.Pattern UNIT_STAFF = java.util.regex.Pattern.compile(
            "^([a-z]+)\\s+(?:spokesman|spokeswoman|spokesperson|press officer|public information officer)$");

    /**
     * The organisation a "department spokesman" appositive speaks for: the latest one met whose name holds the noun,
     * else the capitalised words before the speaker's name that are no title, with the noun ("Berkeley Police Officer
     * Ethell Wilson" → Berkeley Police Department); null when neither names one.
     */
    private Entity unitOf(String role, String head, Entity speaker) {
        java.util.regex.Matcher m = UNIT_STAFF.matcher(role);
        if (!m.matches() || !Lexicon.ORGANISATION_WORDS.contains(m.group(1))) {
            return null;
        }
        Entity met = coreference.organisationCalled(m.group(1));
        if (met != null) {
            return met;
        }
        int name = head.indexOf(speaker.name);
        if (name <= 0) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String w : head.substring(0, name).strip().split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !Lexicon.TITLES.containsKey(
                    w.toLowerCase(Locale.ROOT)) && !w.equalsIgnoreCase(m.group(1))) {
                words.add(w);
            } else if (!words.isEmpty()) {
                break;
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        String noun = Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1);
        return coreference.entity(String.join(" ", words) + " " + noun, true);
    }

    private static final java.util.regex.Pattern POST_OF_ORGANISATION = java.util.regex.Pattern.compile(
            "^.{0,60}\\b(?:of|for|at)\\s+(?:the\\s+)?([A-Z][\\p{L}-]*(?:\\s+(?:of|and|the|for|[A-Z][\\p{L}-]*)){0,6})$");

    /** "Dean of the House", "President of the Senate": a member's post in a chamber, not speaking for it. */
    private static final java.util.regex.Pattern CHAMBER = java.util.regex.Pattern.compile(
            "House|Senate|Congress|Parliament|Commons|Lords|Assembly|Dáil|Seanad");

    private final Coreference coreference;
    private final Lookahead lookahead;

    Resolver(Coreference coreference) {
        this(coreference, offset -> null);
    }

    Resolver(Coreference coreference, Lookahead lookahead) {
        this.coreference = coreference;
        this.lookahead = lookahead;
    }

    /** Resolves a speaker phrase read at {@code offset}; null when it names nobody the article knows. */
    Who speakerPhrase(String raw, int offset) {
        Who who = resolvePhrase(raw, offset);
        if (who == null || who.descriptor == null) {
            return who;
        }
        return new Who(who.speaker, who.principal, who.role, Lexicon.tagsAsWritten(who.descriptor, raw), who.confidence,
                who.rules);
    }

    private Who resolvePhrase(String raw, int offset) {
        Who issued = statement(raw, offset);
        if (issued != null) {
            return issued;
        }
        SpeakerCandidates.Phrase phrase = SpeakerCandidates.phrase(raw);
        if (phrase == null) {
            return null;
        }
        List<String> rules = new ArrayList<>(phrase.rules());
        Who who = head(phrase.head(), offset, rules);
        if (who == null) {
            return null;
        }
        if (phrase.appositive() == null || who.speaker.organisation) {
            return who;
        }
        SpeakerCandidates.Appositive appositive = SpeakerCandidates.appositive(phrase.appositive());
        if (appositive.staff()) {
            Entity principal = appositive.principal() == null ? null : reference(appositive.principal(), offset, rules);
            if (principal != null && principal != who.speaker) {
                rules.add("staff-appositive:on-behalf-of");
                who.speaker.principal = principal;
                return new Who(who.speaker, principal, appositive.role(), who.descriptor, who.confidence * 0.95, rules);
            }
            return new Who(who.speaker, who.principal, appositive.role(), who.descriptor, who.confidence, rules);
        }
        String role = appositive.role();
        Coreference.addRole(who.speaker, role);
        Entity unit = who.principal == null ? unitOf(role, phrase.head(), who.speaker) : null;
        if (unit != null) {
            // "Berkeley Police Officer Ethell Wilson, a department spokesman": he speaks for the department
            who.speaker.principal = unit;
            rules.add("unit-spokesperson:on-behalf-of");
            return new Who(who.speaker, unit, role, who.descriptor, who.confidence, rules);
        }
        java.util.regex.Matcher post = POST_OF_ORGANISATION.matcher(role);
        if (post.matches() && who.principal == null && java.util.Arrays.stream(post.group(1).toLowerCase(Locale.ROOT)
                .split("\\s+")).anyMatch(Lexicon.ORGANISATION_WORDS::contains) && !CHAMBER.matcher(post.group(1)).matches()) {
            // "Abraham Otabil, the Head of Public Relations of the Ministry": he speaks for the ministry
            Entity principal = coreference.entity(post.group(1), true);
            who.speaker.principal = principal;
            rules.add("post-of-organisation:on-behalf-of");
            return new Who(who.speaker, principal, role.length() <= 120 ? role : null, who.descriptor,
                    who.confidence, rules);
        }
        return new Who(who.speaker, who.principal, role.length() <= 120 ? role : null, who.descriptor,
                who.confidence, rules);
    }

    /**
     * A statement as the subject: "A statement issued by the Head of Public Relations, Abraham Otabil, … said" speaks
     * for its issuer, and so do "the statement said" and a following "It said" while no one else has spoken since.
     */
    private Who statement(String raw, int offset) {
        String text = SpeakerCandidates.trimPunctuation(raw);
        java.util.regex.Matcher by = SpeakerCandidates.STATEMENT_BY.matcher(text);
        if (by.matches()) {
            String issuer = by.group(1).replaceFirst(",\\s+(?:and|who|which)\\b.*$", "");
            Who who = speakerPhrase(issuer, offset + by.start(1));
            if (who == null) {
                return null;
            }
            coreference.issued(who.speaker);
            List<String> rules = new ArrayList<>(who.rules);
            rules.add("statement-by");
            return new Who(who.speaker, who.principal, who.role, text, who.confidence, rules);
        }
        java.util.regex.Matcher account = SpeakerCandidates.POST_FROM_ACCOUNT.matcher(text);
        if (account.matches()) {
            Who owner = speakerPhrase(account.group(1), offset + account.start(1));
            if (owner == null) {
                return owner;
            }
            List<String> rules = new ArrayList<>(owner.rules);
            rules.add("post-from-account");
            return new Who(owner.speaker, owner.principal, owner.role, text, owner.confidence, rules);
        }
        Entity issuer = SpeakerCandidates.THE_STATEMENT.matcher(text).matches() ? coreference.statementIssuer()
                : text.equals("It") || text.equals("it") ? coreference.statementStillSpeaking() : null;
        if (issuer == null) {
            return null;
        }
        coreference.issued(issuer);
        return new Who(issuer, issuer.principal, null, text, 0.85, List.of("statement→issuer:" + issuer.name));
    }

    private Who head(String text, int offset, List<String> rules) {
        SpeakerCandidates.Head head = SpeakerCandidates.head(text);
        switch (head.shape()) {
            case PRONOUN:
                return pronoun(text, offset, rules);
            case UNNAMED_SPOKESPERSON:
            case SPOKESPERSON_FOR:
                return unnamed(reference(head.principal(), offset, rules), head.role(), text, rules);
            case POSSESSIVE: {
                Entity principal = reference(head.principal(), offset, rules);
                if (principal == null) {
                    return null;
                }
                if (head.role().equals("office") || head.role().equals("campaign")) {
                    String kind = head.role().equals("office") ? "Office of " : "Campaign of ";
                    Entity office = coreference.entity(kind + principal.name, true);
                    rules.add("office-of-principal:" + principal.name);
                    return new Who(office, principal, null, text, 0.85, rules);
                }
                return unnamed(principal, head.role(), text, rules);
            }
            default: {
                Entity e = reference(text, offset, rules);
                if (e == null) {
                    return null;
                }
                return new Who(e, e.principal, null, text, rules.stream().anyMatch(r -> r.startsWith("coreference"))
                        ? 0.85 : 0.95, rules);
            }
        }
    }

    private Who pronoun(String word, int offset, List<String> rules) {
        char gender = word.equalsIgnoreCase("he") ? 'M' : 'F';
        Entity e = coreference.pronoun(gender, offset);
        if (e == null) {
            return cataphora(word, gender, offset, rules);
        }
        rules.add("pronoun:" + word.toLowerCase(Locale.ROOT) + "→" + e.name);
        return new Who(e, e.principal, null, word, 0.8, rules);
    }

    /**
     * A pronoun with no antecedent ("“…,” he said. Despite his tone, Fabius …"): the subject of the next sentence in
     * the same paragraph, when it is a person whose gender does not contradict the pronoun.
     */
    private Who cataphora(String word, char gender, int offset, List<String> rules) {
        Subject subject = lookahead.next(offset);
        if (subject == null) {
            return null;
        }
        List<String> found = new ArrayList<>();
        Entity e = reference(subject.phrase(), subject.offset(), found);
        if (e == null || e.organisation || (e.gender != '?' && e.gender != gender)) {
            return null;
        }
        coreference.mention(subject.offset(), e);
        rules.add("pronoun:cataphora:" + word.toLowerCase(Locale.ROOT) + "→" + e.name);
        return new Who(e, e.principal, null, word, 0.8, rules);
    }

    /**
     * A description with no antecedent ("“…,” the chief said." before "McClelland said he …"): the person a cue of
     * one of the next two sentences names, when nothing known about them contradicts the role.
     */
    private Entity describedLater(SpeakerCandidates.Reference ref, int offset, List<String> rules) {
        Subject subject = lookahead.nextSpeaker(offset);
        if (subject == null) {
            return null;
        }
        Entity e = reference(subject.phrase(), subject.offset(), new ArrayList<>());
        String role = Lexicon.ROLE_NOUNS.get(ref.noun().toLowerCase(Locale.ROOT));
        if (e == null || e.organisation || role == null || !(e.roles.isEmpty() || Coreference.fits(e, role))) {
            return null;
        }
        e.roles.add(role);
        rules.add("coreference:description-cataphora:" + ref.phrase() + "→" + e.name);
        return e;
    }

    /**
     * An unnamed spokesperson ("a Paul spokesman", "a spokesman for Sen. X"): an organisation's speaks as the
     * organisation ("a State Department spokeswoman"); a person's is nobody the article names, so null: the quote stays
     * unattributed with its descriptor and the principal ({@link #principalOf}), never given to the principal.
     */
    private Who unnamed(Entity principal, String role, String descriptor, List<String> rules) {
        if (principal == null || !principal.organisation) {
            return null;
        }
        rules.add("unnamed-spokesperson→organisation:" + principal.name);
        return new Who(principal, null, role, descriptor, 0.8, rules);
    }

    /** Whom an unnamed spokesperson phrase speaks for ("a spokesman for Sen. X" → X), or null. */
    String principalOf(String raw, int offset) {
        SpeakerCandidates.Phrase phrase = SpeakerCandidates.phrase(raw);
        if (phrase == null) {
            return null;
        }
        SpeakerCandidates.Head head = SpeakerCandidates.head(phrase.head());
        boolean spokesperson = head.shape() == SpeakerCandidates.Shape.UNNAMED_SPOKESPERSON
                || head.shape() == SpeakerCandidates.Shape.SPOKESPERSON_FOR
                || head.shape() == SpeakerCandidates.Shape.POSSESSIVE && !head.role().equals("office")
                && !head.role().equals("campaign");
        if (!spokesperson) {
            return null;
        }
        Entity principal = reference(head.principal(), offset, new ArrayList<>());
        return principal == null ? null : principal.name;
    }

    /**
     * "the Minister for Lands and Natural Resources Kweku Asoma Kyeremeh": a post run into the name of a person the
     * article already named; the last two to five words are that person.
     */
    private Entity knownNameAtEnd(String phrase, List<String> rules) {
        String[] words = phrase.strip().split("\\s+");
        for (int n = Math.min(5, words.length - 1); n >= 2; n--) {
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
            Entity e = coreference.known(name);
            if (e != null && !e.organisation) {
                rules.add("coreference:known-name:" + e.name);
                return e;
            }
        }
        return null;
    }

    /** "the Italian", "the Scot": a nationality used as a description of a person. */
    private static final java.util.regex.Pattern NATIONALITY = java.util.regex.Pattern.compile("(?:[Tt]he\\s+)(?:"
            + "Italian|Spaniard|Frenchman|Frenchwoman|German|Dutchman|Dutchwoman|Portuguese|Argentine|Argentinian"
            + "|Brazilian|Scot|Scotsman|Welshman|Welshwoman|Irishman|Irishwoman|Englishman|Englishwoman|Australian"
            + "|Canadian|Nigerian|Kenyan|Ghanaian|South African|Pakistani|Sri Lankan|Japanese|Russian|Ukrainian|Pole"
            + "|Swede|Norwegian|Dane|Belgian|Austrian|Croat|Serb|Mexican|Colombian|Chilean|Uruguayan|Egyptian"
            + "|Moroccan|Senegalese|Cameroonian|Ivorian|New Zealander|Kiwi|Turk|Greek|Jamaican|Zimbabwean|Ugandan"
            + "|Tanzanian|Zambian)");

    /** A name, a surname met before, a description ("the Kentucky senator") or an organisation; null for nobody. */
    Entity reference(String raw, int offset, List<String> rules) {
        if (NATIONALITY.matcher(SpeakerCandidates.trimPunctuation(raw).strip()).matches()) {
            // "Marco Bellini was pleased … “…,” the Italian said": a nationality is an epithet for the person the
            // text named last, within a few lines; no one when that name is further back
            Entity e = coreference.lastNamedPerson(offset, 300);
            if (e != null) {
                rules.add("coreference:nationality:" + raw.strip() + "→" + e.name);
                return e;
            }
            rules.add("not-a-name:" + raw.strip());
            return null;
        }
        SpeakerCandidates.Reference ref = SpeakerCandidates.reference(raw);
        if (ref.form() == SpeakerCandidates.Form.PRONOUN) {
            Who who = pronoun(ref.phrase(), offset, rules);
            return who == null ? null : who.speaker;
        }
        if (ref.form() == SpeakerCandidates.Form.DESCRIPTION) {
            Entity e = coreference.description(ref.qualifier(), ref.noun(), offset);
            if (e != null) {
                rules.add("coreference:description:" + ref.phrase() + "→" + e.name);
                return e;
            }
            // "the Cork TD", "the Belarusian leader": a qualifier that is no state does not rule it out, nor a party
            // when the last speaker's is not known to differ ("the longtime Republican leader"), nor a state when
            // the last speaker's is not known and no one met is from it ("the New York Democrat")
            String party = ref.qualifier() == null ? null : ref.qualifier().matches("(?i)Republican") ? "R"
                    : ref.qualifier().matches("(?i)Democratic|Democrat") ? "D" : null;
            String state = ref.qualifier() == null ? null : Lexicon.stateCode(ref.qualifier());
            e = coreference.lastSpeakerAs(ref.noun(), party, state);
            if (e != null) {
                rules.add("coreference:description-as-last-speaker:" + ref.phrase() + "→" + e.name);
                return e;
            }
            return describedLater(ref, offset, rules);
        }
        if (ref.party() != null) {
            rules.add("party-state-tag");
        }
        switch (ref.form()) {
            case THE_ORGANISATION:
            case ORGANISATION: {
                Entity person = knownNameAtEnd(ref.phrase(), rules);
                if (person != null) {
                    return person;
                }
                rules.add("organisation");
                Entity org = coreference.entity(ref.name(), true);
                coreference.organisationMet(org);
                return org;
            }
            case NOT_A_NAME:
                rules.add("not-a-name:" + ref.name());
                return null;
            case NOTHING: {
                Entity person = knownNameAtEnd(ref.phrase(), rules);
                if (person != null) {
                    return person;
                }
                java.util.regex.Matcher called = ORGANISATION_CALLED.matcher(ref.phrase());
                Entity org = called.matches() ? coreference.organisationCalled(called.group(1).toLowerCase(Locale.ROOT))
                        : null;
                if (org != null) {
                    rules.add("coreference:organisation:" + ref.phrase() + "→" + org.name);
                }
                return org;
            }
            default:
                break;
        }
        Entity e;
        if (ref.nameWords().size() == 1 && !ref.prefix().isEmpty()
                && ref.prefix().get(ref.prefix().size() - 1).matches("Sir|Dame")) {
            Entity knight = coreference.byFirstName(ref.name(), offset);
            if (knight != null) {
                rules.add("coreference:first-name:" + ref.name() + "→" + knight.name);
                return knight;
            }
        }
        if (ref.nameWords().size() == 1) {
            Entity known = coreference.bySurname(ref.name(), offset);
            if (known != null) {
                rules.add("coreference:surname:" + ref.name() + "→" + known.name);
                return known;
            }
            e = coreference.entity(ref.name(), false);
            rules.add("single-name");
        } else {
            e = coreference.entity(ref.name(), false);
            rules.add("name");
        }
        for (String title : ref.prefix()) {
            String role = Lexicon.TITLES.get(title.toLowerCase(Locale.ROOT));
            if (role != null && !role.isEmpty()) {
                e.roles.add(role);
                rules.add("title:" + title);
            }
            Coreference.genderFromWord(e, title);
        }
        if (!ref.prefix().isEmpty()) {
            String chamber = Lexicon.chamberRole(String.join(" ", ref.prefix()));
            if (chamber != null) {
                e.roles.add(chamber);
                rules.add("chamber-post:" + chamber);
            }
        }
        String organisation = ref.staffTitleOrganisation();
        if (organisation != null) {
            e.principal = coreference.entity(organisation, true);
            rules.add("staff-title:on-behalf-of");
        }
        if (ref.party() != null) {
            e.party = ref.party();
            e.state = ref.state();
        }
        return e;
    }
}
