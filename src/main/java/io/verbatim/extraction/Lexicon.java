package io.verbatim.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists the extraction rules use: titles, role nouns, first names for pronoun gender, US states. */
final class Lexicon {

    private Lexicon() {
    }

    /** Abbreviations whose full stop does not end a sentence (lower case, without the final dot). */
    static final Set<String> ABBREVIATIONS = Set.of("sen", "sens", "rep", "reps", "gov", "mr", "mrs", "ms", "dr",
            "st", "jr", "sr", "lt", "gen", "col", "sgt", "prof", "pres", "sec", "atty", "no", "vs", "u.s", "u.k",
            "u.n", "d.c", "dep", "det", "capt", "cmdr", "adm", "supt", "insp", "cpl", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "inc", "corp", "co", "mt", "ft", "rev");

    /** Title words before a name; each maps to the role noun a later description ("the senator") refers to. */
    static final Map<String, String> TITLES = new HashMap<>();

    /**
     * A member of a parliament's letters: a title before the name ("Tory MP Mark Francois"), dropped after it
     * ("Michael Gapes MP").
     */
    static final java.util.Set<String> POST_NOMINALS = java.util.Set.of("mp", "mep", "msp", "mla", "td");

    static {
        for (String t : new String[] {"sen.", "sens.", "senator"}) {
            TITLES.put(t, "senator");
        }
        for (String t : new String[] {"rep.", "representative", "congressman", "congresswoman"}) {
            TITLES.put(t, "representative");
        }
        TITLES.put("gov.", "governor");
        TITLES.put("governor", "governor");
        TITLES.put("president", "president");
        TITLES.put("secretary", "secretary");
        TITLES.put("minister", "minister");
        TITLES.put("chancellor", "chancellor");
        TITLES.put("mayor", "mayor");
        TITLES.put("ambassador", "ambassador");
        TITLES.put("chairman", "chairman");
        TITLES.put("chairwoman", "chairman");
        TITLES.put("leader", "leader");
        TITLES.put("judge", "judge");
        TITLES.put("chief", "chief");
        TITLES.put("justice", "judge");
        TITLES.put("speaker", "speaker");
        TITLES.put("premier", "minister"); // "NSW Premier Barry O'Farrell"
        TITLES.put("sheriff", "sheriff"); // "Sheriff Jeff Jaeger", then "Sheriff Jaeger" and "the sheriff"
        for (String t : POST_NOMINALS) {
            TITLES.put(t, "lawmaker");
        }
        // "Governor-elect Janet Mills", "President-elect X": the post to be held is the role
        for (String post : new String[] {"governor", "president", "mayor", "senator"}) {
            TITLES.put(post + "-elect", post);
        }
        // British style writes "Mr Spencer", "Ms Owen" without the full stop
        for (String t : new String[] {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "gen.", "prof.", "professor", "general", "vice",
                "prime", "majority", "minority", "former", "deputy", "attorney", "state", "foreign",
                "house", "senate", "rev.", "lt.", "col.", "dep.", "det.", "capt.", "sgt.", "interim",
                "sir", "dame", "whip", "lieutenant", "sergeant", "captain", "detective", "commissioner", "officer", "acting", "press", "defense", "interior", "treasury"}) {
            TITLES.putIfAbsent(t, "");
        }
    }

    /** Role nouns a definite description may use, mapped to the role recorded from titles. */
    static final Map<String, String> ROLE_NOUNS = Map.ofEntries(
            Map.entry("senator", "senator"), Map.entry("congressman", "representative"),
            Map.entry("congresswoman", "representative"), Map.entry("representative", "representative"),
            Map.entry("lawmaker", "lawmaker"), Map.entry("governor", "governor"), Map.entry("president", "president"),
            Map.entry("minister", "minister"), Map.entry("secretary", "secretary"), Map.entry("mayor", "mayor"),
            Map.entry("chairman", "chairman"), Map.entry("chairwoman", "chairman"), Map.entry("chancellor", "chancellor"),
            Map.entry("ambassador", "ambassador"), Map.entry("democrat", "democrat"),
            Map.entry("republican", "republican"), Map.entry("leader", "leader"), Map.entry("chief", "chief"),
            // Westminster and Dáil members; "the head of state" is the president the article named
            Map.entry("mp", "lawmaker"), Map.entry("td", "lawmaker"), Map.entry("mep", "lawmaker"),
            Map.entry("frontbencher", "lawmaker"), Map.entry("backbencher", "lawmaker"), Map.entry("sheriff", "sheriff"),
            Map.entry("head of state", "president"), Map.entry("premier", "minister"), Map.entry("speaker", "speaker"));

    static final Set<String> MALE = Set.of("rand", "donald", "mike", "michael", "john", "james", "robert", "bob",
            "william", "bill", "david", "richard", "joseph", "joe", "thomas", "tom", "charles", "chuck", "mitch",
            "vladimir", "mikhail", "sergio", "konstantin", "sergey", "sergei", "barack", "george", "mark", "paul",
            "steven", "steve", "kevin", "brian", "ted", "marco", "lindsey", "jeff", "adam", "peter", "ben", "bernie",
            "kim", "emmanuel", "boris", "olaf", "justin", "xi", "recep", "benjamin", "andrew", "dan", "daniel", "jim",
            "tim", "timothy", "chris", "christopher", "matt", "matthew", "eric", "scott", "greg", "jason", "ron",
            "rick", "jack", "frank", "henry", "carlos", "luis", "jorge", "ahmed", "mohammed", "hans", "pierre",
            "dmitry", "dmitri", "alexei", "sean", "patrick", "ryan", "tony", "anthony", "martin", "pedro");

    static final Set<String> FEMALE = Set.of("jeanne", "nancy", "hillary", "elizabeth", "kamala", "amy", "susan",
            "lisa", "maria", "mary", "patricia", "jennifer", "linda", "barbara", "sarah", "karen", "nikki", "angela",
            "theresa", "ursula", "jacinda", "liz", "kirsten", "tammy", "maggie", "dianne", "claire", "heidi", "marsha",
            "joni", "shelley", "alexandria", "ilhan", "rashida", "ayanna", "katie", "emily", "anna", "laura", "julia",
            "rachel", "rebecca", "sophie", "helen", "catherine", "kate", "ana", "carmen", "ruth", "sonia", "janet",
            "gina", "christine", "michelle", "melania", "jill", "valerie", "marie", "olga", "natalia", "irina",
            "yulia", "fatima", "aisha", "priya", "grace", "diane", "martha", "kelly", "megan", "hannah", "jane");

    /** Organisation words: a capitalised phrase holding one is an organisation, not a person. */
    static final Set<String> ORGANISATION_WORDS = Set.of("house", "kremlin", "pentagon", "department", "ministry",
            "office", "institute", "committee", "council", "agency", "commission", "party", "union", "campaign",
            "company", "corporation", "inc.", "corp.", "bank", "university", "foundation", "association", "court",
            "senate", "congress", "government", "administration", "embassy", "police", "army", "navy", "times",
            "post", "beast", "news", "group", "organization", "organisation", "federation", "assembly", "parliament",
            "nato", "fbi", "cia", "un", "eu", "who", "coalition", "league", "board", "service", "center", "centre", "street", "cabinet", "authority");

    private static final Map<String, String> STATES = new HashMap<>();

    static {
        String[] pairs = {"AL", "Alabama", "AK", "Alaska", "AZ", "Arizona", "AR", "Arkansas", "CA", "California", "CO",
                "Colorado", "CT", "Connecticut", "DE", "Delaware", "FL", "Florida", "GA", "Georgia", "HI", "Hawaii",
                "ID", "Idaho", "IL", "Illinois", "IN", "Indiana", "IA", "Iowa", "KS", "Kansas", "KY", "Kentucky", "LA",
                "Louisiana", "ME", "Maine", "MD", "Maryland", "MA", "Massachusetts", "MI", "Michigan", "MN",
                "Minnesota", "MS", "Mississippi", "MO", "Missouri", "MT", "Montana", "NE", "Nebraska", "NV", "Nevada",
                "NH", "New Hampshire", "NJ", "New Jersey", "NM", "New Mexico", "NY", "New York", "NC",
                "North Carolina", "ND", "North Dakota", "OH", "Ohio", "OK", "Oklahoma", "OR", "Oregon", "PA",
                "Pennsylvania", "RI", "Rhode Island", "SC", "South Carolina", "SD", "South Dakota", "TN", "Tennessee",
                "TX", "Texas", "UT", "Utah", "VT", "Vermont", "VA", "Virginia", "WA", "Washington", "WV",
                "West Virginia", "WI", "Wisconsin", "WY", "Wyoming"};
        for (int i = 0; i < pairs.length; i += 2) {
            STATES.put(pairs[i + 1].toLowerCase(Locale.ROOT), pairs[i]);
        }
    }

    /** "Senate Majority Leader", "House Minority Whip", "Senate Judiciary Chairman": a post held by a member. */
    private static final java.util.regex.Pattern CHAMBER_POST = java.util.regex.Pattern.compile(
            "\\b(Senate|House)(?:\\s+[A-Z][\\p{L}]+){0,2}\\s+(?:Leader|Whip|Chairman|Chairwoman|Chair|Speaker)$");

    /** The member role a chamber post ending the text implies ({@code senator}, {@code representative}), or null. */
    static String chamberRole(String textEndingWithTitle) {
        java.util.regex.Matcher m = CHAMBER_POST.matcher(textEndingWithTitle.strip());
        return !m.find() ? null : m.group(1).equals("Senate") ? "senator" : "representative";
    }

    /** AP-style state abbreviations in party tags ("R-Ky.", "D-Calif."), without their full stops, to codes. */
    private static final Map<String, String> AP_STATES = new HashMap<>();

    static {
        String[] pairs = {"Ala", "AL", "Ariz", "AZ", "Ark", "AR", "Calif", "CA", "Cal", "CA", "Colo", "CO", "Conn",
                "CT", "Del", "DE", "Fla", "FL", "Ga", "GA", "Ill", "IL", "Ind", "IN", "Kan", "KS", "Kans", "KS", "Ky",
                "KY", "La", "LA", "Md", "MD", "Mass", "MA", "Mich", "MI", "Minn", "MN", "Miss", "MS", "Mo", "MO",
                "Mont", "MT", "Neb", "NE", "Nebr", "NE", "Nev", "NV", "Okla", "OK", "Ore", "OR", "Pa", "PA", "Penn",
                "PA", "Tenn", "TN", "Tex", "TX", "Vt", "VT", "Va", "VA", "Wash", "WA", "Wis", "WI", "Wisc", "WI",
                "Wyo", "WY", "WVa", "WV"};
        for (int i = 0; i < pairs.length; i += 2) {
            AP_STATES.put(pairs[i], pairs[i + 1]);
        }
    }

    /** "(R-Ky.)", "(D-N.Y.)", "(R-Texas)", ", R-Wyo.,", ", D-Calif.": a party tag with its state (or town). */
    private static final java.util.regex.Pattern AP_PARTY_TAG = java.util.regex.Pattern.compile(
            "\\(([DRI])-([A-Z][\\p{L}.]*(?:\\s[A-Z][\\p{L}.]*)?)\\)|,\\s+([DRI])-([A-Z][\\p{L}.]*(?:\\s[A-Z][\\p{L}]*\\.?)?)"
            + "(?=,|\\s|$)");

    /** The two-letter code of a state as a party tag writes it ("Ky.", "N.Y.", "Texas", "SC"), or null (a town). */
    static String tagState(String tag) {
        String bare = tag.replace(".", "").replace(" ", "");
        if (bare.matches("[A-Z]{2}")) {
            return bare;
        }
        String code = stateCode(tag.replace(".", "").strip());
        return code != null ? code : AP_STATES.get(bare);
    }

    /**
     * The rewriting of the {@link #AP_PARTY_TAG} match: "(R-KY)", " (D-NY)" for a tag after a comma, "(R)" for a town;
     * null when it would be longer than the tag or is the tag itself (nothing to rewrite).
     */
    private static String rewrittenTag(java.util.regex.Matcher m) {
        boolean comma = m.group(3) != null;
        String party = comma ? m.group(3) : m.group(1);
        String state = tagState(comma ? m.group(4) : m.group(2));
        String tag = (comma ? " " : "") + "(" + party + (state != null ? "-" + state : "") + ")";
        return tag.length() > m.group().length() || tag.equals(m.group()) ? null : tag;
    }

    /**
     * The text with every AP-style party tag rewritten as "(R-KY)" or, when the tag names a town ("R-Clarence"), "(R)",
     * padded with spaces to the same length so offsets hold; a tag whose rewriting would be longer is left alone.
     */
    static String partyTags(String text) {
        if (text.indexOf('-') < 0) {
            return text;
        }
        java.util.regex.Matcher m = AP_PARTY_TAG.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String tag = rewrittenTag(m);
            if (tag == null) {
                continue;
            }
            String found = m.group();
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(tag).append(" ".repeat(found.length() - tag.length()));
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /**
     * A descriptor read from the rewritten text of {@link #partyTags} with each tag put back as {@code raw} writes it
     * ("Sen. Ann Vale (R-KY)" → "Sen. Ann Vale (R-Ky.)", "Rep. Tom Reed (D-NY)" → "Rep. Tom Reed, D-N.Y."): a
     * descriptor quotes the text.
     */
    static String tagsAsWritten(String descriptor, String raw) {
        if (descriptor == null || raw.indexOf('-') < 0) {
            return descriptor;
        }
        String result = descriptor;
        java.util.regex.Matcher m = AP_PARTY_TAG.matcher(raw);
        while (m.find()) {
            String tag = rewrittenTag(m);
            String rewritten = tag == null ? null : tag.strip();
            int at = rewritten == null ? -1 : result.indexOf(rewritten);
            if (at >= 0) {
                boolean comma = m.group(3) != null;
                int from = comma && at > 0 && result.charAt(at - 1) == ' ' ? at - 1 : at;
                result = result.substring(0, from) + m.group() + result.substring(at + rewritten.length());
            }
        }
        return result;
    }

    /** The two-letter code of a US state named in full, or null. */
    static String stateCode(String name) {
        return name == null ? null : STATES.get(name.toLowerCase(Locale.ROOT));
    }

    static char gender(String firstName) {
        String lower = firstName.toLowerCase(Locale.ROOT);
        char g = MALE.contains(lower) ? 'M' : FEMALE.contains(lower) ? 'F' : '?';
        if (g == '?' && lower.indexOf('-') > 0) {
            // "Anne-Claire", "Jean-Pierre": the first part that the lists know decides
            char first = gender(lower.substring(0, lower.indexOf('-')));
            return first != '?' ? first : gender(lower.substring(lower.indexOf('-') + 1));
        }
        return g;
    }
}
