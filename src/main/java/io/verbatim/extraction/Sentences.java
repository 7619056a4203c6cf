package io.verbatim.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stage 1a (continued): sentences over the text with quote contents masked, so a full stop inside a quote never ends
 * the sentence around it. A sentence ends at . ! ? (plus closing quote or parenthesis) before a capital, digit or
 * opening quote, unless the word before the dot is an abbreviation ("Sen.", "U.S.", an initial); every line break
 * ends one and starts a paragraph. Pure: tested on its own.
 */
final class Sentences {

    record Sentence(int start, int end, int paragraph) {
    }

    private Sentences() {
    }

    /** The sentences of a text; {@code quotes} are renumbered in place by the paragraph of the sentence they open in. */
    static List<Sentence> split(String text, char[] masked, List<QuoteSpans.Quote> quotes) {
        List<Sentence> sentences = new ArrayList<>();
        int n = masked.length;
        int start = 0;
        int paragraph = 0;
        boolean[] closes = new boolean[n + 1];
        for (QuoteSpans.Quote q : quotes) {
            if (q.close() >= 0 && q.close() < n) {
                closes[q.close()] = true;
            }
        }
        int i = 0;
        while (i < n) {
            char c = masked[i];
            if (closes[i] && i > 0 && ".!?".indexOf(text.charAt(i - 1)) >= 0 && quoteEndsSentence(text, i + 1)) {
                add(sentences, text, start, i + 1, paragraph);
                int next = i + 1;
                while (next < n && masked[next] == ' ') {
                    next++;
                }
                start = next;
                i = next;
                continue;
            }
            if (c == '\n') {
                add(sentences, text, start, i, paragraph);
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
                    boolean upper = next >= n || Character.isUpperCase(masked[next])
                            || QuoteSpans.isOpening(masked[next]) || Character.isDigit(masked[next])
                            || masked[next] == '\n';
                    if (upper && (c != '.' || !abbreviation(masked, i) || countryEndsSentence(masked, i, next))) {
                        add(sentences, text, start, k, paragraph);
                        start = next;
                        i = next;
                        continue;
                    }
                }
            }
            i++;
        }
        add(sentences, text, start, n, paragraph);
        for (int q = 0; q < quotes.size(); q++) {
            QuoteSpans.Quote quote = quotes.get(q);
            for (Sentence s : sentences) {
                if (quote.open() >= s.start && quote.open() < s.end) {
                    quotes.set(q, quote.inParagraph(s.paragraph));
                    break;
                }
            }
        }
        return sentences;
    }

    /** The quotes opening inside a sentence, in order. */
    static List<QuoteSpans.Quote> quotesIn(Sentence sentence, List<QuoteSpans.Quote> quotes) {
        List<QuoteSpans.Quote> in = new ArrayList<>();
        for (QuoteSpans.Quote q : quotes) {
            if (q.open() >= sentence.start && q.open() < sentence.end) {
                in.add(q);
            }
        }
        return in;
    }

    private static void add(List<Sentence> sentences, String text, int start, int end, int paragraph) {
        if (end > start && !text.substring(start, end).isBlank()) {
            sentences.add(new Sentence(start, end, paragraph));
        }
    }

    /** The attribution of the quote before it: a short name or pronoun, a cue and at most five words to the stop. */
    private static final java.util.regex.Pattern ATTRIBUTION = java.util.regex.Pattern.compile(
            "^ +(?:(?:[A-Z][\\p{L}.’'-]*\\s+){1,4}|(?:he|she|they|it)\\s+)(?:" + Cues.CUE_WORDS + ")\\b"
            + "(?:\\s+[^\\s.!?]+){0,5}\\s*[.!?]");

    /**
     * A quote closing on . ! ? ends its sentence when a capitalised word follows that is not its attribution
     * ("… said: “… not true.” Zadran told AFP he …"), unless the words up to the next stop are the quote's own
     * attribution ("“No.” Smith said.", "“Thanks.” Paul told reporters.").
     */
    private static boolean quoteEndsSentence(String text, int after) {
        if (after >= text.length() || text.charAt(after) != ' ') {
            return false;
        }
        int next = after;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= text.length() || !Character.isUpperCase(text.charAt(next))) {
            return false;
        }
        return !ATTRIBUTION.matcher(text.substring(after, Math.min(text.length(), after + 160))).find();
    }

    /** Words "U.S." or "U.K." modify ("the U.S. Senate", "U.S. Sen. X"): after them the sentence goes on. */
    private static final java.util.Set<String> COUNTRY_MODIFIES = java.util.Set.of("senate", "house", "capitol",
            "congress", "supreme", "constitution", "government", "army", "navy", "air", "marine", "marines", "coast",
            "department", "embassy", "attorney", "postal", "border", "census", "treasury", "justice", "state", "military",
            "chamber", "open", "district", "court", "forces", "intelligence", "president", "ambassador", "officials",
            "troops", "economy", "dollar", "sen", "rep", "sens", "reps", "gov", "secretary", "representative",
            "senator", "citizens", "citizen", "parliament", "prime", "foreign", "home", "high", "national", "federal");

    /**
     * "… in the U.S. RNC Chairwoman X said …": "U.S." or "U.K." ends its sentence when it closes a prepositional phrase
     * ("in the U.S.", "to the U.K.") and the capitalised word after it is nothing the country name would modify.
     */
    private static boolean countryEndsSentence(char[] masked, int dot, int next) {
        int a = wordStart(masked, dot);
        String word = new String(masked, a, dot - a).toLowerCase(Locale.ROOT);
        if (!word.equals("u.s") && !word.equals("u.k") || next >= masked.length
                || !Character.isUpperCase(masked[next])) {
            return false;
        }
        String before = new String(masked, Math.max(0, a - 30), a - Math.max(0, a - 30));
        if (!before.matches("(?s).*\\b(?:in|to|from|into|across|throughout|outside|inside|of|for|at|within|around|"
                + "leave|left|visit|visited|visiting)\\s+the\\s+$")) {
            return false;
        }
        int e = next;
        while (e < masked.length && (Character.isLetter(masked[e]) || masked[e] == '.')) {
            e++;
        }
        String after = new String(masked, next, e - next).replace(".", "").toLowerCase(Locale.ROOT);
        return !COUNTRY_MODIFIES.contains(after);
    }

    /** Where the word before the full stop at {@code dot} starts, its inner full stops included ("U.S", "H.R"). */
    private static int wordStart(char[] masked, int dot) {
        int a = dot;
        while (a > 0 && (Character.isLetter(masked[a - 1]) || masked[a - 1] == '.')) {
            a--;
        }
        return a;
    }

    private static boolean abbreviation(char[] masked, int dot) {
        int a = wordStart(masked, dot);
        String word = new String(masked, a, dot - a).toLowerCase(Locale.ROOT);
        // "H.R. 1", "D.C.": single letters with full stops are initials, whatever follows
        return Lexicon.ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(masked[a])
                || word.matches("(?:\\p{L}\\.)+\\p{L}");
    }
}
