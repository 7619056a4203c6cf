package io.verbatim.quotecheck;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quote as a list of words, compared without case, accents, punctuation, curly-versus-straight quotes or spacing:
 * "Thanks, but no thanks." and "thanks but NO thanks" are the same words.
 */
record QuoteText(List<String> words, List<String> originals, List<int[]> spans) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    static QuoteText of(String text) {
        List<String> words = new ArrayList<>();
        List<String> originals = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String original = matcher.group();
            originals.add(original);
            words.add(normalise(original));
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        return new QuoteText(List.copyOf(words), List.copyOf(originals), List.copyOf(spans));
    }

    private static String normalise(String word) {
        String folded = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("");
        return folded.replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    int size() {
        return words.size();
    }

    /** The words joined by single spaces, as PostgreSQL's trigram search compares them. */
    String joined() {
        return String.join(" ", words);
    }
}
