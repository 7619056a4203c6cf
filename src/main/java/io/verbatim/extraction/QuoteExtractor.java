package io.verbatim.extraction;

import io.verbatim.extraction.QuoteSpans.Quote;
import io.verbatim.extraction.Resolver.Who;
import io.verbatim.extraction.Sentences.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds attributed statements in a news article (see docs/extraction.md). The work is done by stages that are read
 * and tested one by one; this class runs them over the article's sentences and assembles the statements:
 * <ol>
 *   <li>quote spans and sentences ({@link QuoteSpans}, {@link Sentences}) and reported-speech clauses
 *       ({@link ReportedSpeech});</li>
 *   <li>cue verbs ({@link Cues}): which words around a quote or in a clause name the speaker;</li>
 *   <li>speaker candidates ({@link SpeakerCandidates}): what a speaker phrase is made of;</li>
 *   <li>coreference ({@link Coreference}): the article's people and the timeline of their mentions;</li>
 *   <li>resolution ({@link Resolver}): who a speaker phrase names.</li>
 * </ol>
 * One instance per article.
 */
public final class QuoteExtractor {

    /** The article with single-quote quoting read as double ({@link QuoteSpans#singleAsDouble}); same offsets. */
    private final String text;
    /** The article as sent: statement bodies are taken from it. */
    private final String original;
    private final char[] masked;
    private final List<Quote> quotes;
    private final List<Sentence> sentences;
    private final Coreference coreference = new Coreference();
    private final Resolver resolver = new Resolver(coreference, new Resolver.Lookahead() {
        @Override
        public Resolver.Subject next(int offset) {
            return nextSubject(offset);
        }

        @Override
        public Resolver.Subject nextSpeaker(int offset) {
            return nextNamedSpeaker(offset);
        }
    });
    /** Where reported speech whose speaker is only described goes (the result's unattributed list). */
    private List<Extracted.Span> described = new ArrayList<>();

    private QuoteExtractor(String article) {
        this.original = article;
        this.text = QuoteSpans.straightSingleAfterColon(QuoteSpans.singleAsDouble(
                QuoteSpans.missingOpening(QuoteSpans.nicknames(QuoteSpans.backtickPairs(article)))));
        QuoteSpans.Found found = QuoteSpans.find(text);
        this.masked = found.masked();
        this.quotes = new ArrayList<>(found.quotes());
        this.sentences = Sentences.split(text, masked, quotes);
        coreference.paragraphs(text);
    }

    /** Extracts the statements of one article. */
    public static Extracted extract(String article) {
        return new QuoteExtractor(article == null ? "" : article).run();
    }

    private record Attribution(Who who, String cue, String segment, List<String> rules) {
    }

    /** A quote (or quotes joined with their continuation) on its way to becoming a statement. */
    private static final class Result {
        Quote first;
        Quote last;
        String text;
        String kind;
        Attribution attribution;
        List<String> rules = new ArrayList<>();
        double factor = 1.0;
        String descriptor;
        String onBehalfOf;
    }

    /** A reported clause whose subject resolved: its content span and speaker, for the quotes nested in it. */
    private record Reported(int start, int end, Who who, String cue) {
    }

    private Extracted run() {
        List<Extracted.Found> found = new ArrayList<>();
        List<Extracted.Span> unattributed = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        this.described = unattributed;
        Who pending = null;
        String pendingCue = null;
        int pendingParagraph = -1;
        int releaseEnd = -1;
        int embedEnd = -1;
        // the last attribution given in the text, for a quote paragraph with no cue that continues it
        Attribution last = null;
        int lastSentence = -1;
        // the words describing the speaker of the last unattributed quote ("the spokesman"), for its next paragraph
        String described = null;
        String describedFor = null;
        int describedSentence = -1;
        int index = -1;
        for (Sentence sentence : sentences) {
            index++;
            if (sentence.start() < embedEnd) {
                continue;
            }
            int lineEnd = text.indexOf('\n', sentence.start());
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (embedded(sentence.start(), lineEnd, found)) {
                embedEnd = lineEnd;
                continue;
            }
            coreference.observe(sentence.start(), maskedText(sentence));
            issuer(sentence);
            List<Quote> inSentence = Sentences.quotesIn(sentence, quotes);
            String plain = text.substring(sentence.start(), sentence.end());
            List<Reported> reported = reported(sentence, found);
            if (!reported.isEmpty()) {
                Reported r = reported.get(reported.size() - 1);
                last = new Attribution(r.who, r.cue, null, List.of("continuation:after-reported"));
                lastSentence = index;
            }
            if (inSentence.isEmpty()) {
                String line = plain.strip();
                if (pending != null && sentence.paragraph() == pendingParagraph + 1 && LABEL_LINE.matcher(line).matches()
                        && wholeLine(sentence, line)) {
                    // "HEAD COACH Tom Penders ¶ Opening statement: ¶ “…”": a label between the heading and its quote
                    pendingParagraph = sentence.paragraph();
                    continue;
                }
                if (TOPIC_LINE.matcher(line).matches() && wholeLine(sentence, line) && opensQuoteNext(sentence)) {
                    // "On handling the officials: ¶ “…”": a quote sheet's topic, the last speaker goes on
                    if (last != null && last.who != null && !last.who.speaker().organisation) {
                        List<String> rules = new ArrayList<>(last.who.rules());
                        if (!rules.contains("topic-heading:same-speaker")) {
                            rules.add("topic-heading:same-speaker");
                        }
                        pending = new Who(last.who.speaker(), last.who.principal(), last.who.role(),
                                last.who.descriptor(), last.who.confidence(), rules);
                        pendingCue = "";
                        pendingParagraph = sentence.paragraph();
                    }
                    continue;
                }
                Cues.Match colon = Cues.colonIntroduction(plain);
                if (colon == null && opensQuoteNext(sentence)) {
                    colon = Cues.followingStatement(plain);
                }
                if (colon != null) {
                    Who who = resolver.speakerPhrase(colon.speakerText(), sentence.start());
                    if (who != null) {
                        pending = who;
                        pendingCue = colon.cue();
                        pendingParagraph = sentence.paragraph();
                        continue;
                    }
                }
                Who introduced = colon == null ? introducedSpeaker(sentence, plain) : null;
                if (introduced != null) {
                    pending = introduced;
                    pendingCue = "";
                    pendingParagraph = sentence.paragraph();
                    continue;
                }
                if (sentence.start() < releaseEnd) {
                    continue;
                }
                if (pending != null && sentence.paragraph() == pendingParagraph + 1) {
                    int paragraphEnd = text.indexOf('\n', sentence.start());
                    releaseEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
                    String release = text.substring(sentence.start(), releaseEnd).strip();
                    found.add(statement(new Result(), release, "DIRECT", sentence.start(),
                            sentence.start() + release.length(), new Attribution(pending, pendingCue, null,
                                    List.of("press-release:next-paragraph")), 0.85));
                    pending = null;
                    continue;
                }
                if (reported.isEmpty() && !headline(sentence, plain, found)) {
                    indirect(sentence, plain, found);
                }
                continue;
            }
            Attribution previousInSentence = null;
            for (int k = 0; k < inSentence.size(); k++) {
                Quote quote = inSentence.get(k);
                int beforeFrom = k == 0 ? sentence.start() : inSentence.get(k - 1).close() + 1;
                int afterTo = k == inSentence.size() - 1 ? sentence.end() : inSentence.get(k + 1).open();
                String before = text.substring(beforeFrom, quote.open());
                String after = text.substring(Math.min(quote.close() + 1, afterTo), afterTo);
                Result result = new Result();
                result.first = quote;
                result.last = quote;
                result.text = quote.text();
                result.kind = Cues.partial(before, quote.text()) ? "PARTIAL" : "DIRECT";
                if (result.kind.equals("PARTIAL")) {
                    result.rules.add("partial-quote");
                    result.factor = 0.9;
                }
                if (result.kind.equals("PARTIAL") && Names.isTitleLike(quote.text())) {
                    continue; // “Gang of Eight”: a name in quotes, not a statement
                }
                if (result.kind.equals("PARTIAL") && quote.close() + 1 < text.length()
                        && Character.isLetter(text.charAt(quote.close() + 1))) {
                    continue; // "a loud chorus of “no”s": a quoted word made a noun, not a statement
                }
                Attribution attribution = null;
                for (Reported r : reported) {
                    if (result.kind.equals("PARTIAL") && quote.open() >= r.start && quote.close() <= r.end) {
                        attribution = new Attribution(r.who, r.cue, null, List.of("nested-in-reported"));
                    }
                }
                boolean colonFirst = before.stripTrailing().endsWith(":");
                Cues.Match unresolved = null;
                if (attribution == null && colonFirst) {
                    // "X said: “… .” Zadran told AFP …": the introduction before the quote, not the next clause
                    Cues.Match cue = Cues.beforeQuote(before);
                    attribution = attribute(cue, before, beforeFrom);
                    unresolved = attribution == null ? cue : null;
                    if (cue == null) {
                        attribution = nameLabel(before, beforeFrom);
                    }
                }
                if (attribution == null) {
                    Cues.Match afterCue = Cues.afterQuote(after);
                    if (afterCue != null && afterCue.rule().equals("quote-then-name")
                            && !quote.text().stripTrailing().endsWith(",")) {
                        afterCue = null;
                    }
                    attribution = attribute(afterCue, after, quote.close() + 1);
                    unresolved = attribution == null && afterCue != null ? afterCue : unresolved;
                }
                if (attribution == null && after.isBlank() && k == inSentence.size() - 1) {
                    // "“… .” Spokesman Dax Swatek, on …": the signature is split off as a sentence of its own
                    int signatureEnd = text.indexOf('\n', quote.close() + 1);
                    Cues.Match signed = Cues.signed(text.substring(quote.close() + 1,
                            signatureEnd < 0 ? text.length() : signatureEnd));
                    attribution = signed == null ? null : attribute(new Cues.Match(signed.speakerText(),
                            signed.speakerOffset(), "", signed.rule(), null), text.substring(quote.close() + 1),
                            quote.close() + 1);
                }
                if (attribution == null && after.isBlank() && k == inSentence.size() - 1) {
                    attribution = nextSentenceNames(sentence, quote, index);
                }
                if (attribution == null && !colonFirst) {
                    Cues.Match cue = Cues.beforeQuote(before);
                    attribution = attribute(cue, before, beforeFrom);
                    unresolved = attribution == null && cue != null ? cue : unresolved;
                }
                if (unresolved != null) {
                    result.descriptor = described(unresolved.speakerText());
                    result.onBehalfOf = result.descriptor == null ? null
                            : resolver.principalOf(unresolved.speakerText(), quote.open());
                }
                if (attribution == null && unresolved != null) {
                    // a cue whose phrase names nobody: no continuation guessed, except an unnamed spokesperson
                    // after a statement of an organisation ("The Foreign Ministry said … “…,” said a spokesperson.")
                    attribution = spokespersonOf(unresolved, last);
                }
                if (attribution == null && result.kind.equals("PARTIAL") && k > 0 && previousInSentence != null
                        && COORDINATED_PARTIAL.matcher(before).matches()) {
                    attribution = new Attribution(previousInSentence.who, previousInSentence.cue, null,
                            List.of("partial:coordinated"));
                }
                if (attribution == null && result.kind.equals("PARTIAL") && result.descriptor == null) {
                    // no cue verb, or one whose phrase names nobody and describes no one ("…, but warned that “…”")
                    attribution = clauseSubject(sentence, quote, inSentence);
                }
                if (attribution == null && pending != null && quote.paragraph() == pendingParagraph + 1) {
                    attribution = new Attribution(pending, pendingCue, null, List.of("press-release:next-paragraph"));
                }
                if (attribution == null && unresolved == null && last != null && result.kind.equals("DIRECT")) {
                    attribution = continued(quote, last, lastSentence, index);
                }
                if (attribution == null && unresolved == null && result.kind.equals("DIRECT") && k == 0) {
                    attribution = afterContext(quote, inSentence, sentence, index);
                }
                if (attribution == null && unresolved == null && result.kind.equals("DIRECT")
                        && k == inSentence.size() - 1) {
                    attribution = commentFrom(index);
                }
                if (attribution == null && unresolved == null && described != null && result.kind.equals("DIRECT")
                        && continued(quote, new Attribution(null, null, null, List.of()), describedSentence, index)
                        != null) {
                    // “…,” the spokesman said. ¶ “…”: still the spokesman, still unnamed
                    result.descriptor = described;
                    result.onBehalfOf = describedFor;
                }
                if (attribution == null && result.descriptor != null) {
                    described = result.descriptor;
                    describedFor = result.onBehalfOf;
                    describedSentence = index;
                }
                if (attribution != null) {
                    last = attribution;
                    lastSentence = index;
                } else if (unresolved == null && last != null && result.kind.equals("DIRECT")
                        && sentences.get(lastSentence).paragraph() == quote.paragraph()) {
                    // “A,” he said. “B.” ¶ “C.”: B joins A (split quote), so C opens the paragraph after A's
                    lastSentence = index;
                }
                result.attribution = attribution;
                results.add(result);
                previousInSentence = result.kind.equals("PARTIAL") ? attribution : null;
            }
        }
        merge(results);
        for (Result result : results) {
            if (result.attribution == null) {
                unattributed.add(new Extracted.Span(result.text, result.first.start(), result.last.end(),
                        result.descriptor, result.onBehalfOf));
            } else {
                found.add(statement(result, result.text, result.kind, result.first.start(), result.last.end(),
                        result.attribution, 0.95 * result.factor));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Extracted(found, unattributed);
    }

    /** "John Cornyn: Ted Cruz went to Washington to run for president": a person's words after their name. */
    private static final java.util.regex.Pattern HEADLINE_COLON = java.util.regex.Pattern.compile(
            "^((?:[A-Z][\\p{L}.’'-]*\\s+){1,2}[A-Z][\\p{L}’'-]+):\\s+([A-Z][^:“\"]{10,}?)[.!?]?$");

    /** A headline line giving a named person's words after a colon ({@code headline:name-colon}); adds it as INDIRECT. */
    private boolean headline(Sentence sentence, String plain, List<Extracted.Found> found) {
        String line = plain.strip();
        java.util.regex.Matcher m = HEADLINE_COLON.matcher(line);
        if (!m.matches() || !wholeLine(sentence, line)) {
            return false;
        }
        int from = sentence.start() + plain.indexOf(line);
        Who who = resolver.speakerPhrase(m.group(1), from + m.start(1));
        if (!namedPerson(who)) {
            return false;
        }
        coreference.spoke(from + m.start(1), who.speaker());
        found.add(statement(new Result(), m.group(2), "INDIRECT", from + m.start(2), from + m.end(2),
                new Attribution(who, "", null, List.of("headline:name-colon")), 0.8));
        return true;
    }

    /** A person the text names in full (first name and surname), as a line's label or heading must. */
    private static boolean namedPerson(Who who) {
        return who != null && !who.speaker().organisation && who.speaker().name.split("\\s+").length >= 2;
    }

    /** A speaker phrase that is a name (titles included) or a pronoun, nothing else. */
    private static final java.util.regex.Pattern NAME_ONLY = java.util.regex.Pattern.compile(
            "\\s*(?:(?:[A-Z][\\p{L}.’'-]*\\s+){0,4}[A-Z][\\p{L}.’'-]*|[Hh]e|[Ss]he)\\s*");

    /**
     * "“… everyday!” U.S. Sen. Ted Cruz told a Tea Party group Saturday at one of two events …": a quote that ended its
     * sentence on ! or ? because the attribution ran long; the next sentence, right after it in the same paragraph,
     * opens with a name and a cue.
     */
    private Attribution nextSentenceNames(Sentence sentence, Quote quote, int index) {
        if (index + 1 >= sentences.size()) {
            return null;
        }
        Sentence next = sentences.get(index + 1);
        if (next.paragraph() != sentence.paragraph() || !text.substring(quote.close() + 1, next.start()).isBlank()) {
            return null;
        }
        String body = text.substring(next.start(), next.end());
        Cues.Match cue = Cues.afterQuote(body);
        if (cue == null || !cue.rule().startsWith("quote-then-speaker-then-cue")
                || !NAME_ONLY.matcher(cue.speakerText()).matches()) {
            return null;
        }
        return attribute(cue, body, next.start());
    }

    /**
     * A full quote with no cue of its own continues the last attribution (the newspaper convention) when it opens the
     * paragraph right after the sentence that attribution came from, or follows it in the same paragraph (a quote
     * after a reported clause: "…, Mike said. “It’s our goal …”"). Anything in between breaks the chain.
     */
    private Attribution continued(Quote quote, Attribution last, int lastSentence, int index) {
        Sentence previous = sentences.get(lastSentence);
        // after a quote in the same paragraph the split-quote merge joins them; here only after a reported clause
        boolean sameParagraph = previous.paragraph() == quote.paragraph() && index - lastSentence <= 1
                && last.rules.contains("continuation:after-reported");
        int paragraphStart = text.lastIndexOf('\n', Math.max(quote.open() - 1, 0)) + 1;
        boolean opensParagraph = text.substring(paragraphStart, quote.open()).isBlank();
        boolean nextParagraph = opensParagraph && previous.paragraph() == quote.paragraph() - 1
                && index == lastSentence + 1;
        if (!sameParagraph && !nextParagraph) {
            return null;
        }
        List<String> rules = List.of(sameParagraph ? "continuation:same-paragraph" : "continuation:next-paragraph");
        return new Attribution(last.who, last.cue, null, rules);
    }

    /** Between two partial quotes of one list: "“irresponsible” and a “disservice”", "“A”, “B” or “C”". */
    private static final java.util.regex.Pattern COORDINATED_PARTIAL = java.util.regex.Pattern.compile(
            "^\\s*,?\\s*(?:and|or|,)\\s+(?:(?:a|an|the|as)\\s+)?$");

    /**
     * A paragraph that is one quote with no cue, after a paragraph whose last sentence has a person as its subject and
     * no quote ("The union’s president, Ella Moss, was blunt. ¶ “We will strike.”"): that person speaks
     * ({@code quote-after-context}).
     */
    private Attribution afterContext(Quote quote, List<Quote> inSentence, Sentence sentence, int index) {
        if (index == 0 || inSentence.size() != 1) {
            return null;
        }
        int paragraphStart = text.lastIndexOf('\n', Math.max(quote.open() - 1, 0)) + 1;
        int paragraphEnd = text.indexOf('\n', quote.close());
        paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
        if (!text.substring(paragraphStart, quote.open()).isBlank()
                || !text.substring(Math.min(quote.close() + 1, paragraphEnd), paragraphEnd).isBlank()) {
            return null;
        }
        Sentence previous = sentences.get(index - 1);
        if (previous.paragraph() != sentence.paragraph() - 1 || !Sentences.quotesIn(previous, quotes).isEmpty()
                || previous.end() - previous.start() > 400) {
            return null;
        }
        Clauses.Subject subject = Clauses.openingSubject(text, previous.start(), previous.end());
        if (subject == null) {
            return null;
        }
        Who who = resolver.speakerPhrase(subject.phrase(), subject.offset());
        if (who == null || who.speaker().organisation) {
            return null;
        }
        return new Attribution(who, "", null, List.of("quote-after-context:" + subject.verb()));
    }

    private static final java.util.regex.Pattern DESCRIBED = java.util.regex.Pattern.compile("^(?:(?:a|an|the|one"
            + "|two|three|several|some|many|other)\\s+.*|(?:senior\\s+|western\\s+|local\\s+)?(?:officials|sources|diplomats"
            + "|aides|analysts|experts|authorities|residents|witnesses|members)\\b.*|.{2,80}['’]s\\s+(?:[a-z]+\\s+)?"
            + "(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|lawyer|attorney))$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The words describing a speaker the rules could not name ("a spokesperson", "the source", "EU diplomats" is
     * not: capitalised words may be a name), or null: they go with the unattributed quote for the reviewer.
     */
    private static String described(String phrase) {
        String p = SpeakerCandidates.trimPunctuation(SpeakerCandidates.stripLeadIn(phrase));
        int comma = p.indexOf(',');
        if (comma > 0) {
            p = p.substring(0, comma).strip();
        }
        if (p.isEmpty() || p.length() > 120 || p.split("\\s+").length > 12 || !DESCRIBED.matcher(p).matches()) {
            return null;
        }
        return p;
    }

    private static final java.util.regex.Pattern STATEMENT_FROM = java.util.regex.Pattern.compile(
            "^(?:a|the)\\s+(?:statement|post|tweet|letter|message)\\s+(?:from|by)\\s+(.{2,100})$");

    private static Attribution spokespersonOf(Cues.Match cue, Attribution last) {
        String phrase = SpeakerCandidates.trimPunctuation(cue.speakerText());
        if (last == null || !last.who.speaker().organisation
                || !SpeakerCandidates.BARE_SPOKESPERSON.matcher(phrase).matches()) {
            return null;
        }
        Who who = new Who(last.who.speaker(), null, phrase.substring(phrase.lastIndexOf(' ') + 1), phrase, 0.8,
                List.of("unnamed-spokesperson→last-organisation:" + last.who.speaker().name));
        return new Attribution(who, cue.cue(), null, List.of(cue.rule()));
    }

    /**
     * A sentence ending with a colon and no cue word, whose next paragraph opens with a quote: a name standing alone
     * ("Advanced Micro Devices Inc. CEO Lisa Su:") or the person subject of its verb ("The governor fired off two more
     * salvos:") introduces that quote ({@code colon-introduction:subject}).
     */
    private Who introducedSpeaker(Sentence sentence, String plain) {
        String stripped = plain.strip();
        if (!stripped.endsWith(":")) {
            return heading(sentence, stripped);
        }
        if (stripped.split("\\s+").length > 25) {
            return null;
        }
        int after = text.indexOf('\n', sentence.end() - 1);
        if (after < 0) {
            return null;
        }
        String next = text.substring(after).stripLeading();
        if (next.isEmpty() || "“\"«".indexOf(next.charAt(0)) < 0) {
            return null;
        }
        String phrase = stripped.substring(0, stripped.length() - 1);
        Who who = null;
        if (phrase.split("\\s+").length <= 10) {
            who = resolver.speakerPhrase(phrase, sentence.start());
        }
        if (who == null || who.speaker().organisation) {
            who = null;
            for (Clauses.Subject subject : Clauses.subjects(text, sentence.start(), sentence.start()
                    + plain.lastIndexOf(':'))) {
                Who w = resolver.speakerPhrase(subject.phrase(), subject.offset());
                if (w != null && !w.speaker().organisation) {
                    who = w;
                    break;
                }
            }
        }
        if (who == null) {
            return null;
        }
        List<String> rules = new ArrayList<>(who.rules());
        rules.add("colon-introduction:subject");
        return new Who(who.speaker(), who.principal(), who.role(), who.descriptor(), who.confidence(), rules);
    }

    /** "Opening statement:", "Statement:": a short label line. */
    private static final java.util.regex.Pattern LABEL_LINE = java.util.regex.Pattern.compile(
            "^[A-Z][a-z]+(?:\\s+[a-z]+){0,3}\\s*:$");
    /** "On handling the officials:", "On Maurice McNeil:": what the quote below it is about, never who says it. */
    private static final java.util.regex.Pattern TOPIC_LINE = java.util.regex.Pattern.compile(
            "^(?:On|About|Regarding)\\s+[^:“\"]{2,80}:$");
    /**
     * "Dave Rice, UNLV: “…”", "Sen. Pat Toomey (R): “…”", "X, communications director, on behalf of Rep. Y, R-16th
     * Dist.: “…”", "- Democratic Sen. Chris Coons: “…”" (a list item): a name (its party, what it speaks for) as the
     * label of the quote after the colon.
     */
    private static final java.util.regex.Pattern NAME_LABEL = java.util.regex.Pattern.compile(
            "^\\s*(?:[-•*–—]\\s+)?((?:[A-Z][\\p{L}.’'-]*\\s+){1,3}[A-Z][\\p{L}’'-]+)(?:\\s*\\([DRI](?:-[A-Z]{2})?\\))?"
            + "((?:\\s*,\\s*[^,:“\"\\n]{1,60}){0,3})\\s*:\\s*$");
    private static final java.util.regex.Pattern ON_BEHALF = java.util.regex.Pattern.compile(
            ",\\s*on behalf of\\s+([^,:]+)");

    private boolean wholeLine(Sentence sentence, String line) {
        int lineStart = text.lastIndexOf('\n', Math.max(sentence.start() - 1, 0)) + 1;
        int lineEnd = text.indexOf('\n', sentence.start());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        return text.substring(lineStart, lineEnd).strip().equals(line);
    }

    private boolean opensQuoteNext(Sentence sentence) {
        int lineEnd = text.indexOf('\n', sentence.start());
        if (lineEnd < 0) {
            return false;
        }
        String next = text.substring(lineEnd).stripLeading();
        return !next.isEmpty() && "“\"«".indexOf(next.charAt(0)) >= 0;
    }

    /** A line opening with "Name, Team:" right before its quote ({@code colon-introduction:name-label}). */
    private Attribution nameLabel(String before, int beforeFrom) {
        int lineStart = text.lastIndexOf('\n', Math.max(beforeFrom - 1, 0)) + 1;
        if (beforeFrom > 0 && !text.substring(lineStart, beforeFrom).isBlank()) {
            return null;
        }
        java.util.regex.Matcher label = NAME_LABEL.matcher(before);
        if (!label.matches()) {
            return null;
        }
        Who who = resolver.speakerPhrase(label.group(1), beforeFrom + label.start(1));
        if (!namedPerson(who)) {
            return null;
        }
        java.util.regex.Matcher behalf = ON_BEHALF.matcher(label.group(2));
        Who principal = behalf.find() ? resolver.speakerPhrase(behalf.group(1), beforeFrom + label.start(2)
                + behalf.start(1)) : null;
        if (principal != null && principal.speaker() != who.speaker()) {
            // "…, communications director, on behalf of Rep. Mike Kelly:": the staff member speaks for the principal
            List<String> rules = new ArrayList<>(who.rules());
            rules.add("name-label:on-behalf-of");
            String role = SpeakerCandidates.trimPunctuation(label.group(2).substring(0, behalf.start()));
            who = new Who(who.speaker(), principal.speaker(), role.isEmpty() ? null : role, who.descriptor(),
                    who.confidence(), rules);
        }
        return new Attribution(who, "", null, List.of("colon-introduction:name-label"));
    }

    /** "HEAD COACH Tom Penders": a role in capitals over a name of two or three words. */
    private static final java.util.regex.Pattern CAPITALS_ROLE = java.util.regex.Pattern.compile(
            "^(?:[A-Z]{2,}\\s+){1,3}([A-Z][a-z][\\p{L}’'-]*(?:\\s+[A-Z][\\p{L}’'-]+){1,2})$");
    /** "Arsene Wenger (Arsenal)": a full name with its club, firm or place in brackets, alone on its line. */
    private static final java.util.regex.Pattern AFFILIATED_NAME_LINE = java.util.regex.Pattern.compile(
            "^([A-Z][\\p{L}’'-]+(?:\\s+[A-Z][\\p{L}’'-]+){1,2})\\s+\\([A-Z][\\p{L}&.’' -]{1,40}\\)$");
    private static final java.util.regex.Pattern TITLED_NAME_LINE = java.util.regex.Pattern.compile(
            "^(?:[A-Z][\\p{L}.’'-]*\\s+){1,4}[A-Z][\\p{L}’'-]+$");

    /**
     * A line that is a titled name alone ("Sen. Ted Cruz") over a paragraph opening with a quote: the name heads the
     * statement, as pages that collect reactions print them ({@code name-heading}).
     */
    private Who heading(Sentence sentence, String line) {
        int lineEnd = text.indexOf('\n', sentence.start());
        java.util.regex.Matcher role = CAPITALS_ROLE.matcher(line);
        java.util.regex.Matcher club = AFFILIATED_NAME_LINE.matcher(line);
        String name = role.matches() ? role.group(1) : club.matches() ? club.group(1) : line;
        if (lineEnd < 0 || !wholeLine(sentence, line)) {
            return null;
        }
        if (!club.matches() && (!TITLED_NAME_LINE.matcher(line).matches() || !role.matches()
                && !Lexicon.TITLES.containsKey(line.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT)))) {
            return null;
        }
        String next = text.substring(lineEnd).stripLeading();
        int nextEnd = next.indexOf('\n');
        if (nextEnd > 0 && LABEL_LINE.matcher(next.substring(0, nextEnd).strip()).matches()) {
            next = next.substring(nextEnd).stripLeading(); // "Opening statement:" between the name and the quote
        }
        if (next.isEmpty() || "“\"«".indexOf(next.charAt(0)) < 0) {
            return null;
        }
        Who who = resolver.speakerPhrase(name, sentence.start() + line.indexOf(name));
        if (who == null || who.speaker().organisation) {
            return null;
        }
        List<String> rules = new ArrayList<>(who.rules());
        rules.add("name-heading");
        return new Who(who.speaker(), who.principal(), who.role(), who.descriptor(), who.confidence(), rules);
    }

    private static final java.util.regex.Pattern ISSUED_BY = java.util.regex.Pattern.compile("\\b(?:statement|press "
            + "release|release|letter)\\s+(?:\\w+\\s+)?(?:issued|released|signed|sent)\\s+(?:\\w+\\s+)?by\\s+([^,.;:“\"]+"
            + "(?:,\\s+[A-Z][\\p{L}.’'-]*(?:\\s+[A-Z][\\p{L}.’'-]*){1,3}(?=,))?)");

    /** "The White House also released a statement in response …": the subject issued the statement. */
    private static final java.util.regex.Pattern ISSUED_A_STATEMENT = java.util.regex.Pattern.compile("^\\s*([^,;:“\"]"
            + "{2,80}?)\\s+(?:also\\s+|later\\s+|then\\s+)?(?:released|issued|put out|sent out|published|posted)\\s+(?:a|an"
            + "|its|his|her|their)\\s+(?:written\\s+|brief\\s+|short\\s+)?(?:statement|press release|release)\\b");

    /**
     * "A statement issued by the Head of Public Relations, Abraham Otabil, …", "The White House also released a
     * statement …": who "the statement" is, from here on.
     */
    private void issuer(Sentence sentence) {
        String masked = maskedText(sentence);
        java.util.regex.Matcher by = ISSUED_BY.matcher(masked);
        java.util.regex.Matcher subject = ISSUED_A_STATEMENT.matcher(masked);
        Who who = null;
        if (by.find()) {
            who = resolver.speakerPhrase(by.group(1), sentence.start() + by.start(1));
        } else if (subject.find()) {
            who = resolver.speakerPhrase(SpeakerCandidates.stripLeadIn(subject.group(1)),
                    sentence.start() + subject.start(1));
        }
        if (who != null) {
            coreference.issued(who.speaker());
        }
    }

    private static final java.util.regex.Pattern COMMENT_FROM = java.util.regex.Pattern.compile("^(?:The|That|This)\\s+"
            + "(?:comment|comments|remark|remarks|words|outburst|quip|retort|jab|heckle|post|tweet|message)\\s+(?:from|by)"
            + "\\s+(.{3,80}?)\\s+(?:could|was|were|came|drew|sparked|prompted|has|had|is|caused|led|went|appeared)\\b");

    /** "… he got an unusual greeting: “You lie!” ¶ The comment from Rep. Joe Wilson …": named in the next sentence. */
    private Attribution commentFrom(int index) {
        if (index + 1 >= sentences.size()) {
            return null;
        }
        Sentence next = sentences.get(index + 1);
        String masked = maskedText(next);
        java.util.regex.Matcher m = COMMENT_FROM.matcher(masked.strip());
        if (!m.find()) {
            return null;
        }
        int at = next.start() + masked.indexOf(masked.strip()) + m.start(1);
        Who who = resolver.speakerPhrase(m.group(1), at);
        if (who == null || who.speaker().organisation) {
            return null;
        }
        return new Attribution(who, "", null, List.of("quote-then-named:comment-from"));
    }

    /** A social-media post as pages embed it: "text — Ted Cruz (@tedcruz) January 21, 2020" on a line of its own. */
    private static final java.util.regex.Pattern EMBED = java.util.regex.Pattern.compile("^(.{10,}?)\\s*(?:pic\\."
            + "twitter\\.com/\\S+\\s+)?(?<=[\\s.,!?…])[—–]\\s*([A-Z][^()\\n]{1,60}?)\\s*\\(@\\w{1,30}\\)\\s+((?:January|February|March"
            + "|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},\\s+\\d{4})\\s*$");

    /** A line that is an embedded post becomes one DIRECT statement by the account's owner. */
    private boolean embedded(int lineStart, int lineEnd, List<Extracted.Found> found) {
        if (lineEnd - lineStart > 2_000 || lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            return false;
        }
        java.util.regex.Matcher m = EMBED.matcher(text.substring(lineStart, lineEnd));
        if (!m.matches()) {
            return false;
        }
        Who who = resolver.speakerPhrase(m.group(2), lineStart + m.start(2));
        if (who == null || who.speaker().organisation) {
            return false;
        }
        coreference.spoke(lineStart + m.start(2), who.speaker());
        found.add(statement(new Result(), m.group(1).strip(), "DIRECT", lineStart + m.start(1), lineStart + m.end(1),
                new Attribution(who, "posted", null, List.of("social-media:embedded-post")), 0.95));
        return true;
    }

    private static final java.util.regex.Pattern SUBJECT = java.util.regex.Pattern.compile(
            "^((?:[A-Z][\\p{L}.’'-]*\\s+){0,3}[A-Z][\\p{L}.’'-]*)\\s+(?:[a-z]+ly\\s+)?[a-z]");

    /** For a pronoun with no antecedent: the capitalised subject opening the next sentence of the same paragraph. */
    private Resolver.Subject nextSubject(int offset) {
        for (int i = 0; i + 1 < sentences.size(); i++) {
            Sentence here = sentences.get(i);
            if (offset < here.start() || offset >= here.end()) {
                continue;
            }
            Sentence next = sentences.get(i + 1);
            if (next.paragraph() != here.paragraph()) {
                return null;
            }
            String masked = maskedText(next);
            String stripped = SpeakerCandidates.stripLeadIn(masked);
            java.util.regex.Matcher m = SUBJECT.matcher(stripped);
            if (!m.find()) {
                return null;
            }
            int at = next.start() + masked.indexOf(stripped) + m.start(1);
            return new Resolver.Subject(m.group(1), at);
        }
        return null;
    }

    private static final java.util.regex.Pattern NAMED_SPEAKER = java.util.regex.Pattern.compile(
            "^((?:[A-Z][\\p{L}.’'-]*\\s+){0,3}[A-Z][\\p{L}.’'-]*)\\s+(?:also\\s+|later\\s+)?(?:said|says|told|added"
            + "|explained|noted|stressed|insisted|argued)\\b");

    /** The capitalised subject of a cue opening one of the two sentences after the one at an offset. */
    private Resolver.Subject nextNamedSpeaker(int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            Sentence here = sentences.get(i);
            if (offset < here.start() || offset >= here.end()) {
                continue;
            }
            for (int j = i + 1; j < Math.min(i + 3, sentences.size()); j++) {
                String masked = maskedText(sentences.get(j));
                String stripped = SpeakerCandidates.stripLeadIn(masked.strip());
                java.util.regex.Matcher m = NAMED_SPEAKER.matcher(stripped);
                if (m.find()) {
                    return new Resolver.Subject(m.group(1), sentences.get(j).start() + masked.indexOf(stripped));
                }
            }
            return null;
        }
        return null;
    }

    private String maskedText(Sentence sentence) {
        return new String(masked, sentence.start(), sentence.end() - sentence.start());
    }

    private static final java.util.regex.Pattern ACCORDING_TO = java.util.regex.Pattern.compile(
            "\\b(?:according to|sources? (?:said|say|says))\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A partial quote no cue introduces: the person subject of the nearest verb before it in its sentence ("He also
     * defended May as a “very good prime minister”"), from the part-of-speech stage {@link Clauses}.
     */
    private static final java.util.regex.Pattern PASSIVE_AGENT = java.util.regex.Pattern.compile("[,.]?\\s*by\\s+\\S");

    private Attribution clauseSubject(Sentence sentence, Quote quote, List<Quote> inSentence) {
        if (quote.close() < sentence.end() && ACCORDING_TO.matcher(text.substring(quote.close(), sentence.end())).find()) {
            return null; // "Johnson wants to “fight on”, according to the same sources": the sources speak
        }
        if (quote.close() + 1 < sentence.end() && PASSIVE_AGENT.matcher(text.substring(quote.close() + 1,
                sentence.end())).lookingAt()) {
            return null; // "… were branded “outrageous” by opposition MPs": the agent speaks, not the subject
        }
        for (Clauses.Subject subject : Clauses.subjects(text, sentence.start(), quote.open(),
                offset -> inSentence.stream().anyMatch(q -> offset > q.open() && offset < q.close()))) {
            Who who = resolver.speakerPhrase(subject.phrase(), subject.offset());
            if (who != null && !who.speaker().organisation) {
                return new Attribution(who, subject.verb(), null, List.of("clause-subject"));
            }
            if (who == null && UNNAMED_PERSON.matcher(subject.phrase().strip()).matches()) {
                return null; // "while the autistic man sits next to him, yelling at him to “shut up”": he says it
            }
        }
        return null;
    }

    /** A subject that is a person the article does not name: the nearest clause's, so no one farther speaks. */
    private static final java.util.regex.Pattern UNNAMED_PERSON = java.util.regex.Pattern.compile("(?:the|a|an)\\s+"
            + "(?:[a-z-]+\\s+){0,2}(?:man|woman|boy|girl|person|caller|resident|neighbou?r|witness|suspect|driver"
            + "|passenger|victim|patient|customer|student|teenager|child|mother|father)");

    /** A cue found next to a quote, resolved: the attribution, or null when the phrase names nobody. */
    private Attribution attribute(Cues.Match cue, String segment, int segmentOffset) {
        if (cue == null) {
            return null;
        }
        String phrase = cue.speakerText();
        java.util.regex.Matcher from = STATEMENT_FROM.matcher(SpeakerCandidates.trimPunctuation(phrase));
        if (from.matches() && !SpeakerCandidates.POST_FROM_ACCOUNT.matcher(SpeakerCandidates.trimPunctuation(phrase))
                .matches()) {
            // "“…,” read a statement from Facebook.": one word issuing a statement is an organisation
            phrase = from.group(1);
            if (phrase.matches("[A-Z][\\p{L}&-]+") && coreference.bySurname(phrase, segmentOffset) == null) {
                Who org = new Who(coreference.entity(phrase, true), null, null, from.group(0), 0.85,
                        List.of("statement-from:organisation"));
                List<String> rules = cue.extraRule() == null ? List.of(cue.rule()) : List.of(cue.rule(), cue.extraRule());
                return new Attribution(org, cue.cue(), segment.strip(), rules);
            }
        }
        Who who = resolver.speakerPhrase(phrase, segmentOffset + cue.speakerOffset());
        int comma = phrase.lastIndexOf(',');
        if (who == null && comma > 0 && !phrase.substring(comma + 1).isBlank()
                && SpeakerCandidates.PRONOUN.matcher(phrase.substring(comma + 1).strip()).matches()) {
            // "When asked if …, he replied: “Yes.”": the subject after the last lead-in clause
            who = resolver.speakerPhrase(phrase.substring(comma + 1), segmentOffset + cue.speakerOffset() + comma + 1);
        }
        if (who == null) {
            return null;
        }
        coreference.spoke(segmentOffset + cue.speakerOffset(), who.speaker());
        List<String> rules = cue.extraRule() == null ? List.of(cue.rule()) : List.of(cue.rule(), cue.extraRule());
        return new Attribution(who, cue.cue(), segment.strip(), rules);
    }

    private Extracted.Found statement(Result result, String body, String kind, int start, int end,
                                      Attribution attribution, double base) {
        if (end <= text.length() && body.equals(text.substring(start, end))) {
            body = original.substring(start, end); // keep the article's own quote marks
        }
        List<String> explain = new ArrayList<>(attribution.rules);
        explain.addAll(attribution.who.rules());
        explain.addAll(result.rules);
        Who who = attribution.who;
        double confidence = Math.round(Math.min(base, who.confidence()) * 100) / 100.0;
        return new Extracted.Found(body, kind, who.speaker().name, who.descriptor(), who.speaker().organisation,
                who.principal() == null ? null : who.principal().name, who.role(), attribution.cue, start, end,
                confidence, explain);
    }

    /** Split quotes and continued quotes join the attributed quote before them in the same paragraph. */
    private static void merge(List<Result> results) {
        for (int i = 1; i < results.size(); i++) {
            Result previous = results.get(i - 1);
            Result current = results.get(i);
            if (previous.attribution == null || previous.first.paragraph() != current.first.paragraph()
                    || !previous.kind.equals("DIRECT") || !current.kind.equals("DIRECT")) {
                continue;
            }
            boolean shared = current.attribution != null && previous.attribution.segment != null
                    && previous.attribution.segment.equals(current.attribution.segment);
            if (current.attribution == null || shared) {
                String head = previous.text.strip();
                if (head.endsWith(",")) {
                    head = head.substring(0, head.length() - 1) + ".";
                }
                previous.text = head + " " + current.text.strip();
                previous.last = current.last;
                previous.rules.add(shared ? "split-quote:shared-attribution" : "split-quote:continuation");
                results.remove(i);
                i--;
            }
        }
    }

    private static final java.util.regex.Pattern COORDINATED_SUBJECT = java.util.regex.Pattern.compile(
            "^\\s*((?:(?:The|the)\\s+)?(?:[A-Z][\\p{L}.’'-]*\\s+){0,4}[A-Z][\\p{L}.’'-]*(?:\\s*\\([^()]{1,12}\\))?)"
            + "(?:,\\s+[^,“\"]{2,120},)?\\s+"
            + "(?:on\\s+[A-Z][a-z]+day\\s+)?"
            + "(?:also\\s+)?[a-z]{3,}(?:ed|s)\\b.*\\s+and\\s*$");

    /** Where a later clause starts inside a long subject phrase, and the subject that may follow it. */
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("(?:,\\s+(?:and|but|though"
            + "|although|while|because)|\\s+[–—]\\s+(?:though|although|but|and|while)?|;|\\s+(?:after|when|before|because"
            + "|since|as|in which|at which|during which))\\s+");
    private static final java.util.regex.Pattern CLAUSE_BREAK_SUBJECT = java.util.regex.Pattern.compile("(?:[A-Z][\\p{L}.’'-]*"
            + "(?:\\s+[A-Z][\\p{L}.’'-]*){0,5}|he|she|the\\s+(?:[A-Z][\\p{L}-]*\\s+)?[A-Za-z]+)(?:\\s*\\([DRI]-[A-Z]{2}\\))?");

    /**
     * The subject of the cue after the last clause break in a subject phrase ("The ruling was applauded by the White
     * House, but spokeswoman Sarah Sanders", "… – though he", "… statement after Republican Leader Mitch McConnell",
     * "… at one of two events in which the Texas Republican"); the phrase itself when nothing after a break is one.
     */
    private static String lastClauseSubject(String phrase) {
        java.util.regex.Matcher m = CLAUSE_BREAK.matcher(phrase);
        String subject = phrase;
        while (m.find()) {
            String rest = phrase.substring(m.end()).strip();
            if (CLAUSE_BREAK_SUBJECT.matcher(rest).matches() || STAFF_THEN_NAME.matcher(rest).matches()) {
                subject = rest;
            }
        }
        return subject;
    }

    private static final java.util.regex.Pattern STAFF_THEN_NAME = java.util.regex.Pattern.compile(
            "(?:spokes(?:man|woman|person)|press secretary|aide|adviser|advisor)\\s+[A-Z]\\S*(?:\\s+[A-Z]\\S*){1,3}");

    /** Reported speech (stage {@link ReportedSpeech}) in one sentence, quote contents masked; adds INDIRECT statements. */
    private List<Reported> reported(Sentence sentence, List<Extracted.Found> found) {
        List<Reported> out = new ArrayList<>();
        int resolvedStart = -1;
        Who resolved = null;
        for (ReportedSpeech.Clause clause : ReportedSpeech.find(maskedText(sentence))) {
            if (resolved != null && clause.subjectStart() == resolvedStart) {
                // "He asserted that …, and that they …": the second content of the same subject
                int start = sentence.start() + clause.contentStart();
                int end = sentence.start() + clause.contentEnd();
                found.add(statement(new Result(), text.substring(start, end), "INDIRECT", start, end,
                        new Attribution(resolved, clause.cue(), null, List.of(clause.rule())), 0.8));
                out.add(new Reported(start, end, resolved, clause.cue()));
                continue;
            }
            String subject = text.substring(sentence.start() + clause.subjectStart(),
                    sentence.start() + clause.subjectEnd());
            java.util.regex.Matcher coordinated = COORDINATED_SUBJECT.matcher(subject);
            if (coordinated.find()) {
                // "Trump on Monday mocked Schumer’s “fake tears” and said he …", "X, the leader of …, called the
                // ruling “misguided” and said …": the subject of the first verb
                subject = coordinated.group(1);
            }
            int closing = Math.max(subject.lastIndexOf('”'), subject.lastIndexOf('"'));
            String afterClosing = closing < 0 ? "" : subject.substring(closing + 1).strip();
            if (!afterClosing.isEmpty() && Character.isUpperCase(afterClosing.charAt(0))
                    && text.substring(sentence.start(), sentence.start() + clause.subjectStart() + closing).matches(
                    "(?s).*[.!?]\\s*$")) {
                // the quote closed a sentence of its own ("… said: “… true.” Zadran told AFP he …")
                subject = afterClosing;
            } else if (subject.contains("“") || subject.contains("\"")) {
                subject = Cues.subjectBeforeQuotedCue(subject);
                if (subject == null) {
                    continue;
                }
            }
            String phrase = SpeakerCandidates.stripLeadIn(subject);
            if (clause.rule().startsWith("reported:noun-that") && (phrase.equals("his") || phrase.equals("her"))) {
                phrase = phrase.equals("his") ? "he" : "she"; // "his announcement that …": the owner speaks
            }
            phrase = lastClauseSubject(phrase);
            int appositive = phrase.indexOf(", ");
            String head = appositive > 0 && appositive + 2 < phrase.length()
                    && Character.isLowerCase(phrase.charAt(appositive + 2)) ? phrase.substring(0, appositive) : phrase;
            if (head.split("\\s+").length > 14 || phrase.split("\\s+").length > 30) {
                continue;
            }
            int at = sentence.start() + clause.subjectStart() + Math.max(0, text.substring(sentence.start()
                    + clause.subjectStart(), sentence.start() + clause.subjectEnd()).indexOf(phrase));
            Who who = resolver.speakerPhrase(phrase, at);
            if (who == null) {
                String descriptor = described(phrase);
                if (descriptor != null) {
                    int start = sentence.start() + clause.contentStart();
                    int end = sentence.start() + clause.contentEnd();
                    described.add(new Extracted.Span(original.substring(start, end), start, end, descriptor,
                            resolver.principalOf(phrase, at)));
                }
                continue;
            }
            // the subject of a cue is the likeliest antecedent of the next "he said"
            coreference.spoke(at, who.speaker());
            resolved = who;
            resolvedStart = clause.subjectStart();
            int start = sentence.start() + clause.contentStart();
            int end = sentence.start() + clause.contentEnd();
            found.add(statement(new Result(), text.substring(start, end), "INDIRECT", start, end,
                    new Attribution(who, clause.cue(), null, List.of(clause.rule())), 0.8));
            out.add(new Reported(start, end, who, clause.cue()));
        }
        return out;
    }

    /** Reported speech the clause stage left: the fallback patterns of {@link Cues#indirect}. */
    private void indirect(Sentence sentence, String plain, List<Extracted.Found> found) {
        Cues.Indirect m = Cues.indirect(plain);
        if (m == null) {
            return;
        }
        Who who = resolver.speakerPhrase(m.phrase(), sentence.start() + m.phraseOffset());
        if (who == null) {
            return;
        }
        String body = m.said().strip();
        while (!body.isEmpty() && ".!,;".indexOf(body.charAt(body.length() - 1)) >= 0) {
            body = body.substring(0, body.length() - 1);
        }
        int start = sentence.start() + m.saidOffset() + m.said().indexOf(body);
        found.add(statement(new Result(), body, "INDIRECT", start, start + body.length(),
                new Attribution(who, m.cue(), null, List.of(m.rule())), 0.8));
    }
}
