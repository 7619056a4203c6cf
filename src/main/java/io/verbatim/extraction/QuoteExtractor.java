package io.verbatim.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds attributed statements in a news article with explainable rules over quote spans, sentences and a mention
 * timeline (see docs/extraction.md). One instance per article: it keeps the people and organisations met so far.
 */
public final class QuoteExtractor {

    private static final String CUE_WORDS = "released the following statement|issued the following statement"
            + "|said in a statement|according to|said|says|told|tells|added|adds|wrote|writes|stated|explained"
            + "|argued|noted|asked|replied|responded|continued|declared|insisted|warned|tweeted|posted|recalled"
            + "|acknowledged|conceded|countered|remarked|announced|stressed|observed|admitted|complained|predicted"
            + "|concluded";
    private static final Pattern CUE = Pattern.compile("\\b(" + CUE_WORDS + ")\\b");
    private static final Pattern BEFORE_CUE = Pattern.compile("\\b(" + CUE_WORDS
            + "|called|calls|described|describes|dubbed|labeled|labelled|termed|branded)\\b");
    private static final Pattern RELATIVE = Pattern.compile("(,\\s*|\\s+)(who|which|whose|whom)\\b");
    private static final Pattern LEAD_IN = Pattern.compile("^(?:(?:In|On|At|During|After|Before|Later|Earlier|Asked"
            + "|Speaking|Meanwhile|Separately|Still|However|Instead|Then|Today|Yesterday|Last|This)\\b[^,]*,\\s*)+");
    private static final Pattern CONJUNCTION = Pattern.compile("^(?:But|And|Yet|So|Now|Still)\\s+");
    private static final Pattern PARTY_TAG = Pattern.compile("\\s*\\(([DRI])-([A-Z]{2})\\)");
    private static final String STAFF = "(?:(?:deputy|senior|chief|assistant|national)\\s+)*(?:chief of staff|press "
            + "secretary|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|communications director|campaign "
            + "manager|press officer|lawyer|attorney)";
    private static final Pattern STAFF_APPOSITIVE = Pattern.compile("^(?:(?:a|an|the)\\s+)?(?:(.+?)['’]s\\s+)?("
            + STAFF + ")(?:\\s+(?:for|to)\\s+(.+))?$");
    private static final Pattern UNNAMED_SPOKESPERSON = Pattern.compile("^(?:a|an|the)\\s+([A-Z][\\p{L}.’' -]*?)\\s+"
            + "(spokesman|spokeswoman|spokesperson|aide|official)$");
    private static final Pattern SPOKESPERSON_FOR = Pattern.compile("^(?:a|an|the)\\s+(spokesman|spokeswoman|"
            + "spokesperson|aide|official)\\s+(?:for|to|from)\\s+(.+)$");
    private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)['’]s\\s+(office|campaign|spokesman|spokeswoman|"
            + "spokesperson|aide)$");
    private static final Pattern DESCRIPTION = Pattern.compile("^[Tt]he\\s+(?:([A-Z][\\p{L}]+(?:\\s+[A-Z][\\p{L}]+)?)"
            + "\\s+)?(" + String.join("|", Lexicon.ROLE_NOUNS.keySet()) + ")$");
    private static final Pattern PRONOUN = Pattern.compile("^(he|she|He|She)$");
    private static final Pattern AUXILIARIES = Pattern.compile("(?:\\s+(?:has|had|have|also|later|again|previously"
            + "|once|then|repeatedly|long|often|publicly))+\\s*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}.’'-]*");

    private static final Pattern TITLED_MENTION = Pattern.compile("\\b((?:Sen|Sens|Rep|Gov|Mr|Mrs|Ms|Dr|Gen|Prof)\\.|"
            + "Senator|Representative|Congressman|Congresswoman|Governor|President|Secretary|Minister|Chancellor|"
            + "Mayor|Ambassador|Chairman|Chairwoman|Leader)\\s+((?:[A-Z][\\p{L}’'-]+\\s+){0,2}[A-Z][\\p{L}’'-]+)"
            + "(\\s*\\(([DRI])-([A-Z]{2})\\))?");
    private static final Pattern NAME_MENTION = Pattern.compile("\\b([A-Z][a-z]+)\\s+((?:[A-Z]\\.\\s+)?[A-Z][\\p{L}’'-]+)");
    private static final Pattern DESCRIPTION_MENTION = Pattern.compile("\\b[Tt]he\\s+(?:([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)"
            + "\\s+)?(senator|congressman|congresswoman|representative|governor|president|minister|secretary|mayor|"
            + "chairman|chairwoman)\\b");
    private static final Pattern PRONOUN_MENTION = Pattern.compile("\\b(he|she|He|She|his|her|His|Her)\\b");
    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][\\p{L}-]+");

    private static final Pattern ACCORDING_FIRST = Pattern.compile("\\b[Aa]ccording to ([^,]+?),\\s+(.+?)[.!]?\\s*$");
    private static final Pattern ACCORDING_LAST = Pattern.compile("^(.+?),\\s+according to ([^,]+?)\\s*[.!]?\\s*$");
    private static final Pattern WHICH_SAID = Pattern.compile(",\\s+which\\s+([^,]+?)\\s+(?:later\\s+|also\\s+|previously"
            + "\\s+|has\\s+|had\\s+)?(said|says|claimed|confirmed|insisted)\\s+((?:was|is|were|had been|has been|would "
            + "be)\\b.+?)[.!]?\\s*$");
    private static final Pattern SAID_THAT = Pattern.compile("^(.+?)\\s+(said|says|told\\s+(?:[\\p{L}’'-]+\\s+){1,3}?|"
            + "announced|claimed|argued|insisted|warned|wrote|stated|added)\\s*that\\s+(.+?)[.!]?\\s*$");
    private static final Pattern ENDS_WITH_CUE_COLON = Pattern.compile("\\b(" + CUE_WORDS
            + "|issued a statement|released a statement)\\b[^.!?]*:\\s*$");

    private static final int MAX_REPORTED_SENTENCE = 2_000;

    private final String text;
    private final char[] masked;
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final Map<String, Entity> entities = new HashMap<>();
    private final List<Mention> timeline = new ArrayList<>();

    private QuoteExtractor(String text) {
        this.text = text;
        this.masked = text.toCharArray();
    }

    /** Extracts the statements of one article. */
    public static Extracted extract(String article) {
        return new QuoteExtractor(article == null ? "" : article).run();
    }

    // ------------------------------------------------------------------ model

    private record Quote(int open, int close, int start, int end, String text, int paragraph) {
    }

    private record Sentence(int start, int end, int paragraph) {
    }

    private record Mention(int offset, Entity entity) {
    }

    private static final class Entity {
        final String name;
        final String last;
        final boolean organisation;
        char gender = '?';
        final Set<String> roles = new LinkedHashSet<>();
        String state;
        String party;
        Entity principal;

        Entity(String name, boolean organisation) {
            this.name = name;
            this.organisation = organisation;
            String[] parts = name.split("\\s+");
            this.last = parts[parts.length - 1];
        }
    }

    /** Who a speaker phrase names: the speaker, the principal they speak for, their role, and how it was found. */
    private record Who(Entity speaker, Entity principal, String role, String descriptor, double confidence,
                       List<String> rules) {
    }

    private record Attribution(Who who, String cue, String segment, List<String> rules) {
    }

    private static final class Result {
        Quote first;
        Quote last;
        String text;
        String kind;
        Attribution attribution;
        List<String> rules = new ArrayList<>();
        double factor = 1.0;
    }

    // ------------------------------------------------------------------ pipeline

    private Extracted run() {
        findQuotes();
        splitSentences();
        List<Extracted.Found> found = new ArrayList<>();
        List<Extracted.Span> unattributed = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        Who pending = null;
        String pendingCue = null;
        int pendingParagraph = -1;
        int releaseEnd = -1;
        for (Sentence sentence : sentences) {
            scanMentions(sentence);
            List<Quote> inSentence = quotesIn(sentence);
            String plain = text.substring(sentence.start, sentence.end);
            List<Reported> reported = reported(sentence, found);
            if (inSentence.isEmpty()) {
                Matcher colon = ENDS_WITH_CUE_COLON.matcher(plain);
                // the colon test first: the pattern backtracks over the whole sentence for every cue word in it
                if (plain.stripTrailing().endsWith(":") && colon.find()) {
                    Who who = speakerPhrase(stripLeadIn(plain.substring(0, colon.start())), sentence.start);
                    if (who != null) {
                        pending = who;
                        pendingCue = colon.group(1);
                        pendingParagraph = sentence.paragraph;
                        continue;
                    }
                }
                if (sentence.start < releaseEnd) {
                    continue;
                }
                if (pending != null && sentence.paragraph == pendingParagraph + 1) {
                    int paragraphEnd = text.indexOf('\n', sentence.start);
                    releaseEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
                    String release = text.substring(sentence.start, releaseEnd).strip();
                    found.add(statement(new Result(), release, "DIRECT", sentence.start,
                            sentence.start + release.length(), new Attribution(pending, pendingCue, null,
                                    List.of("press-release:next-paragraph")), 0.85));
                    pending = null;
                    continue;
                }
                if (reported.isEmpty()) {
                    indirect(sentence, plain, found);
                }
                continue;
            }
            for (int k = 0; k < inSentence.size(); k++) {
                Quote quote = inSentence.get(k);
                int beforeFrom = k == 0 ? sentence.start : inSentence.get(k - 1).close + 1;
                int afterTo = k == inSentence.size() - 1 ? sentence.end : inSentence.get(k + 1).open;
                String before = text.substring(beforeFrom, quote.open);
                String after = text.substring(Math.min(quote.close + 1, afterTo), afterTo);
                Result result = new Result();
                result.first = quote;
                result.last = quote;
                result.text = quote.text;
                result.kind = partial(before, quote) ? "PARTIAL" : "DIRECT";
                if (result.kind.equals("PARTIAL")) {
                    result.rules.add("partial-quote");
                    result.factor = 0.9;
                }
                if (result.kind.equals("PARTIAL") && Names.isTitleLike(quote.text)) {
                    continue; // “Gang of Eight”: a name in quotes, not a statement
                }
                Attribution attribution = null;
                for (Reported r : reported) {
                    if (result.kind.equals("PARTIAL") && quote.open >= r.start && quote.close <= r.end) {
                        attribution = new Attribution(r.who, r.cue, null, List.of("nested-in-reported"));
                    }
                }
                if (attribution == null) {
                    attribution = after(after, quote.close + 1);
                }
                if (attribution == null) {
                    attribution = before(before, beforeFrom);
                }
                if (attribution == null && pending != null && quote.paragraph == pendingParagraph + 1) {
                    attribution = new Attribution(pending, pendingCue, null, List.of("press-release:next-paragraph"));
                }
                result.attribution = attribution;
                results.add(result);
            }
        }
        merge(results);
        for (Result result : results) {
            if (result.attribution == null) {
                unattributed.add(new Extracted.Span(result.text, result.first.start, result.last.end));
            } else {
                found.add(statement(result, result.text, result.kind, result.first.start, result.last.end,
                        result.attribution, 0.95 * result.factor));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Extracted(found, unattributed);
    }

    private Extracted.Found statement(Result result, String body, String kind, int start, int end,
                                      Attribution attribution, double base) {
        List<String> explain = new ArrayList<>(attribution.rules);
        explain.addAll(attribution.who.rules);
        explain.addAll(result.rules);
        Who who = attribution.who;
        double confidence = Math.round(Math.min(base, who.confidence) * 100) / 100.0;
        return new Extracted.Found(body, kind, who.speaker.name, who.descriptor, who.speaker.organisation,
                who.principal == null ? null : who.principal.name, who.role, attribution.cue, start, end, confidence,
                explain);
    }

    /** A quote is partial when words of the sentence run straight into it ("called it “a capitulation”"). */
    private static boolean partial(String before, Quote quote) {
        String trimmed = before.stripTrailing();
        if (!quote.text.isEmpty() && Character.isLowerCase(quote.text.charAt(0)) && trimmed.isEmpty()) {
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
        return Character.isLetterOrDigit(trimmed.charAt(trimmed.length() - 1));
    }

    /** Split quotes and continued quotes join the attributed quote before them in the same paragraph. */
    private void merge(List<Result> results) {
        for (int i = 1; i < results.size(); i++) {
            Result previous = results.get(i - 1);
            Result current = results.get(i);
            if (previous.attribution == null || previous.first.paragraph != current.first.paragraph
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

    // ------------------------------------------------------------------ attribution

    /** Quote then speaker: ", Sen. X (D-NH), who ..., told The Daily Beast." or ", said X." */
    private Attribution after(String segment, int offset) {
        String body = segment;
        int cut = body.length();
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                cut = i;
                break;
            }
        }
        body = body.substring(0, cut);
        if (body.isBlank()) {
            return null;
        }
        Matcher cue = CUE.matcher(body);
        while (cue.find()) {
            String head = body.substring(0, cue.start());
            int clauseStart = Math.max(head.lastIndexOf(','), 0);
            String clause = head.substring(clauseStart);
            if (RELATIVE.matcher(clause).find() && clauseStart > 0) {
                continue;
            }
            String tail = body.substring(cue.end());
            String speakerText = head;
            int speakerOffset = offset;
            String cueText = cue.group(1);
            List<String> rules = new ArrayList<>();
            if (trimPunctuation(head).isEmpty()) {
                String inverted = trimPunctuation(tail);
                speakerText = inverted;
                speakerOffset = offset + cue.end();
                rules.add("quote-then-cue-then-speaker:" + cueText);
                if (cueText.equals("according to")) {
                    rules.add("according-to");
                }
            } else {
                String[] parts = tail.split("[,.;!?]");
                String object = parts.length == 0 ? "" : parts[0];
                if (!cueText.equals("according to") && !object.isBlank() && object.strip().split("\\s+").length <= 5) {
                    cueText = cueText + " " + object.strip();
                }
                rules.add("quote-then-speaker-then-cue:" + cue.group(1));
            }
            Who who = speakerPhrase(speakerText, speakerOffset);
            if (who == null) {
                return null;
            }
            return new Attribution(who, cueText, segment.strip(), rules);
        }
        return null;
    }

    /** Speaker then quote: "X said: “…”", "X told reporters, “…”", "X called it “…”". */
    private Attribution before(String segment, int offset) {
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
        String tail = segment.substring(end);
        List<String> rules = new ArrayList<>();
        String cueText = verb;
        Who who;
        if (verb.equals("according to")) {
            who = speakerPhrase(trimPunctuation(tail), offset + end);
            rules.add("according-to-then-quote");
        } else {
            String object = trimPunctuation(tail);
            if (!object.isEmpty() && object.split("\\s+").length <= 4 && (tail.strip().endsWith(":")
                    || tail.strip().endsWith(","))) {
                cueText = verb + " " + object;
            }
            who = speakerPhrase(stripLeadIn(head), offset);
            rules.add("speaker-then-cue-then-quote:" + verb);
        }
        return who == null ? null : new Attribution(who, cueText, segment.strip(), rules);
    }

    /** Reported speech without quotation marks: "according to X, ...", "which X later said was ...", "X said that". */
    /** A reported clause whose subject resolved: its content span and speaker, for the quotes nested in it. */
    private record Reported(int start, int end, Who who, String cue) {
    }

    private static final Pattern CUE_IN_SUBJECT = Pattern.compile("\\s+(?:said|says|told|stated|wrote)\\b");

    /** Reported speech (stage {@link ReportedSpeech}) in one sentence, quote contents masked; adds INDIRECT statements. */
    private List<Reported> reported(Sentence sentence, List<Extracted.Found> found) {
        String masked = new String(this.masked, sentence.start, sentence.end - sentence.start);
        List<Reported> out = new ArrayList<>();
        for (ReportedSpeech.Clause clause : ReportedSpeech.find(masked)) {
            String subject = text.substring(sentence.start + clause.subjectStart(), sentence.start + clause.subjectEnd());
            if (subject.contains("“") || subject.contains("\"")) {
                Matcher cut = CUE_IN_SUBJECT.matcher(subject);
                if (!cut.find()) {
                    continue;
                }
                subject = subject.substring(0, cut.start());
            }
            String phrase = stripLeadIn(subject);
            if (phrase.split("\\s+").length > 14) {
                continue;
            }
            Who who = speakerPhrase(phrase, sentence.start + clause.subjectStart());
            if (who == null) {
                continue;
            }
            if (!who.speaker.organisation) {
                // the subject of a cue is the likeliest antecedent of the next "he said"
                timeline.add(new Mention(sentence.start + clause.subjectStart(), who.speaker));
            }
            int start = sentence.start + clause.contentStart();
            int end = sentence.start + clause.contentEnd();
            String body = text.substring(start, end);
            found.add(statement(new Result(), body, "INDIRECT", start, end,
                    new Attribution(who, clause.cue(), null, List.of(clause.rule())), 0.8));
            out.add(new Reported(start, end, who, clause.cue()));
        }
        return out;
    }

    private void indirect(Sentence sentence, String plain, List<Extracted.Found> found) {
        if (plain.length() > MAX_REPORTED_SENTENCE) {
            return; // no news sentence is this long; the lazy patterns would only cost time
        }
        Matcher m = ACCORDING_FIRST.matcher(plain);
        if (m.find() && !m.group(2).isBlank()) {
            addIndirect(found, m.group(1), sentence.start + m.start(1), m.group(2), sentence.start + m.start(2),
                    "according to", "reported:according-to-first");
            return;
        }
        m = ACCORDING_LAST.matcher(plain);
        if (m.find()) {
            String said = stripLeadIn(m.group(1));
            int saidStart = sentence.start + m.start(1) + m.group(1).indexOf(said);
            addIndirect(found, m.group(2), sentence.start + m.start(2), said, saidStart, "according to",
                    "reported:according-to-last");
            return;
        }
        m = WHICH_SAID.matcher(plain);
        if (m.find()) {
            String phrase = m.group(1);
            String cue = plain.substring(m.start(1), m.end(2));
            addIndirect(found, phrase, sentence.start + m.start(1), m.group(3), sentence.start + m.start(3), cue,
                    "reported:which-said");
            return;
        }
        m = SAID_THAT.matcher(plain);
        if (m.find()) {
            String subject = stripLeadIn(m.group(1));
            int subjectStart = sentence.start + m.start(1) + m.group(1).indexOf(subject);
            addIndirect(found, subject, subjectStart, m.group(3), sentence.start + m.start(3),
                    m.group(2).strip(), "reported:said-that");
        }
    }

    private void addIndirect(List<Extracted.Found> found, String phrase, int phraseOffset, String said, int saidStart,
                             String cue, String rule) {
        Who who = speakerPhrase(phrase, phraseOffset);
        if (who == null) {
            return;
        }
        String body = said.strip();
        while (!body.isEmpty() && ".!,;".indexOf(body.charAt(body.length() - 1)) >= 0) {
            body = body.substring(0, body.length() - 1);
        }
        int start = saidStart + said.indexOf(body);
        found.add(statement(new Result(), body, "INDIRECT", start, start + body.length(),
                new Attribution(who, cue, null, List.of(rule)), 0.8));
    }

    // ------------------------------------------------------------------ speaker phrases

    private static String stripLeadIn(String phrase) {
        String p = phrase.strip();
        p = LEAD_IN.matcher(p).replaceFirst("");
        p = CONJUNCTION.matcher(p).replaceFirst("");
        return p;
    }

    private static String trimPunctuation(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (Character.isWhitespace(s.charAt(a)) || ",;:—–-.".indexOf(s.charAt(a)) >= 0)) {
            a++;
        }
        while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || ",;:—–-.".indexOf(s.charAt(b - 1)) >= 0)) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Reads a speaker phrase: name with title and party tag, appositive, description, pronoun or organisation. */
    private Who speakerPhrase(String raw, int offset) {
        String phrase = trimPunctuation(raw);
        List<String> rules = new ArrayList<>();
        Matcher relative = RELATIVE.matcher(phrase);
        if (relative.find() && relative.start() > 0) {
            phrase = trimPunctuation(phrase.substring(0, relative.start()));
            rules.add("relative-clause-skipped");
        }
        if (phrase.isEmpty() || phrase.length() > 160) {
            return null;
        }
        String namePart = phrase;
        String appositive = null;
        int comma = topLevelComma(phrase);
        if (comma > 0) {
            String left = trimPunctuation(phrase.substring(0, comma));
            String right = trimPunctuation(phrase.substring(comma + 1));
            if (startsLikeDescription(left) && !startsLikeDescription(right)) {
                namePart = right;
                appositive = left;
            } else {
                namePart = left;
                appositive = right;
            }
            rules.add("appositive");
        }
        Who who = nameOrReference(namePart, offset, rules);
        if (who == null) {
            return null;
        }
        if (appositive != null && !who.speaker.organisation) {
            Matcher staff = STAFF_APPOSITIVE.matcher(appositive);
            if (staff.matches()) {
                String principalText = staff.group(1) != null ? staff.group(1) : staff.group(3);
                Entity principal = principalText == null ? null : reference(principalText, offset, rules);
                if (principal != null && principal != who.speaker) {
                    rules.add("staff-appositive:on-behalf-of");
                    who.speaker.principal = principal;
                    return new Who(who.speaker, principal, staff.group(2), who.descriptor, who.confidence * 0.95,
                            rules);
                }
                return new Who(who.speaker, who.principal, staff.group(2), who.descriptor, who.confidence, rules);
            }
            String role = appositive.replaceFirst("^(?:a|an|the)\\s+", "");
            addRole(who.speaker, role);
            return new Who(who.speaker, who.principal, role.length() <= 120 ? role : null, who.descriptor,
                    who.confidence, rules);
        }
        return who;
    }

    private static boolean startsLikeDescription(String s) {
        return s.matches("^(?:a|an|the|his|her|their)\\s.*") || (!s.isEmpty() && Character.isLowerCase(s.charAt(0)));
    }

    private static int topLevelComma(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private Who nameOrReference(String namePart, int offset, List<String> rules) {
        Matcher m = PRONOUN.matcher(namePart);
        if (m.matches()) {
            char gender = namePart.equalsIgnoreCase("he") ? 'M' : 'F';
            Entity e = recent(x -> !x.organisation && x.gender == gender, offset);
            if (e == null) {
                e = recent(x -> !x.organisation && x.gender == '?', offset);
            }
            if (e == null) {
                return null;
            }
            rules.add("pronoun:" + namePart.toLowerCase(Locale.ROOT) + "→" + e.name);
            return new Who(e, e.principal, null, namePart, 0.8, rules);
        }
        m = UNNAMED_SPOKESPERSON.matcher(namePart);
        if (!m.matches()) {
            m = SPOKESPERSON_FOR.matcher(namePart);
            if (m.matches()) {
                Entity principal = reference(m.group(2), offset, rules);
                return unnamed(principal, m.group(1), namePart, rules);
            }
        } else {
            Entity principal = reference(m.group(1), offset, rules);
            return unnamed(principal, m.group(2), namePart, rules);
        }
        m = POSSESSIVE.matcher(namePart);
        if (m.matches()) {
            Entity principal = reference(m.group(1), offset, rules);
            if (principal == null) {
                return null;
            }
            if (m.group(2).equals("office") || m.group(2).equals("campaign")) {
                String kind = m.group(2).equals("office") ? "Office of " : "Campaign of ";
                Entity office = entity(kind + principal.name, true);
                rules.add("office-of-principal:" + principal.name);
                return new Who(office, principal, null, namePart, 0.85, rules);
            }
            return unnamed(principal, m.group(2), namePart, rules);
        }
        Entity e = reference(namePart, offset, rules);
        if (e == null) {
            return null;
        }
        return new Who(e, e.principal, null, namePart, rules.stream().anyMatch(r -> r.startsWith("coreference"))
                ? 0.85 : 0.95, rules);
    }

    private Who unnamed(Entity principal, String role, String descriptor, List<String> rules) {
        if (principal == null) {
            return null;
        }
        rules.add("unnamed-spokesperson→principal:" + principal.name);
        return new Who(principal, null, role, descriptor, 0.8, rules);
    }

    /** A name, a surname met before, a description ("the Kentucky senator") or an organisation. */
    private Entity reference(String raw, int offset, List<String> rules) {
        String phrase = Names.stripTail(trimPunctuation(raw));
        Matcher pronoun = PRONOUN.matcher(phrase);
        if (pronoun.matches()) {
            Who who = nameOrReference(phrase, offset, rules);
            return who == null ? null : who.speaker;
        }
        if (!phrase.isEmpty() && Character.isLowerCase(phrase.charAt(0)) && !phrase.startsWith("the ")) {
            phrase = "the " + phrase;
        }
        Matcher d = DESCRIPTION.matcher(phrase);
        if (d.matches()) {
            Entity e = description(d.group(1), d.group(2), offset);
            if (e != null) {
                rules.add("coreference:description:" + phrase + "→" + e.name);
            }
            return e;
        }
        String party = null;
        String state = null;
        Matcher tag = PARTY_TAG.matcher(phrase);
        if (tag.find()) {
            party = tag.group(1);
            state = tag.group(2);
            phrase = (phrase.substring(0, tag.start()) + phrase.substring(tag.end())).strip();
            rules.add("party-state-tag");
        }
        if (phrase.startsWith("the ") || phrase.startsWith("The ")) {
            String rest = phrase.substring(4).strip();
            if (!rest.isEmpty() && Character.isUpperCase(rest.charAt(0))) {
                rules.add("organisation");
                return entity(rest, true);
            }
            return null;
        }
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(phrase);
        while (w.find()) {
            words.add(w.group());
        }
        if (words.isEmpty()) {
            return null;
        }
        // the name is the trailing run of capitalised words that are not titles
        int nameStart = words.size();
        while (nameStart > 0) {
            String word = words.get(nameStart - 1);
            if (!Character.isUpperCase(word.charAt(0)) || Lexicon.TITLES.containsKey(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            nameStart--;
        }
        if (nameStart == words.size()) {
            return null;
        }
        List<String> nameWords = Names.afterTitle(words.subList(nameStart, words.size()));
        List<String> prefix = words.subList(0, words.size() - nameWords.size());
        if (Names.notAName(nameWords)) {
            rules.add("not-a-name:" + String.join(" ", nameWords));
            return null;
        }
        boolean organisation = nameWords.stream()
                .anyMatch(x -> Lexicon.ORGANISATION_WORDS.contains(x.toLowerCase(Locale.ROOT)));
        String name = String.join(" ", nameWords).replaceAll("['’]s$", "");
        if (organisation) {
            rules.add("organisation");
            return entity(name, true);
        }
        Entity e;
        if (nameWords.size() == 1) {
            Entity known = bySurname(name, offset);
            if (known != null) {
                rules.add("coreference:surname:" + name + "→" + known.name);
                return known;
            }
            e = entity(name, false);
            rules.add("single-name");
        } else {
            e = entity(name, false);
            rules.add("name");
        }
        for (String title : prefix) {
            String role = Lexicon.TITLES.get(title.toLowerCase(Locale.ROOT));
            if (role != null && !role.isEmpty()) {
                e.roles.add(role);
                rules.add("title:" + title);
            }
            genderFromWord(e, title);
        }
        // "White House press secretary Sarah Sanders": lower-case role words after a capitalised organisation
        List<String> lower = prefix.stream().filter(x -> Character.isLowerCase(x.charAt(0))).toList();
        if (!lower.isEmpty() && String.join(" ", lower).matches(STAFF)) {
            List<String> org = prefix.stream().filter(x -> Character.isUpperCase(x.charAt(0))).toList();
            if (!org.isEmpty()) {
                e.principal = entity(String.join(" ", org), true);
                rules.add("staff-title:on-behalf-of");
            }
        }
        if (party != null) {
            e.party = party;
            e.state = state;
        }
        return e;
    }

    private static void genderFromWord(Entity e, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("mr.") || lower.equals("congressman") || lower.equals("chairman")) {
            e.gender = 'M';
        } else if (lower.equals("mrs.") || lower.equals("ms.") || lower.equals("congresswoman")
                || lower.equals("chairwoman")) {
            e.gender = 'F';
        }
    }

    private void addRole(Entity e, String appositive) {
        for (String word : appositive.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            String role = Lexicon.ROLE_NOUNS.get(word);
            if (role != null) {
                e.roles.add(role);
                return;
            }
        }
    }

    private Entity description(String qualifier, String noun, int offset) {
        String role = Lexicon.ROLE_NOUNS.get(noun.toLowerCase(Locale.ROOT));
        String state = Lexicon.stateCode(qualifier);
        Predicate<Entity> hasRole = e -> !e.organisation && (e.roles.contains(role)
                || (role.equals("lawmaker") && (e.roles.contains("senator") || e.roles.contains("representative")))
                || (role.equals("democrat") && "D".equals(e.party)) || (role.equals("republican") && "R".equals(e.party)));
        Entity e = null;
        if (state != null) {
            e = recent(hasRole.and(x -> state.equals(x.state)), offset);
        } else if (qualifier != null) {
            String party = qualifier.equalsIgnoreCase("Republican") ? "R" : qualifier.equalsIgnoreCase("Democratic")
                    ? "D" : null;
            if (party != null) {
                e = recent(hasRole.and(x -> party.equals(x.party)), offset);
            }
        }
        return e != null ? e : recent(hasRole, offset);
    }

    private Entity bySurname(String surname, int offset) {
        Entity e = recent(x -> x.last.equalsIgnoreCase(surname) && x.name.contains(" "), offset);
        if (e != null) {
            return e;
        }
        for (Entity known : entities.values()) {
            if (!known.organisation && known.last.equalsIgnoreCase(surname) && known.name.contains(" ")) {
                return known;
            }
        }
        return null;
    }

    private Entity entity(String name, boolean organisation) {
        String key = name.toLowerCase(Locale.ROOT);
        Entity e = entities.get(key);
        if (e == null) {
            e = new Entity(name, organisation);
            if (!organisation) {
                e.gender = Lexicon.gender(name.split("\\s+")[0]);
            }
            entities.put(key, e);
        }
        return e;
    }

    private Entity recent(Predicate<Entity> test, int offset) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            Mention m = timeline.get(i);
            if (m.offset < offset && test.test(m.entity)) {
                return m.entity;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ mentions

    /** Records who the sentence mentions (outside its quotes), in order, so that later references resolve. */
    private void scanMentions(Sentence sentence) {
        String s = new String(masked, sentence.start, sentence.end - sentence.start);
        List<int[]> spans = new ArrayList<>();
        List<Runnable> actions = new ArrayList<>();
        Matcher m = TITLED_MENTION.matcher(s);
        while (m.find()) {
            int at = sentence.start + m.start();
            String title = m.group(1);
            String name = m.group(2).replaceAll("['’]s$", "");
            String party = m.group(4);
            String state = m.group(5);
            if (name.split("\\s+").length == 1 && bySurname(name, at) == null && party == null) {
                continue;
            }
            spans.add(new int[] {m.start(), m.end()});
            actions.add(() -> {
                Entity e = name.contains(" ") ? entity(name, false) : bySurname(name, at);
                if (e == null) {
                    return;
                }
                String role = Lexicon.TITLES.get(title.toLowerCase(Locale.ROOT));
                if (role != null && !role.isEmpty()) {
                    e.roles.add(role);
                }
                genderFromWord(e, title);
                if (party != null) {
                    e.party = party;
                    e.state = state;
                }
                timeline.add(new Mention(at, e));
            });
        }
        m = NAME_MENTION.matcher(s);
        while (m.find()) {
            if (Lexicon.gender(m.group(1)) == '?' || overlaps(spans, m.start(), m.end())) {
                continue;
            }
            int at = sentence.start + m.start();
            String name = (m.group(1) + " " + m.group(2)).replaceAll("['’]s$", "");
            spans.add(new int[] {m.start(), m.end()});
            actions.add(() -> timeline.add(new Mention(at, entity(name, false))));
        }
        m = DESCRIPTION_MENTION.matcher(s);
        while (m.find()) {
            if (overlaps(spans, m.start(), m.end())) {
                continue;
            }
            int at = sentence.start + m.start();
            String qualifier = m.group(1);
            String noun = m.group(2);
            spans.add(new int[] {m.start(), m.end()});
            actions.add(() -> {
                Entity e = description(qualifier, noun, at);
                if (e != null) {
                    timeline.add(new Mention(at, e));
                }
            });
        }
        m = PRONOUN_MENTION.matcher(s);
        while (m.find()) {
            int at = sentence.start + m.start();
            char gender = m.group(1).toLowerCase(Locale.ROOT).startsWith("h") && !m.group(1).equalsIgnoreCase("her")
                    ? 'M' : 'F';
            spans.add(new int[] {m.start(), m.end()});
            actions.add(() -> {
                Entity e = recent(x -> !x.organisation && x.gender == gender, at);
                if (e != null) {
                    timeline.add(new Mention(at, e));
                }
            });
        }
        m = CAPITALISED.matcher(s);
        while (m.find()) {
            if (overlaps(spans, m.start(), m.end())) {
                continue;
            }
            int at = sentence.start + m.start();
            String word = m.group();
            spans.add(new int[] {m.start(), m.end()});
            actions.add(() -> {
                Entity e = bySurname(word, at);
                if (e != null) {
                    timeline.add(new Mention(at, e));
                }
            });
        }
        // run in text order so each reference sees only what came before it
        Integer[] order = new Integer[spans.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
        for (Integer i : order) {
            actions.get(i).run();
        }
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (start < span[1] && end > span[0]) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ quotes and sentences

    private static boolean isOpening(char c) {
        return c == '“' || c == '"' || c == '„' || c == '«';
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '"' || c == '»';
    }

    /** Quote spans in curly or straight quotes; an open quote at a paragraph end continues in a next one that opens. */
    private void findQuotes() {
        int n = text.length();
        int paragraph = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (i + 1 < n && text.charAt(i + 1) == '\n' || i == 0 || text.charAt(i - 1) != '\n') {
                    paragraph++;
                }
                i++;
                continue;
            }
            if (!isOpening(c)) {
                i++;
                continue;
            }
            int open = i;
            int startParagraph = paragraph;
            StringBuilder body = new StringBuilder();
            int segmentStart = i + 1;
            int j = i + 1;
            int close = -1;
            int end = -1;
            while (j < n) {
                char d = text.charAt(j);
                if (isClosing(d)) {
                    body.append(text, segmentStart, j);
                    close = j;
                    end = j;
                    break;
                }
                if (d == '\n') {
                    int k = j;
                    while (k < n && Character.isWhitespace(text.charAt(k))) {
                        k++;
                    }
                    if (k < n && isOpening(text.charAt(k)) && (body.length() > 0 || j > segmentStart)) {
                        body.append(text, segmentStart, j).append(' ');
                        paragraph++;
                        segmentStart = k + 1;
                        j = k + 1;
                        continue;
                    }
                    body.append(text, segmentStart, j);
                    close = j - 1;
                    end = j;
                    break;
                }
                j++;
            }
            if (close < 0) {
                body.append(text, segmentStart, n);
                close = n - 1;
                end = n;
            }
            String content = body.toString().strip();
            int start = open + 1;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int contentEnd = end;
            while (contentEnd > start && Character.isWhitespace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            if (!content.isEmpty()) {
                quotes.add(new Quote(open, close, start, contentEnd, trimEndPunctuationKeepSentence(content),
                        startParagraph));
                for (int x = open + 1; x < close && x < n; x++) {
                    masked[x] = 'x';
                }
            }
            i = close + 1;
        }
    }

    private static String trimEndPunctuationKeepSentence(String s) {
        return s.strip();
    }

    private List<Quote> quotesIn(Sentence sentence) {
        List<Quote> in = new ArrayList<>();
        for (Quote q : quotes) {
            if (q.open >= sentence.start && q.open < sentence.end) {
                in.add(q);
            }
        }
        return in;
    }

    /** Sentences over the text with quote contents masked, so a full stop inside a quote never ends one. */
    private void splitSentences() {
        int n = masked.length;
        int start = 0;
        int paragraph = 0;
        int i = 0;
        while (i < n) {
            char c = masked[i];
            if (c == '\n') {
                addSentence(start, i, paragraph);
                while (i < n && Character.isWhitespace(masked[i])) {
                    i++;
                }
                paragraph++;
                start = i;
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                int k = i + 1;
                while (k < n && (masked[k] == '”' || masked[k] == '"' || masked[k] == ')' || masked[k] == '’')) {
                    k++;
                }
                if (k >= n || masked[k] == ' ') {
                    int next = k;
                    while (next < n && masked[next] == ' ') {
                        next++;
                    }
                    boolean upper = next >= n || Character.isUpperCase(masked[next]) || isOpening(masked[next])
                            || Character.isDigit(masked[next]) || masked[next] == '\n';
                    if (upper && (c != '.' || !abbreviation(i))) {
                        addSentence(start, k, paragraph);
                        start = next;
                        i = next;
                        continue;
                    }
                }
            }
            i++;
        }
        addSentence(start, n, paragraph);
        // quotes are numbered by the paragraph the sentence splitter saw
        for (int q = 0; q < quotes.size(); q++) {
            Quote quote = quotes.get(q);
            for (Sentence s : sentences) {
                if (quote.open >= s.start && quote.open < s.end) {
                    quotes.set(q, new Quote(quote.open, quote.close, quote.start, quote.end, quote.text, s.paragraph));
                    break;
                }
            }
        }
    }

    private void addSentence(int start, int end, int paragraph) {
        if (end > start && !text.substring(start, end).isBlank()) {
            sentences.add(new Sentence(start, end, paragraph));
        }
    }

    private boolean abbreviation(int dot) {
        int a = dot;
        while (a > 0 && (Character.isLetter(masked[a - 1]) || masked[a - 1] == '.')) {
            a--;
        }
        String word = new String(masked, a, dot - a).toLowerCase(Locale.ROOT);
        return Lexicon.ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(masked[a]);
    }
}
