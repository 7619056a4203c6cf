package io.verbatim.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 2: cue verbs. Finds the cue that ties a quote or a reported clause to a speaker phrase and hands back the
 * phrase's text and offset (who it names is decided by the later stages): after a quote (", Sen. X told The Daily
 * Beast." or ", said X"), before a quote ("X said: “…”", "X called it “…”"), a colon introduction ending a sentence
 * ("released the following statement:"), and reported speech without quotation marks that {@link ReportedSpeech}
 * leaves ("according to X, …", "…, which X later said was …", "X told Y that …"). Pure: tested on its own.
 */
final class Cues {

    static final String CUE_WORDS = "released the following statement|issued the following statement"
            + "|made the following statement"
            + "|said in a statement|according to|said|says|told|tells|added|adds|wrote|writes|stated|explained"
            + "|argued|noted|asked|replied|responded|continued|declared|insisted|warned|tweeted|posted|recalled"
            + "|notes|informed|acknowledged|conceded|countered|remarked|announced|stressed|observed|admitted|complained|predicted"
            + "|concluded|maintained|reiterated|emphasized|emphasised|cautioned|quipped|chirped|joked|asserted|affirmed"
            + "|captioned|read|reads|alleged|claimed|pointed out|blurted out|blurted|shouted|yelled|exclaimed"
            + "|interjected|screamed";
    private static final Pattern CUE = Pattern.compile("\\b(" + CUE_WORDS + ")\\b");
    /** "…, saying “…”": a participle cue whose subject is the main clause's. */
    private static final String PARTICIPLES = "saying|writing|telling|tweeting|posting|declaring";
    /**
     * What may stand before a clause's verb as the speaker of a participle cue: a name with its titles ("Former US
     * president Donald Trump", "Sen. X (R-KY)"), a description ("The governor") or a pronoun; not a possessive.
     */
    private static final Pattern CLAUSE_SUBJECT = Pattern.compile("\\s*((?:[\\p{L}.’'-]+\\s+){0,5}[A-Z][\\p{L}.’'-]*"
            + "(?<![’']s)(?:\\s*\\([DRI]-[A-Z]{2}\\))?|[Tt]he\\s+(?:[A-Z][\\p{L}-]*\\s+)?[a-z]+|[Hh]e|[Ss]he|[Tt]hey)"
            + "(?:\\s+(?:also|later|then|quickly|again|soon|swiftly))?\\s*");
    private static final Pattern NAMED_CLAUSE = Pattern.compile("^\\s*((?:[A-Z][\\p{L}.’'-]*\\s+){0,3}[A-Z][\\p{L}.’'-]*"
            + "(?<![’']s))\\s+(?!and\\b|or\\b|of\\b|for\\b|in\\b|on\\b|at\\b|to\\b|with\\b|from\\b)[a-z]{3,}\\b");
    private static final Pattern BEFORE_CUE = Pattern.compile("\\b(" + CUE_WORDS
            + "|called|calls|described|describes|dubbed|labeled|labelled|termed|branded|shared|" + PARTICIPLES + ")\\b");
    /** "…, but Trump later posted:", "…, in which he wrote:": the subject is the last clause's, not the sentence's. */
    private static final Pattern LAST_CLAUSE = Pattern.compile("(?:,\\s*(?:but|and|while|though|although|yet|so|as)"
            + "|\\b(?:in|on|with|through|by)\\s+which|;)\\s+(?=(?:he|she|[A-Z])\\S*(?:\\s+\\S+){0,5}\\s*$)");
    private static final Pattern AUXILIARIES = Pattern.compile("(?:\\s+(?:has|had|have|also|later|again|previously"
            + "|once|then|repeatedly|long|often|publicly))+\\s*$");
    private static final Pattern ENDS_WITH_CUE_COLON = Pattern.compile("\\b(" + CUE_WORDS
            + "|issued a statement|released a statement|released this statement|issued this statement"
            + "|released the following|issued the following)\\b[^.!?]*:\\s*$");
    private static final Pattern COORDINATED = Pattern.compile("^\\s*((?:(?:The|the)\\s+)?(?:[A-Z][\\p{L}.’'-]*\\s+)"
            + "*[A-Z][\\p{L}.’'-]*)\\s+[a-z][^“\"]*\\s+and\\s*$");
    /** "“…,” Copeland." : a name alone after a quote closing on a comma. */
    private static final Pattern BARE_NAME = Pattern.compile("^\\s*((?:[A-Z][\\p{L}.’'-]*\\s+){0,3}[A-Z][\\p{L}’'-]+)"
            + "\\s*\\.\\s*$");
    /**
     * "“…” Spokesman Dax Swatek, on the biotech deal (Birmingham News, Feb. 1, 2006).", "“…”Gov. Greg Abbott": a quote
     * signed with a titled name, or with a name and what it was said about.
     */
    private static final Pattern SIGNED = Pattern.compile("^\\s*((?:[A-Z][\\p{L}.’'-]*\\s+){0,3}[A-Z][\\p{L}’'-]+)"
            + "(?:\\s*\\(([DRI])-[A-Z]{2}\\))?(,\\s+(?:on|about|of|in|to)\\s+[^“\"]*|\\s*\\([^)]*\\)\\s*\\.?)?\\s*\\.?\\s*$");
    private static final Pattern PASSIVE_COLON = Pattern.compile("^(?:The|the)\\s+following\\s+(?:statement|message|"
            + "remarks)\\s+(?:was|were)\\s+(?:issued|released|made|delivered)(?:\\s+\\w+)?\\s+by\\s+(.{2,150}?)\\s*:\\s*$");
    /** "given what Wilson described as “…”": the subject of the cue in a free relative. */
    private static final Pattern WHAT_SUBJECT = Pattern.compile("\\bwhat\\s+((?:[A-Z][\\p{L}.’'-]*\\s+){0,3}"
            + "[A-Z][\\p{L}’'-]*|he|she|they)\\s*$");
    /** "said Wilson by email.", "said Reyes on Friday.": how or when, after an inverted speaker. */
    private static final Pattern AFTER_SPEAKER = Pattern.compile("\\s+(?:by\\s+(?:e-?mail|phone|telephone|text"
            + "(?:\\s+message)?|letter)|in\\s+(?:a|an)\\s+(?:statement|interview|e-?mail|tweet|post|text|phone interview"
            + "|news release|press release)|on\\s+(?:Twitter|Facebook|Instagram|X)|(?:on\\s+)?(?:Monday|Tuesday|Wednesday"
            + "|Thursday|Friday|Saturday|Sunday)|yesterday|today|tonight|later|earlier)\\s*$");
    /** "McConnell after repeated attempts …", "Sen. X at a news conference …": a name, then a circumstance. */
    private static final Pattern INVERTED_THEN_CIRCUMSTANCE = Pattern.compile("^((?:[A-Z][\\p{L}.’'-]*\\s+){0,4}"
            + "[A-Z][\\p{L}’'-]*(?:\\s*\\([^)]{1,12}\\))?)\\s+(?:after|before|during|when|while|as|at|in|on|following"
            + "|from|with|outside|inside|upon|amid|to)\\s+(?![A-Z][\\p{L}]+\\s*$).*$", Pattern.DOTALL);
    private static final Pattern CUE_IN_SUBJECT = Pattern.compile("\\s+(?:said|says|told|stated|wrote)\\b");

    /**
     * The source after "according to", up to its comma; with the holder's name when a post is named first ("the White
     * House press secretary at the time, Sean Spicer,").
     */
    static final String ACCORDING_SOURCE = "([^,]+?(?:,\\s+[A-Z][\\p{L}.’'-]*(?:\\s+[A-Z][\\p{L}.’'-]*){1,3}(?=,)"
            + "(?<=\\b(?:secretary|spokesman|spokeswoman|spokesperson|minister|director|chief|adviser|advisor|aide"
            + "|chairman|leader|governor|mayor|senator|official|time)\\b[^,]{0,40},[^,]{1,60}))?)";
    private static final Pattern ACCORDING_FIRST = Pattern.compile("(?:^|[,;:(—–]\\s*|(?:But|And|Also|However|Yet)\\s+)"
            + "[Aa]ccording to " + ACCORDING_SOURCE + ",\\s+(.+?)[.!]?\\s*$");
    private static final Pattern ACCORDING_LAST = Pattern.compile("^(.+?),\\s+according to ([^,]+?)\\s*[.!]?\\s*$");
    private static final Pattern WHICH_SAID = Pattern.compile(",\\s+which\\s+([^,]+?)\\s+(?:later\\s+|also\\s+|previously"
            + "\\s+|has\\s+|had\\s+)?(said|says|claimed|confirmed|insisted)\\s+((?:was|is|were|had been|has been|would "
            + "be)\\b.+?)[.!]?\\s*$");
    private static final Pattern SAID_THAT = Pattern.compile("^(.+?)\\s+(said|says|told\\s+(?:[\\p{L}’'-]+\\s+){1,3}?|"
            + "announced|claimed|argued|insisted|warned|wrote|stated|added)\\s*that\\s+(.+?)[.!]?\\s*$");

    /** No news sentence is this long; the lazy reported-speech patterns would only cost time. */
    static final int MAX_REPORTED_SENTENCE = 2_000;

    /**
     * A cue and the speaker phrase it points at: {@code speakerText} starts {@code speakerOffset} characters into the
     * segment searched; {@code rule} names the pattern for {@code explain}.
     */
    record Match(String speakerText, int speakerOffset, String cue, String rule, String extraRule) {
    }

    /** Reported speech found by the fallback patterns: speaker phrase, content, both with offsets in the sentence. */
    record Indirect(String phrase, int phraseOffset, String said, int saidOffset, String cue, String rule) {
    }

    private Cues() {
    }

    /**
     * Quote then speaker: in the segment after a quote (up to the next quote or the sentence end), the first cue that
     * is not inside a relative clause. Words before it are the speaker phrase (the verb and a short object are the
     * cue: "told The Daily Beast"); with nothing before it the speaker follows the verb ("said Olaf Scholz").
     */
    static Match afterQuote(String segment) {
        String body = segment;
        int newline = body.indexOf('\n');
        if (newline >= 0) {
            body = body.substring(0, newline);
        }
        if (body.isBlank()) {
            return null;
        }
        Matcher bare = BARE_NAME.matcher(body);
        if (bare.matches()) {
            return new Match(bare.group(1), bare.start(1), "", "quote-then-name", null);
        }
        Match signed = signed(body);
        if (signed != null) {
            return signed;
        }
        Matcher cue = CUE.matcher(body);
        while (cue.find()) {
            String head = body.substring(0, cue.start());
            int clauseStart = Math.max(head.lastIndexOf(','), 0);
            String clause = head.substring(clauseStart);
            if (SpeakerCandidates.RELATIVE.matcher(clause).find() && clauseStart > 0) {
                continue;
            }
            String tail = body.substring(cue.end());
            String cueText = cue.group(1);
            if (SpeakerCandidates.trimPunctuation(head).isEmpty()) {
                String speaker = SpeakerCandidates.trimPunctuation(tail);
                Matcher manner = AFTER_SPEAKER.matcher(speaker);
                if (manner.find() && manner.start() > 0) {
                    speaker = speaker.substring(0, manner.start());
                }
                Matcher circumstance = INVERTED_THEN_CIRCUMSTANCE.matcher(speaker);
                if (circumstance.matches()) {
                    // "said McConnell after repeated attempts at the question": the name, not the circumstance
                    speaker = circumstance.group(1);
                }
                return new Match(speaker, cue.end(), cueText,
                        "quote-then-cue-then-speaker:" + cueText, cueText.equals("according to") ? "according-to"
                        : null);
            }
            String[] parts = tail.split("[,.;!?]");
            String object = parts.length == 0 ? "" : parts[0];
            if (!cueText.equals("according to") && !object.isBlank() && object.strip().split("\\s+").length <= 5) {
                cueText = cueText + " " + object.strip();
            }
            return new Match(head, 0, cueText, "quote-then-speaker-then-cue:" + cue.group(1), null);
        }
        return null;
    }

    /** A quote signed with a name (see {@link #SIGNED}) by the rest of its line, or null. */
    static Match signed(String line) {
        Matcher signed = SIGNED.matcher(line);
        if (signed.matches() && (signed.group(3) != null || Lexicon.TITLES.containsKey(
                signed.group(1).split("\\s+")[0].toLowerCase(java.util.Locale.ROOT))
                || signed.group(1).matches("(?i)spokes(?:man|woman|person)\\s.*") || postBeforeName(signed.group(1)))) {
            return new Match(signed.group(1), signed.start(1), "", "quote-then-name:signed", null);
        }
        return null;
    }

    /**
     * "TPD Chief Bryan Wheeles": a force or body's initials or name, then a title, then a two-word name (the title is
     * not the first word, so the first-word test above misses it).
     */
    private static boolean postBeforeName(String signature) {
        String[] words = signature.split("\\s+");
        return words.length >= 3 && Lexicon.TITLES.containsKey(words[words.length - 3].toLowerCase(java.util.Locale.ROOT))
                && words[words.length - 2].matches("[A-Z][a-z][\\p{L}’'-]*") && words[words.length - 1]
                .matches("[A-Z][a-z][\\p{L}’'-]*");
    }

    /** Speaker then quote: the last cue before the quote in its sentence ("X said: “…”", "X called it “…”"). */
    static Match beforeQuote(String segment) {
        Matcher cue = BEFORE_CUE.matcher(segment);
        int start = -1;
        int end = -1;
        String verb = null;
        while (cue.find()) {
            start = cue.start();
            end = cue.end();
            verb = cue.group(1);
        }
        if (verb == null) {
            return null;
        }
        String head = AUXILIARIES.matcher(segment.substring(0, start)).replaceFirst("");
        if (verb.matches(PARTICIPLES)) {
            // "McConnell criticized these efforts, saying “…”", "After …, she sent out a release saying, …": the
            // subject of the last clause that has one
            String subject = null;
            for (String clause : head.split(",\\s+")) {
                String found = clauseSubject(clause);
                subject = found != null ? found : subject;
            }
            if (subject == null) {
                return null;
            }
            String tail = segment.substring(end);
            String object = SpeakerCandidates.trimPunctuation(tail);
            String cueText = !object.isEmpty() && object.split("\\s+").length <= 4 ? verb + " " + object : verb;
            return new Match(subject, Math.max(0, head.lastIndexOf(subject)), cueText,
                    "speaker-then-cue-then-quote:" + verb, null);
        }
        Matcher clause = LAST_CLAUSE.matcher(head);
        int clauseStart = -1;
        while (clause.find()) {
            clauseStart = clause.end();
        }
        if (clauseStart > 0) {
            head = head.substring(clauseStart);
        }
        Matcher coordinated = COORDINATED.matcher(head);
        int lastComma = head.lastIndexOf(',');
        Matcher afterComma = lastComma > 0 ? COORDINATED.matcher(head.substring(lastComma + 1)) : null;
        if (afterComma != null && afterComma.find()) {
            // "After realizing …, Lieu deleted the tweet and wrote, “…”": the same, after a lead-in clause
            head = afterComma.group(1);
        } else if (coordinated.find()) {
            // "The President blamed the opposition … and said “…”": the subject of the first verb
            head = coordinated.group(1);
        }
        Matcher what = WHAT_SUBJECT.matcher(head);
        if (what.find()) {
            head = what.group(1);
        }
        String tail = segment.substring(end);
        if (verb.equals("according to")) {
            return new Match(SpeakerCandidates.trimPunctuation(tail), end, verb, "according-to-then-quote", null);
        }
        String cueText = verb;
        String object = SpeakerCandidates.trimPunctuation(tail);
        if (!object.isEmpty() && object.split("\\s+").length <= 4 && (tail.strip().endsWith(":")
                || tail.strip().endsWith(","))) {
            cueText = verb + " " + object;
        }
        return new Match(SpeakerCandidates.stripLeadIn(head), 0, cueText, "speaker-then-cue-then-quote:" + verb, null);
    }

    /** The words before a clause's first verb (the tagger decides which is the verb), when they can be a speaker. */
    private static String clauseSubject(String clause) {
        Clauses.Subject opening = clause.isBlank() ? null : Clauses.openingSubject(clause, 0, clause.length());
        if (opening == null) {
            // "Ocasio-Cortez shot back": a name before a lower-case word the tagger did not take for a verb
            Matcher named = NAMED_CLAUSE.matcher(clause);
            return named.find() ? named.group(1) : null;
        }
        Matcher m = CLAUSE_SUBJECT.matcher(opening.phrase());
        return m.matches() ? m.group(1) : null;
    }

    /** A sentence ending with a cue and a colon ("… released the following statement:") introduces the next one. */
    static Match colonIntroduction(String sentence) {
        // the colon test first: the pattern backtracks over the whole sentence for every cue word in it
        if (!sentence.stripTrailing().endsWith(":")) {
            return null;
        }
        Matcher passive = PASSIVE_COLON.matcher(sentence.strip());
        if (passive.matches()) {
            // "The following statement was issued today by the Spokesman for …:"
            return new Match(passive.group(1), passive.start(1), "issued the following statement",
                    "press-release:passive", null);
        }
        Matcher colon = ENDS_WITH_CUE_COLON.matcher(sentence);
        if (!colon.find()) {
            return null;
        }
        return new Match(SpeakerCandidates.stripLeadIn(sentence.substring(0, colon.start())), 0, colon.group(1),
                "press-release:next-paragraph", null);
    }

    /** "X released the following statement after Y announced …." with a full stop where the colon would be. */
    private static final Pattern FOLLOWING_STATEMENT = Pattern.compile("\\b((?:released|issued|made|gave|sent|shared)"
            + "\\s+the\\s+following\\s+(?:statement|remarks|message|comments?))\\b[^!?:“\"]*\\.\\s*$");

    /**
     * A sentence announcing "the following statement" but ending with a full stop: it introduces the next paragraph
     * as a colon introduction does, when that paragraph opens with a quote (checked by the caller).
     */
    static Match followingStatement(String sentence) {
        if (!sentence.contains(" following ")) {
            return null;
        }
        Matcher m = FOLLOWING_STATEMENT.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        return new Match(SpeakerCandidates.stripLeadIn(sentence.substring(0, m.start())), 0, m.group(1),
                "press-release:following-statement", null);
    }

    /** A quote is partial when words of the sentence run straight into it ("called it “a capitulation”"). */
    static boolean partial(String before, String quoteText) {
        String trimmed = before.stripTrailing();
        if (!quoteText.isEmpty() && Character.isLowerCase(quoteText.charAt(0)) && trimmed.isEmpty()) {
            return true;
        }
        if (trimmed.isEmpty() || trimmed.endsWith(":") || trimmed.endsWith(",") || trimmed.endsWith("—")) {
            return false;
        }
        Matcher cue = CUE.matcher(trimmed);
        while (cue.find()) {
            if (cue.end() == trimmed.length()) {
                return false;
            }
        }
        if (trimmed.matches("(?s).*\\b(?:" + PARTICIPLES + ")$")) {
            return false; // "…, saying “The voters … have spoken.”"
        }
        return Character.isLetterOrDigit(trimmed.charAt(trimmed.length() - 1));
    }

    /**
     * The subject of a reported clause that contains a quote mark ("“…,” Paul said that …"): cut before its own cue,
     * or null when there is none.
     */
    static String subjectBeforeQuotedCue(String subject) {
        Matcher cut = CUE_IN_SUBJECT.matcher(subject);
        return cut.find() ? subject.substring(0, cut.start()) : null;
    }

    /**
     * Reported speech in a sentence without quotes that {@link ReportedSpeech} did not read: "according to X, …",
     * "…, according to X", "…, which X later said was …", "X said/told Y/announced … that …". The first pattern that
     * matches decides.
     */
    static Indirect indirect(String plain) {
        if (plain.length() > MAX_REPORTED_SENTENCE) {
            return null;
        }
        Matcher m = ACCORDING_FIRST.matcher(plain);
        if (m.find() && !m.group(2).isBlank()) {
            return new Indirect(m.group(1), m.start(1), m.group(2), m.start(2), "according to",
                    "reported:according-to-first");
        }
        m = ACCORDING_LAST.matcher(plain);
        if (m.find()) {
            String said = SpeakerCandidates.stripLeadIn(m.group(1));
            return new Indirect(m.group(2), m.start(2), said, m.start(1) + m.group(1).indexOf(said), "according to",
                    "reported:according-to-last");
        }
        m = WHICH_SAID.matcher(plain);
        if (m.find()) {
            return new Indirect(m.group(1), m.start(1), m.group(3), m.start(3), plain.substring(m.start(1), m.end(2)),
                    "reported:which-said");
        }
        m = SAID_THAT.matcher(plain);
        if (m.find()) {
            String subject = SpeakerCandidates.stripLeadIn(m.group(1));
            return new Indirect(subject, m.start(1) + m.group(1).indexOf(subject), m.group(3), m.start(3),
                    m.group(2).strip(), "reported:said-that");
        }
        return null;
    }
}
