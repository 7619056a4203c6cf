package io.verbatim.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage 3 helper, name recognition: which capitalised words can be a person's name. Places, months, weekdays and
 * sentence openers never are ("Ukraine", "California", "Monday", "Also", "When"); trailing time and place phrases
 * ("Sen. Jim Inhofe of Oklahoma", "Eric Holder on Monday") are not part of a name.
 */
final class Names {

    static final Set<String> NOT_NAMES = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december", "today",
            "yesterday", "tonight", "also", "when", "but", "and", "however", "meanwhile", "still", "then", "now",
            "later", "earlier", "instead", "while", "after", "before", "since", "although", "though", "if", "as",
            "in", "on", "at", "this", "that", "these", "those", "it", "there", "here", "yet", "so", "why", "what",
            "how", "where", "who", "we", "they", "i", "you", "our", "his", "her", "their", "its", "my",
            "ukraine", "russia", "china", "iran", "israel", "syria", "france", "germany", "britain", "england",
            "scotland", "wales", "ireland", "europe", "america", "washington", "moscow", "kyiv", "kiev", "beijing",
            "london", "paris", "brussels", "berlin", "crimea", "gaza", "japan", "india", "canada", "mexico",
            "afghanistan", "iraq", "turkey", "poland", "italy", "spain", "australia", "african", "american",
            "british", "russian", "chinese", "french", "german", "european", "ukrainian", "israeli", "iranian",
            "republican", "republicans", "democrat", "democrats", "democratic", "conservative", "labour", "tory",
            "york", "california", "texas", "florida", "virginia", "ohio", "georgia", "new", "north", "south", "east",
            "west", "united", "states", "kingdom", "city", "county", "state", "hampshire", "jersey",
            "carolina", "dakota", "island", "alabama", "alaska", "arizona", "arkansas", "colorado", "connecticut",
            "delaware", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
            "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
            "nevada", "oklahoma", "oregon", "pennsylvania", "tennessee", "utah", "vermont", "wisconsin", "wyoming");

    private static final String DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern TIME_TAIL = Pattern.compile("(?:\\s+(?:(?:on|this|last|early|late)\\s+)?" + DAY
            + "(?:\\s+(?:morning|afternoon|evening|night))?|\\s+(?:today|tonight|yesterday|earlier|later|again|also"
            + "|then))+$");
    private static final Pattern PLACE_TAIL = Pattern.compile("\\s+of\\s+([A-Z][\\p{L}]+(?:\\s+[A-Z][\\p{L}]+)?)$");

    private static final Pattern HANDLE = Pattern.compile("\\s*\\((?:@[^)]*|[DRI]|[A-Z]{2,4})\\)");
    /** Titles that can sit inside a capitalised run before a person's name ("Police Department Commissioner X"). */
    static final Set<String> PERSON_TITLES = Set.of("commissioner", "minister", "secretary", "chairman", "chairwoman",
            "director", "chief", "spokesman", "spokeswoman", "spokesperson", "ceo", "chair", "president", "governor",
            "mayor", "senator", "speaker", "attorney", "general", "judge", "ambassador", "officer", "inspector");

    /** A title word before a name ("Sen.", "Chief") or inside a name run ("Commissioner"), in lower case. */
    static boolean isTitle(String lower) {
        return Lexicon.TITLES.containsKey(lower) || PERSON_TITLES.contains(lower);
    }

    /** The words after the last person title inside a name run, when two or more remain; else the run itself. */
    static List<String> afterTitle(List<String> words) {
        for (int i = words.size() - 3; i >= 0; i--) {
            if (PERSON_TITLES.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                return words.subList(i + 1, words.size());
            }
        }
        return words;
    }

    private Names() {
    }

    /** The phrase without a trailing time ("on Monday") or "of &lt;place&gt;" after a name. */
    static String stripTail(String phrase) {
        String p = HANDLE.matcher(phrase).replaceAll("");
        p = TIME_TAIL.matcher(p).replaceFirst("");
        var place = PLACE_TAIL.matcher(p);
        if (place.find() && notAName(List.of(place.group(1).split("\\s+")))
                && !Lexicon.ORGANISATION_WORDS.contains(lastWord(p.substring(0, place.start())))) {
            p = p.substring(0, place.start());
        }
        return p.isBlank() ? phrase : p;
    }

    private static String lastWord(String s) {
        String t = s.strip();
        return t.substring(t.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** True when every word is a place, month, weekday, nationality or sentence opener. */
    static boolean notAName(List<String> words) {
        return !words.isEmpty() && words.stream()
                .allMatch(w -> NOT_NAMES.contains(w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "")));
    }

    /** A quoted phrase of capitalised words ("Gang of Eight", "Face the Nation"): a title or name, not speech. */
    static boolean isTitleLike(String quoted) {
        String[] words = quoted.strip().replaceAll("[,.;:!?]+$", "").split("\\s+");
        if (words.length > 6 || words.length == 0) {
            return false;
        }
        boolean capital = false;
        for (String w : words) {
            if (w.isEmpty()) {
                return false;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                capital = true;
            } else if (!Set.of("of", "the", "and", "for", "in", "on", "a", "to").contains(w)) {
                return false;
            }
        }
        return capital && Character.isUpperCase(words[0].charAt(0));
    }
}
