package io.verbatim.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 3: speaker candidates. Reads a speaker phrase (the words a cue points at) into its parts, without deciding
 * who it refers to: lead-ins and relative clauses dropped, an appositive split off ("Sergio Gor, the senator’s deputy
 * chief of staff"), and the head classified as a pronoun, an unnamed spokesperson ("a Paul spokesman", "a spokesman
 * for X"), a possessive ("Paul’s office"), a description ("the Kentucky senator"), an organisation ("the White
 * House"), or a name: the trailing run of capitalised words that are not titles, with its titles, party-state tag and
 * staff title. Names that are places, months or sentence openers are rejected here ({@link Names}). Pure: tested on
 * its own; {@link Resolver} turns a candidate into an entity.
 */
final class SpeakerCandidates {

    static final Pattern RELATIVE = Pattern.compile("(,\\s*|\\s+)(who|which|whose|whom)\\b");
    private static final Pattern LEAD_IN = Pattern.compile("^(?:(?:(?i:in|on)|(?:One|Two|Three|A|Several|Hours|Days"
            + "|Weeks|Months|Minutes)\\s+(?:[a-z]+\\s+)?(?:after|before|later|earlier|since)|At|During|After|Before|Later|Earlier|Asked"
            + "|Speaking|Questioned|Pressed|Quizzed|Challenged|Meanwhile|Separately|Still|However|Instead|Then|Today|Yesterday|Last|This|When|While|As|If|Although"
            + "|Though|Because|Since|Despite|Reached|Interviewed|Responding|Following|Amid|Through|Writing|Appearing"
            + "|Addressing|Testifying|Answering|Commenting|Reacting|Announcing|Discussing|Citing|Referring|Once|Upon|Under|With|Afterwards|Afterward|Additionally"
            + "|Finally|Elsewhere|Previously|Similarly|Likewise|Ultimately|Moreover|Furthermore|Again|Also|Now|Early|Late"
            + "|To)\\b[^,]*,\\s*)+");
    /** "TALLAHASSEE, Fla., Dec. 30 -- ", "WASHINGTON – ", "(CNN) -- ": a dateline, never a speaker. */
    private static final Pattern DATELINE = Pattern.compile("^\\(?[A-Z][A-Z.'’ -]{2,}\\)?(?:,\\s*[A-Z][\\p{L}.]*)*"
            + "(?:,?\\s*[A-Z][a-z]{2,}\\.?\\s+\\d{1,2})?(?:\\s*\\([A-Z][\\p{L}]{1,15}\\))?\\s*(?:--|[–—]|\\s-)\\s+");
    /** "Shillong, Sept 27: ", "Sangrur, July 31 (ANI) - ": a place in mixed case, then a month and a day. */
    private static final Pattern DATED_PLACE = Pattern.compile("^[A-Z][\\p{L}.'’-]+(?:\\s+[A-Z][\\p{L}.'’-]+){0,2},\\s*"
            + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?"
            + "(?:\\s*\\([A-Z][\\p{L}]{1,15}\\))?\\s*(?::|--|[–—]|\\s-)\\s+");
    /** "In one post he", "And in another he": a circumstance with no comma before the pronoun that speaks. */
    private static final Pattern CIRCUMSTANCE_PRONOUN = Pattern.compile("^(?:(?:And|But)\\s+)?(?:[Ii]n|[Oo]n|[Aa]t"
            + "|During|After|Before|Later)\\s+(?:[\\p{L}’'-]+\\s+){1,4}?(?=(?:he|she|they|we)$)");
    /** "Washington – Following …": a place in mixed case before a dash, opening a release. */
    private static final Pattern PLACE_DASH = Pattern.compile("^[A-Z][\\p{L}.]+(?:\\s+[A-Z][\\p{L}.]+)?(?:,\\s*[A-Z][\\p{L}.]*)?"
            + "\\s+(?:--|[–—])\\s+");
    private static final Pattern TITLE_COMMA_NAME = Pattern.compile("^((?:[A-Z][\\p{L}.]*\\s+){0,3}([A-Z][\\p{L}.]*)),"
            + "\\s+(?=[A-Z])");
    /** "But …", and ", as South Dakota Gov. Kristi Noem" after an earlier clause's quote. */
    private static final Pattern CONJUNCTION = Pattern.compile("^(?:But|And|Yet|So|Now|Still|(?:[,;]\\s*)?(?:as|while"
            + "|whereas|and|but)(?=\\s+[A-Z]))\\s+");
    private static final Pattern DISTRICT_TAG = Pattern.compile("\\s*\\([A-Z]{2}-\\d{1,2}\\)");
    private static final Pattern PARTY_TAG = Pattern.compile("\\s*\\(([DRI])(?:-([A-Z]{2}))?\\)");
    static final String STAFF = "(?:(?:deputy|senior|chief|assistant|national)\\s+)*(?:chief of staff|press "
            + "secretary|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|communications director|campaign "
            + "manager|press officer|lawyer|attorney)";
    private static final Pattern STAFF_APPOSITIVE = Pattern.compile("^(?:(?:a|an|the)\\s+)?(?:(.+?)['’]s?\\s+)?("
            + STAFF + ")(?:\\s+(?:for|to|of)\\s+(.+))?$");
    private static final Pattern OWNED_STAFF = Pattern.compile("^([a-z]+)\\s+" + STAFF + "$");
    /** "a spokesperson", "the spokesman", "an official": a speaker phrase that names nobody and no principal. */
    static final Pattern BARE_SPOKESPERSON = Pattern.compile("^(?:a|an|the)\\s+(?:[a-z]+\\s+)?(?:spokesman|spokeswoman"
            + "|spokesperson|official|representative)$");
    private static final Pattern UNNAMED_SPOKESPERSON = Pattern.compile("^(?:[Aa]|[Aa]n|[Tt]he)\\s+([A-Z][\\p{L}.’' -]*?)\\s+"
            + "(spokesman|spokeswoman|spokesperson|aide|official)$");
    private static final Pattern SPOKESPERSON_FOR = Pattern.compile("^(?:[Aa]|[Aa]n|[Tt]he)\\s+(spokesman|spokeswoman|"
            + "spokesperson|aide|official)\\s+(?:for|to|from)\\s+(.+)$");
    private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)['’]s\\s+(office|campaign|spokesman|spokeswoman|"
            + "spokesperson|aide)$");
    private static final Pattern DESCRIPTION = Pattern.compile("^[Tt]he\\s+(?:(?:interim|acting|former|deputy"
            + "|longtime|long-time|veteran|outgoing|incoming|embattled|retiring|powerful|top|senior)\\s+)?"
            + "(?:([A-Z][\\p{L}]+(?:\\s+[A-Z][\\p{L}]+)?)\\s+)?((?i:" + String.join("|", Lexicon.ROLE_NOUNS.keySet())
            + "))$");
    static final Pattern PRONOUN = Pattern.compile("^(he|she|He|She)$");
    /** An indefinite description ("A Labour MP", "An Ohio Republican"): no one's name. */
    private static final Pattern UNNAMED_MEMBER = Pattern.compile("^(?:(?:A|An)\\s+(?:[\\p{L}.’'-]+\\s+){0,4}"
            + "[\\p{L}.’'-]+)$");
    /** "Leader of the Brent Liberal Democrats, Cllr Anton Georgiou": a post before the holder's name. */
    private static final Pattern POST_OF = Pattern.compile("^(?:[A-Z][\\p{L}-]*\\s+){0,2}(?:Leader|Chairman|Chairwoman"
            + "|Chair|President|Director|Head|Secretary|Minister|Chief|Member|Spokesman|Spokeswoman|Spokesperson|Founder"
            + "|Mayor|Governor|Commissioner|Executive)\\s+(?:of|for)\\s+.{2,80}$");
    /** "AFC Chief Executive", "Club Head Coach": capitalised words ending with a post, before a name set off by commas. */
    private static final Pattern POST_BEFORE_NAME = Pattern.compile("^(?:[A-Z][\\p{L}&.’'-]*\\s+){0,5}(?:Executive|Officer"
            + "|Director|Chairman|Chairwoman|Chair|Founder|Co-founder|President|Manager|Coach|Captain|Spokesman"
            + "|Spokeswoman|Spokesperson|CEO|CFO|COO|CTO|MD|Secretary|Commissioner|Superintendent|Principal|Dean)$");
    /** A full name: two to four capitalised words, nothing else. */
    private static final Pattern FULL_NAME = Pattern.compile("^[A-Z][\\p{L}.’'-]+(?:\\s+[A-Z][\\p{L}.’'-]+){1,3}$");
    /** "Carl Winters’ spokeswoman": a possessive staff phrase before the staffer's name. */
    private static final Pattern STAFF_BEFORE_NAME = Pattern.compile("^.{2,80}['’]s?\\s+" + STAFF + "$");
    /** "majority leader Rep. Steny Hoyer": lower-case words before a titled or full name, not a description. */
    private static final Pattern LOWER_THEN_NAME = Pattern.compile("^(?!(?:a|an|one|another|some|two|three|several"
            + "|each|any|no)\\s)(?:[a-z][\\p{L}-]*\\s+){1,4}(?:[A-Z][\\p{L}.’'-]*"
            + "\\s+){1,5}[A-Z][\\p{L}’'-]+(?:\\s*\\([DRI]-[A-Z]{2}\\))?$");
    /** "A statement issued by X", "a press release signed by X": the issuer speaks. */
    static final Pattern STATEMENT_BY = Pattern.compile("^(?:[Aa]n?|[Tt]he)\\s+(?:[a-z]+\\s+)?(?:statement|press release"
            + "|release|letter)\\s+(?:\\w+\\s+)?(?:issued|released|signed|sent|posted|published)\\s+(?:\\w+\\s+)?by\\s+"
            + "(.{3,200})$");
    /** "the tweet from Perry’s account", "a post on the senator’s official page": the account's owner posted it. */
    static final Pattern POST_FROM_ACCOUNT = Pattern.compile("^(?:[Tt]he|[Aa]n?|[Aa]nother)\\s+(?:[a-z]+\\s+)?(?:tweet"
            + "|post|message)\\s+(?:from|on)\\s+(.{2,80}?)['’]s?\\s+(?:(?:verified|official|personal|Twitter|X|Facebook"
            + "|Instagram)\\s+){0,2}(?:account|page|feed|profile|handle)$");
    /** "the statement", "the release": the document the article last attributed to an issuer. */
    static final Pattern THE_STATEMENT = Pattern.compile("^(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(?:statement|press release"
            + "|release|letter)$");
    /** "nonpartisan " before "Congressional Budget Office": lower-case words before a capitalised name. */
    private static final Pattern ADJECTIVES_BEFORE_NAME = Pattern.compile("^(?:[a-z][\\p{L}-]+\\s+){1,2}(?=[A-Z])");
    /** A capitalised name to the phrase's end, with connectors and an acronym: "Congressional Budget Office (CBO)". */
    private static final Pattern CAPITALISED_NAME = Pattern.compile("[A-Z][\\p{L}&.’'-]*(?:\\s+(?:of|for|and|the"
            + "|[A-Z][\\p{L}&.’'-]*))*(?:\\s*\\([A-Z]{2,8}\\))?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}.’'-]*");

    /** A speaker phrase split into its head and an optional appositive; {@code rules} say what was dropped. */
    record Phrase(String head, String appositive, List<String> rules) {
    }

    enum Shape { PRONOUN, UNNAMED_SPOKESPERSON, SPOKESPERSON_FOR, POSSESSIVE, REFERENCE }

    /** The head of a phrase: its shape, the principal's words and the role or possessed noun where it has them. */
    record Head(Shape shape, String text, String principal, String role) {
    }

    /** An appositive: a staff role with its principal's words, or any other description (its role words). */
    record Appositive(boolean staff, String principal, String role) {
    }

    enum Form { PRONOUN, DESCRIPTION, THE_ORGANISATION, NOTHING, NOT_A_NAME, ORGANISATION, NAME }

    /**
     * What a reference names: {@code phrase} as read (tail dropped, "the " added to a lower-case description), a
     * description's qualifier and noun, the party-state tag, the name and the words before it (titles, staff role).
     */
    record Reference(Form form, String phrase, String qualifier, String noun, String party, String state, String name,
                     List<String> nameWords, List<String> prefix) {
        /** "White House press secretary Sarah Sanders": the organisation before a lower-case staff title. */
        String staffTitleOrganisation() {
            List<String> lower = prefix.stream().filter(x -> Character.isLowerCase(x.charAt(0))).toList();
            Matcher owned = OWNED_STAFF.matcher(String.join(" ", lower));
            if (owned.matches() && prefix.stream().noneMatch(x -> Character.isUpperCase(x.charAt(0)))
                    && Lexicon.ORGANISATION_WORDS.contains(owned.group(1))) {
                // "ministry spokesperson Anne-Claire Legendre": on behalf of the ministry the article is about
                return owned.group(1);
            }
            if (!lower.isEmpty() && String.join(" ", lower).matches(STAFF)) {
                List<String> org = prefix.stream().filter(x -> Character.isUpperCase(x.charAt(0))).toList();
                if (!org.isEmpty()) {
                    return String.join(" ", org);
                }
            }
            return null;
        }
    }

    private SpeakerCandidates() {
    }

    /**
     * Where a dateline opening {@code s} at {@code from} ends ("KUALA LUMPUR, June 28 (Bernama) -- ", "Shillong, Sept
     * 27: "), else {@code from}: a dateline is neither a speaker nor part of what was said.
     */
    static int datelineEnd(String s, int from) {
        for (Pattern p : new Pattern[] {DATELINE, DATED_PLACE}) {
            Matcher m = p.matcher(s).region(from, s.length());
            if (m.lookingAt()) {
                return m.end();
            }
        }
        return from;
    }

    static String stripLeadIn(String phrase) {
        String stripped = phrase.strip();
        String p = stripped.substring(datelineEnd(stripped, 0));
        p = PLACE_DASH.matcher(p).replaceFirst("");
        p = LEAD_IN.matcher(p).replaceFirst("");
        p = CIRCUMSTANCE_PRONOUN.matcher(p).replaceFirst("");
        p = CONJUNCTION.matcher(p).replaceFirst("");
        Matcher t = TITLE_COMMA_NAME.matcher(p);
        if (t.find() && Lexicon.TITLES.containsKey(t.group(2).toLowerCase(Locale.ROOT))) {
            // "Texas Governor, Greg Abbott", "British Prime Minister, Boris Johnson": a title, not an appositive
            p = t.group(1) + " " + p.substring(t.end());
        }
        return p;
    }

    static String trimPunctuation(String s) {
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

    /** Drops a relative clause and splits an appositive off; null for an empty or overlong phrase. */
    static Phrase phrase(String raw) {
        // "Rep. Hal Rogers (KY-05)": a district tag says no more than the title
        String phrase = trimPunctuation(DISTRICT_TAG.matcher(Lexicon.partyTags(raw)).replaceAll("").replaceAll("\\s{2,}", " "));
        List<String> rules = new ArrayList<>();
        Matcher relative = RELATIVE.matcher(phrase);
        if (relative.find() && relative.start() > 0) {
            phrase = trimPunctuation(phrase.substring(0, relative.start()));
            rules.add("relative-clause-skipped");
        }
        if (phrase.isEmpty() || phrase.length() > 160) {
            return null;
        }
        int comma = topLevelComma(phrase);
        if (comma <= 0) {
            return new Phrase(phrase, null, rules);
        }
        String left = trimPunctuation(phrase.substring(0, comma));
        String right = trimPunctuation(phrase.substring(comma + 1));
        rules.add("appositive");
        if (startsLikeDescription(left) && !startsLikeDescription(right)) {
            int inner = topLevelComma(right);
            if (inner > 0 && startsLikeDescription(trimPunctuation(right.substring(inner + 1)))
                    && FULL_NAME.matcher(trimPunctuation(right.substring(0, inner))).matches()) {
                // "A shareholder in the company, Vic Alboni, the CEO of Jaguar Financial": the name between two
                // descriptions is the head, the company in the second one no speaker
                rules.add("appositive:name-between-descriptions");
                return new Phrase(trimPunctuation(right.substring(0, inner)), trimPunctuation(right.substring(inner + 1)),
                        rules);
            }
            return new Phrase(right, left, rules);
        }
        if ((STAFF_BEFORE_NAME.matcher(left).matches() || POST_OF.matcher(left).matches())
                && !right.isEmpty() && Character.isUpperCase(right.charAt(0)) && !startsLikeDescription(right)) {
            return new Phrase(right, left, rules);
        }
        if (POST_BEFORE_NAME.matcher(left).matches() && FULL_NAME.matcher(right).matches()) {
            // "AFC Chief Executive, Andrew Alli, said": a capitalised post set off before the name
            rules.add("appositive:post-before-name");
            return new Phrase(right, left, rules);
        }
        return new Phrase(left, right, rules);
    }

    static Head head(String text) {
        if (PRONOUN.matcher(text).matches()) {
            return new Head(Shape.PRONOUN, text, null, null);
        }
        Matcher m = UNNAMED_SPOKESPERSON.matcher(text);
        if (m.matches()) {
            return new Head(Shape.UNNAMED_SPOKESPERSON, text, m.group(1), m.group(2));
        }
        m = SPOKESPERSON_FOR.matcher(text);
        if (m.matches()) {
            return new Head(Shape.SPOKESPERSON_FOR, text, m.group(2), m.group(1));
        }
        m = POSSESSIVE.matcher(text);
        if (m.matches()) {
            return new Head(Shape.POSSESSIVE, text, m.group(1), m.group(2));
        }
        return new Head(Shape.REFERENCE, text, null, null);
    }

    static Appositive appositive(String text) {
        Matcher staff = STAFF_APPOSITIVE.matcher(text);
        if (staff.matches()) {
            return new Appositive(true, staff.group(1) != null ? staff.group(1) : staff.group(3), staff.group(2));
        }
        return new Appositive(false, null, text.replaceFirst("^(?:a|an|the)\\s+", ""));
    }

    /** Reads a reference: a pronoun, a description, an organisation or a name (see {@link Form}). */
    static Reference reference(String raw) {
        String tagged = Lexicon.partyTags(raw).replaceAll("\\s{2,}", " ");
        Matcher early = PARTY_TAG.matcher(tagged);
        String taggedParty = early.find() ? early.group(1) : null;
        String taggedState = taggedParty != null ? early.group(2) : null;
        String phrase = Names.stripTail(trimPunctuation(tagged));
        if (PRONOUN.matcher(phrase).matches()) {
            return new Reference(Form.PRONOUN, phrase, null, null, null, null, null, List.of(), List.of());
        }
        if (UNNAMED_MEMBER.matcher(phrase).matches()) {
            // "A Labour MP", "An Ohio Republican": an indefinite description names nobody
            return new Reference(Form.NOTHING, phrase, null, null, null, null, null, List.of(), List.of());
        }
        if (!phrase.isEmpty() && Character.isLowerCase(phrase.charAt(0)) && !phrase.startsWith("the ")
                && !(LOWER_THEN_NAME.matcher(phrase).matches() && !Lexicon.ROLE_NOUNS.containsKey(
                        phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)))) {
            phrase = "the " + phrase;
        }
        Matcher d = DESCRIPTION.matcher(phrase);
        if (d.matches()) {
            return new Reference(Form.DESCRIPTION, phrase, d.group(1), d.group(2), null, null, null, List.of(),
                    List.of());
        }
        String party = taggedParty;
        String state = taggedState;
        Matcher tag = PARTY_TAG.matcher(phrase);
        if (tag.find()) {
            party = tag.group(1);
            state = tag.group(2);
            phrase = (phrase.substring(0, tag.start()) + phrase.substring(tag.end())).strip();
        }
        if ((phrase.startsWith("the ") || phrase.startsWith("The ")) && titledName(phrase.substring(4))) {
            phrase = phrase.substring(4).strip();
        }
        if (phrase.startsWith("the ") || phrase.startsWith("The ")) {
            String rest = phrase.substring(4).strip();
            Matcher adjectives = ADJECTIVES_BEFORE_NAME.matcher(rest);
            if (adjectives.lookingAt() && CAPITALISED_NAME.matcher(rest.substring(adjectives.end())).matches()
                    && java.util.Arrays.stream(rest.substring(adjectives.end()).split("\\s+"))
                    .anyMatch(x -> Lexicon.ORGANISATION_WORDS.contains(x.toLowerCase(Locale.ROOT)))) {
                // "the nonpartisan Congressional Budget Office": the organisation is the capitalised name
                rest = rest.substring(adjectives.end());
                phrase = phrase.substring(0, 4) + rest;
            }
            if (runsOnIntoAClause(rest)) {
                // "The Secretary-General today presented the budget …, and told them": the subject is the words
                // before the clause, not all of it
                rest = leadingCapitalisedRun(rest);
                phrase = phrase.substring(0, 4) + rest;
            }
            Form form = !rest.isEmpty() && Character.isUpperCase(rest.charAt(0)) && !postWithoutOrganisation(rest)
                    ? Form.THE_ORGANISATION : Form.NOTHING;
            return new Reference(form, phrase, null, null, party, state, rest, List.of(), List.of());
        }
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(phrase);
        while (w.find()) {
            words.add(w.group());
        }
        if (words.size() > 2 && Lexicon.POST_NOMINALS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1); // "Michael Gapes MP": a member's letters after the name
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
            return new Reference(Form.NOTHING, phrase, null, null, party, state, null, List.of(), List.of());
        }
        List<String> nameWords = Names.afterTitle(words.subList(nameStart, words.size()));
        if (nameStart >= 2 && words.get(nameStart - 1).equals("of")
                && Names.isTitle(words.get(nameStart - 2).toLowerCase(Locale.ROOT))) {
            // "Chief of Police Mike Harmon", "Secretary of State John Kerry": the post's field is no part of the name
            int field = 0;
            while (nameWords.size() - field > 2 && isPostField(nameWords.get(field))) {
                field++;
            }
            nameWords = nameWords.subList(field, nameWords.size());
        }
        List<String> prefix = words.subList(0, words.size() - nameWords.size());
        if (Names.notAName(nameWords)) {
            return new Reference(Form.NOT_A_NAME, phrase, null, null, party, state, String.join(" ", nameWords),
                    nameWords, prefix);
        }
        boolean organisation = nameWords.stream()
                .anyMatch(x -> Lexicon.ORGANISATION_WORDS.contains(x.toLowerCase(Locale.ROOT)));
        if (organisation) {
            // "State Department", "House Oversight Committee": title words are part of an organisation's name
            int orgStart = words.size() - nameWords.size();
            while (orgStart > 0 && Character.isUpperCase(words.get(orgStart - 1).charAt(0))
                    && !words.get(orgStart - 1).endsWith(".")) {
                orgStart--;
            }
            nameWords = words.subList(orgStart, words.size());
            prefix = words.subList(0, orgStart);
        }
        String name = String.join(" ", nameWords).replaceAll("['’]s$", "");
        return new Reference(organisation ? Form.ORGANISATION : Form.NAME, phrase, null, null, party, state, name,
                nameWords, prefix);
    }

    /** A word naming the field of a post ("Police", "State", "Defense"): an organisation, place or title word. */
    private static boolean isPostField(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Lexicon.ORGANISATION_WORDS.contains(lower) || Lexicon.TITLES.containsKey(lower)
                || Names.NOT_NAMES.contains(lower);
    }

    /** More words than this after "the" are a clause that ran on, not an organisation's name. */
    private static final int LONGEST_ORGANISATION_NAME = 8;

    /**
     * Words after "the" that cannot be a name: more than {@link #LONGEST_ORGANISATION_NAME} of them, some lower-case
     * and not a connector ("Minister for Lands and Natural Resources Kweku Asoma Kyeremeh" is a name with its post).
     */
    private static boolean runsOnIntoAClause(String rest) {
        String[] words = rest.split("\\s+");
        return words.length > LONGEST_ORGANISATION_NAME && Arrays.stream(words)
                .anyMatch(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !NAME_CONNECTORS.contains(w));
    }

    private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "and", "the", "on", "in", "de", "du", "la", "van", "von", "bin", "al");

    /** The capitalised words at the start of a phrase ("Secretary-General" of "Secretary-General today said"). */
    private static String leadingCapitalisedRun(String phrase) {
        String[] words = phrase.split("\\s+");
        int n = 0;
        while (n < words.length && !words[n].isEmpty() && Character.isUpperCase(words[n].charAt(0))) {
            n++;
        }
        return String.join(" ", Arrays.asList(words).subList(0, n));
    }

    /** "The Minister on Kumasi-based Otec FM", "The Minister also refuted": a post, not an organisation's name. */
    private static boolean postWithoutOrganisation(String rest) {
        String[] words = rest.toLowerCase(Locale.ROOT).split("[^\\p{L}.]+");
        return Lexicon.ROLE_NOUNS.containsKey(words[0]) && java.util.Arrays.stream(words)
                .noneMatch(Lexicon.ORGANISATION_WORDS::contains);
    }

    /** "French Foreign Minister Laurent Fabius": capitalised words with a person title followed by two or more. */
    private static boolean titledName(String rest) {
        List<String> words = List.of(rest.strip().split("\\s+"));
        if (words.isEmpty() || !words.stream().allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))) {
            return false;
        }
        return Names.afterTitle(words).size() < words.size();
    }

    private static boolean startsLikeDescription(String s) {
        return s.matches("^(?:[Aa]|[Aa]n|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\\s.*") || (!s.isEmpty() && Character.isLowerCase(s.charAt(0)));
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
}
