package io.verbatim.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A Zipf-distributed English vocabulary for generated statements: common news words first, then made-up words for
 * the long tail, so that frequent and rare words behave as they do in real text (a few words in most statements,
 * most words in very few).
 */
final class Vocabulary {

    private static final String COMMON = """
            the of and to a in that is for it on be with as was we this not are have they our by will at
            has but from he an i his more all their about which there been would can people who its so
            what were if no one when up do out should than also only other new us these time said may
            must any now them very government president senate congress state states american country
            united russia russian sanctions policy foreign security nuclear weapons peace war military
            economy economic trade tariffs jobs workers tax taxes budget deficit spending health care
            insurance hospitals education schools students teachers climate energy oil gas coal power
            emissions border immigration immigrants law justice court courts judge rights vote voters
            election elections campaign party democrats republicans committee amendment bill legislation
            vote majority minority leader leadership administration secretary minister ministry office
            public private money billion million percent year years week day today tomorrow yesterday
            history future world global international national local community family families children
            women men citizens support oppose believe think know need want make made continue continues
            important clear strong strongly absolutely never always every many much most better best
            worse worst good great bad serious dangerous safe safety threat threats attack attacks defense
            alliance nato europe china ukraine israel iran syria korea mexico canada britain france germany
            japan india dialogue diplomacy relations relationship meeting talks agreement deal deals treaty
            negotiations cooperation pressure response crisis emergency plan plans proposal proposals
            reform reforms change changes growth prices inflation interest rates bank banks market markets
            companies business businesses industry technology internet data privacy media press freedom
            democracy institutions constitution investigation report reports evidence truth facts question
            questions answer answers problem problems issue issues decision decisions action actions
            responsibility accountable accountability transparency corruption fraud crime police violence
            guns gun victims protect protection fight fighting work working help helping build building
            invest investment infrastructure roads bridges water housing homes rent poverty wages income
            retirement pensions veterans troops soldiers service services program programs funding fund
            """;

    private static final String[] SYLLABLES = {
            "ba", "ce", "di", "fo", "gu", "ha", "ke", "li", "mo", "nu", "pa", "qui", "ro", "sa", "te", "vi",
            "wo", "xa", "yo", "ze", "bran", "cor", "dex", "fal", "gor", "hul", "jin", "kas", "lor", "mir",
            "nor", "pol", "rin", "sol", "tar", "ul", "ven", "wil", "yar", "zon"};

    private final List<String> words;
    private final double[] cumulative;

    Vocabulary(int size, double exponent, Random random) {
        List<String> list = new ArrayList<>(Arrays.stream(COMMON.trim().split("\\s+")).distinct().toList());
        var seen = new java.util.HashSet<>(list);
        while (list.size() < size) {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int i = 0; i < syllables; i++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            if (seen.add(word.toString())) {
                list.add(word.toString());
            }
        }
        this.words = List.copyOf(list);
        this.cumulative = new double[words.size()];
        double total = 0;
        for (int rank = 0; rank < words.size(); rank++) {
            total += 1.0 / Math.pow(rank + 1, exponent);
            cumulative[rank] = total;
        }
        for (int rank = 0; rank < cumulative.length; rank++) {
            cumulative[rank] /= total;
        }
    }

    String word(Random random) {
        return words.get(rank(random));
    }

    String word(int rank) {
        return words.get(rank);
    }

    int size() {
        return words.size();
    }

    /** A rank drawn from the Zipf distribution. */
    int rank(Random random) {
        return rankAt(random.nextDouble());
    }

    /** The rank at {@code quantile} (0 to 1) of the distribution: the inverse of its cumulative distribution. */
    int rankAt(double quantile) {
        int index = Arrays.binarySearch(cumulative, quantile);
        return Math.min(index >= 0 ? index : -index - 1, cumulative.length - 1);
    }

    /** A sentence-like text of {@code length} words, capitalised and punctuated. */
    String text(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String word = word(random);
            if (i == 0 || text.charAt(text.length() - 2) == '.') {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            text.append(word);
            boolean endOfSentence = i == length - 1 || random.nextInt(14) == 0;
            text.append(endOfSentence ? ". " : random.nextInt(10) == 0 ? ", " : " ");
        }
        return text.toString().trim();
    }
}
