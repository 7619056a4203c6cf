package io.verbatim.quotecheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes claimed variants of recorded statements, as quotes get mangled in circulation: the same words with other
 * punctuation, quote marks and case; a cut from the middle; one to three words replaced, dropped or inserted; and
 * unrelated texts. Deterministic for a seed.
 */
final class QuoteVariants {

    private static final String[] COMMON = ("the of and to a in that is for it we our they will not be have this with "
            + "on as are was people country state government law money tax jobs war peace plan vote time year").split(" ");
    private static final String[] SYLLABLES = {"ba", "ce", "di", "fo", "gu", "ha", "ke", "li", "mo", "nu", "pa", "ro",
            "sa", "te", "vi", "wo", "ze", "bran", "cor", "dex", "fal", "gor", "hul", "jin", "kas", "lor", "mir", "pol"};

    private final Random random;

    QuoteVariants(long seed) {
        this.random = new Random(seed);
    }

    /** A statement-like text of {@code words} words, half common words, half rarer made-up ones. */
    String sentence(int words) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            list.add(word());
        }
        String text = String.join(" ", list);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    String word() {
        if (random.nextBoolean()) {
            return COMMON[random.nextInt(COMMON.length)];
        }
        StringBuilder word = new StringBuilder();
        for (int s = 0; s < 2 + random.nextInt(2); s++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    /** The same words, with other punctuation, curly quotes and case. */
    String repunctuated(String text) {
        String[] words = words(text);
        StringBuilder claim = new StringBuilder("“");
        for (int i = 0; i < words.length; i++) {
            String word = random.nextInt(4) == 0 ? words[i].toUpperCase() : words[i].toLowerCase();
            claim.append(i == 0 ? "" : random.nextInt(6) == 0 ? ", " : random.nextInt(8) == 0 ? " — " : " ").append(word);
        }
        return claim.append(random.nextBoolean() ? "!”" : "…”").toString();
    }

    /** A contiguous middle part of at least five words, without the first and last word. */
    String excerpt(String text) {
        String[] words = words(text);
        int length = 5 + random.nextInt(Math.max(1, words.length - 7));
        int start = 1 + random.nextInt(Math.max(1, words.length - length - 1));
        return String.join(" ", Arrays.copyOfRange(words, start, Math.min(words.length - 1, start + length)));
    }

    String replaced(String text, int count) {
        List<String> words = new ArrayList<>(List.of(words(text)));
        for (int position : positions(words.size(), count)) {
            String replacement;
            do {
                replacement = word();
            } while (replacement.equalsIgnoreCase(words.get(position)));
            words.set(position, replacement);
        }
        return String.join(" ", words);
    }

    String dropped(String text, int count) {
        List<String> words = new ArrayList<>(List.of(words(text)));
        List<Integer> positions = positions(words.size(), count);
        positions.sort(java.util.Comparator.reverseOrder());
        positions.forEach(position -> words.remove((int) position));
        return String.join(" ", words);
    }

    String inserted(String text, int count) {
        List<String> words = new ArrayList<>(List.of(words(text)));
        for (int i = 0; i < count; i++) {
            words.add(1 + random.nextInt(words.size() - 1), word());
        }
        return String.join(" ", words);
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** Distinct positions away from the ends, so that an edit is not mistaken for a cut. */
    private List<Integer> positions(int size, int count) {
        List<Integer> all = new ArrayList<>();
        for (int i = 1; i < size - 1; i++) {
            all.add(i);
        }
        java.util.Collections.shuffle(all, random);
        return new ArrayList<>(all.subList(0, count));
    }

    private static String[] words(String text) {
        return text.replaceAll("[.,!?]", "").split("\\s+");
    }
}
