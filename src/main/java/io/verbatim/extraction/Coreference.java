package io.verbatim.extraction;

import java.util.ArrayList;
import java.util.Arrays;
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
 * Stage 4: coreference. The people and organisations of one article and a timeline of their mentions, built sentence
 * by sentence from the text outside quotes: titled names ("Sen. Rand Paul (R-KY)": role, party, state), first-name +
 * surname pairs (the first-name list gives the gender pronouns need), surnames of people met, descriptions ("the
 * Kentucky senator") and pronouns. A later reference (a pronoun, a lone surname, a description) resolves to the most
 * recent fitting mention before it. One instance per article.
 */
final class Coreference {

    private static final Pattern TITLED_MENTION = Pattern.compile("\\b((?:Sen|Sens|Rep|Gov|Mr|Mrs|Ms|Dr|Gen|Prof)\\.|"
            + "Senator|Representative|Congressman|Congresswoman|Governor|President|Secretary|Minister|Chancellor|"
            + "Mayor|Ambassador|Chairman|Chairwoman|Leader|Whip|Speaker)\\s+((?:[A-Z][\\p{L}’'-]+\\s+){0,2}[A-Z][\\p{L}’'-]+)"
            + "(\\s*\\(([DRI])(?:-([A-Z]{2}))?\\))?");
    /**
     * A post, then its holder's name after a comma ("The Ashanti Regional Minister, Simon Osei Mensah", "Deputy
     * Minister for Information, Nana Ama Dokua Asiamah Adjei"): a person whatever the first name, with the post's role
     * and its qualifying words.
     */
    private static final Pattern POST_THEN_NAME = Pattern.compile("(?<![\\p{L}])((?:[A-Z][\\p{L}-]*\\s+|(?:senior|deputy"
            + "|former|foreign|prime|regional|chief|state|finance|health|interior|defence|defense)\\s+){0,3})(Minister|minister"
            + "|Secretary|secretary|Senator|Governor|Mayor|President|Chairman|Chairwoman|Ambassador|Chancellor"
            + "|Commissioner|Director|Spokesman|Spokeswoman|Spokesperson|spokesman|spokeswoman|spokesperson)((?:\\s+(?:of"
            + "|for)\\s+(?:the\\s+)?[A-Z][\\p{L}-]*(?:\\s+(?:and|of|the|[A-Z][\\p{L}-]*)){0,6})?),\\s+((?:(?:Hon|Dr|Mr|Mrs"
            + "|Ms)\\.\\s+)?(?:[A-Z][\\p{L}’'-]+\\.?\\s+){1,4}[A-Z][\\p{L}’'-]+)");
    private static final Pattern NAME_MENTION = Pattern.compile("(?<![\\p{L}’'-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\\s+((?:[A-Z]\\.\\s+)?[A-Z][\\p{L}’'-]+)");
    private static final Pattern DESCRIPTION_MENTION = Pattern.compile("\\b[Tt]he\\s+(?:([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)"
            + "\\s+)?(senator|congressman|congresswoman|representative|governor|president|minister|secretary|mayor|"
            + "chairman|chairwoman)\\b");
    /**
     * A run of two or three capitalised words followed by a possessive, a comma or a lower-case word ("tech mogul Elon
     * Musk’s rebranding", "Author Stephen King appeared"): a person even when the first-name list does not know the
     * first name, unless a word is a place, title, organisation word or sentence opener.
     */
    private static final Pattern UNKNOWN_NAME_MENTION = Pattern.compile("(?<![\\p{L}’'.-])((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
            + "\\s+){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[’']s\\b|,|\\s+[a-z])");
    private static final Pattern PRONOUN_MENTION = Pattern.compile("\\b(he|she|He|She|his|her|His|Her)\\b");
    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][\\p{L}-]+");

    /** A person or organisation of the article, with what the text told about them. */
    static final class Entity {
        final String name;
        final String last;
        final boolean organisation;
        char gender = '?';
        final Set<String> roles = new LinkedHashSet<>();
        /** Words of the posts before the name ("Ashanti", "Regional"), for "the Regional Minister". */
        final Set<String> postWords = new LinkedHashSet<>();
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

    private record Mention(int offset, Entity entity) {
    }

    private final Map<String, Entity> entities = new HashMap<>();
    /** The person the last attributed statement was given to. */
    private Entity lastSpeaker;
    private int lastSpoke = -1;
    private final List<Mention> timeline = new ArrayList<>();

    /** The entity of that name if the article has met it, else null. */
    Entity known(String name) {
        return entities.get(name.toLowerCase(Locale.ROOT));
    }

    /** The entity of that name, created on first use (a person's gender from the first-name list). */
    Entity entity(String name, boolean organisation) {
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

    /** Puts a mention on the timeline (the resolved subject of a cue is the likeliest antecedent of "he said"). */
    void mention(int offset, Entity e) {
        timeline.add(new Mention(offset, e));
    }

    /** Who issued the statement the article last quoted from, and whether nobody else has spoken since. */
    private Entity statementIssuer;
    private boolean statementLast;

    void issued(Entity issuer) {
        statementIssuer = issuer;
        statementLast = true;
    }

    /** Organisations resolved as speakers so far, latest last, for "the ministry said". */
    private final List<Entity> organisations = new ArrayList<>();

    void organisationMet(Entity e) {
        organisations.remove(e);
        organisations.add(e);
    }

    /** "the ministry", "the paper": the latest organisation met whose name holds that noun (a paper: a title). */
    Entity organisationCalled(String noun) {
        for (int i = organisations.size() - 1; i >= 0; i--) {
            Entity e = organisations.get(i);
            String name = " " + e.name.toLowerCase(Locale.ROOT) + " ";
            boolean paper = (noun.equals("paper") || noun.equals("newspaper"))
                    && name.matches(".* (times|post|news|journal|herald|guardian|telegraph|tribune|gazette|mail"
                    + "|chronicle|star|globe|examiner|independent|observer) .*");
            if (paper || name.contains(" " + noun + " ")) {
                return e;
            }
        }
        return null;
    }

    Entity statementIssuer() {
        return statementIssuer;
    }

    /** The issuer while the statement is still the last thing quoted ("It said …" after "the statement said"). */
    Entity statementStillSpeaking() {
        return statementLast ? statementIssuer : null;
    }

    /** Records the speaker of an attributed statement: a mention at the speaker phrase, and the last speaker. */
    void spoke(int offset, Entity e) {
        if (e != statementIssuer) {
            statementLast = false;
        }
        if (!e.organisation) {
            mention(offset, e);
            if (offset >= lastSpoke) {
                lastSpeaker = e;
                lastSpoke = offset;
            }
        }
    }

    /**
     * A description no person with that role fits ("the mayor" when the article never called anyone mayor): the last
     * speaker, when nothing known about them contradicts the role, the party ({@code "R"}, {@code "D"} or null) or the
     * state (a code or null; and no one else met is from it). A party noun ("the New York Democrat") is a party, not a
     * role the last speaker's posts must fit.
     */
    Entity lastSpeakerAs(String noun, String party, String state) {
        String lower = noun.toLowerCase(Locale.ROOT);
        String role = Lexicon.ROLE_NOUNS.get(lower);
        boolean partyNoun = lower.equals("democrat") || lower.equals("republican");
        String wanted = partyNoun ? (lower.equals("democrat") ? "D" : "R") : party;
        if (lastSpeaker == null || role == null
                || !partyNoun && !(lastSpeaker.roles.isEmpty() || fits(lastSpeaker, role))
                || wanted != null && lastSpeaker.party != null && !wanted.equals(lastSpeaker.party)
                || state != null && (lastSpeaker.state != null ? !state.equals(lastSpeaker.state)
                : entities.values().stream().anyMatch(e -> !e.organisation && state.equals(e.state)))) {
            return null;
        }
        if (!partyNoun) {
            lastSpeaker.roles.add(role);
        }
        if (wanted != null) {
            lastSpeaker.party = wanted;
        }
        if (state != null) {
            lastSpeaker.state = state;
        }
        return lastSpeaker;
    }

    private boolean mentionedSince(Predicate<Entity> test, int from, int to) {
        for (Mention m : timeline) {
            if (m.offset > from && m.offset < to && test.test(m.entity)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the narration moved on from the last speaker: since the last statement another person the pronoun may
     * stand for was mentioned at least twice and more often than the last speaker ("… telling Yoho he was “rude.” …
     * Yoho, joined by …, began … Yoho offered a parting thought. “…,” he said").
     */
    private boolean movedOn(char gender, int offset) {
        Map<Entity, Integer> counts = new HashMap<>();
        for (Mention m : timeline) {
            if (m.offset > lastSpoke && m.offset < offset && !m.entity.organisation
                    && (m.entity.gender == gender || m.entity.gender == '?')) {
                counts.merge(m.entity, 1, Integer::sum);
            }
        }
        int own = counts.getOrDefault(lastSpeaker, 0);
        return counts.entrySet().stream().anyMatch(c -> c.getKey() != lastSpeaker && c.getValue() >= 2
                && c.getValue() > own);
    }

    /**
     * The person a nationality used as a description stands for ("the Italian"): the person last named before the
     * offset (a pronoun's mention does not count: it may stand for the wrong one), when that name is within
     * {@code window} characters and in the same paragraph; null otherwise.
     */
    Entity lastNamedPerson(int offset, int window) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            Mention m = timeline.get(i);
            if (m.offset >= offset || m.entity.organisation || pronounMentions.contains(m.offset)) {
                continue;
            }
            return m.offset < offset - window || paragraphBreaks.ceiling(m.offset) != null
                    && paragraphBreaks.ceiling(m.offset) < offset ? null : m.entity;
        }
        return null;
    }

    /** Where the text's lines break, so a description is read in its own paragraph. */
    private final java.util.TreeSet<Integer> paragraphBreaks = new java.util.TreeSet<>();

    void paragraphs(String text) {
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            paragraphBreaks.add(i);
        }
    }

    /** Offsets of the mentions made by a pronoun ("his", "she"). */
    private final java.util.Set<Integer> pronounMentions = new java.util.HashSet<>();

    /** Offsets of names given as examples ("role models like X", "leaders such as X"): no pronoun stands for them. */
    private final java.util.Set<Integer> exampleMentions = new java.util.HashSet<>();
    private static final Pattern EXAMPLE_BEFORE = Pattern.compile("(?:\\blike|\\bsuch as)\\s+$");

    /** The most recent entity mentioned before {@code offset} that passes the test. */
    Entity recent(Predicate<Entity> test, int offset) {
        return recent(test, offset, false);
    }

    /** The most recent entity a pronoun at {@code offset} may stand for: names given as examples left out. */
    private Entity antecedent(Predicate<Entity> test, int offset) {
        return recent(test, offset, true);
    }

    private Entity recent(Predicate<Entity> test, int offset, boolean skipExamples) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            Mention m = timeline.get(i);
            if (m.offset < offset && test.test(m.entity) && !(skipExamples && exampleMentions.contains(m.offset)
                    && !pronounMentions.contains(m.offset))) {
                return m.entity;
            }
        }
        return null;
    }

    /**
     * "he"/"she": the most recent person whose gender does not contradict it (the first-name list knows few names,
     * so "Trump tweeted. … he wrote" must not skip Trump for an earlier "Chuck Schumer" whose gender it knows).
     */
    Entity pronoun(char gender, int offset) {
        Entity e = pronounCandidate(gender, offset);
        if (e != null && anonymousSince(gender, Math.min(lastMention(e, offset), offset - 300), offset)) {
            return null; // "… call the woman, Wilson said. She initially told …": she is the woman, not Wilson
        }
        return e;
    }

    private int lastMention(Entity e, int offset) {
        int at = -1;
        for (Mention m : timeline) {
            if (m.offset < offset && m.entity == e) {
                at = m.offset;
            }
        }
        if (e == lastSpeaker && lastSpoke < offset) {
            at = Math.max(at, lastSpoke);
        }
        return at;
    }

    private boolean anonymousSince(char gender, int from, int to) {
        for (int[] a : anonymous) {
            if (a[0] > from && a[0] < to && a[1] == gender) {
                return true;
            }
        }
        return false;
    }

    /** "the woman", "a man": people of known gender the article does not name, {offset, gender}. */
    private final List<int[]> anonymous = new ArrayList<>();
    private static final Pattern ANONYMOUS = Pattern.compile("\\b(?:the|a|an)\\s+(?:[a-z-]+\\s+)?(?:(woman|girl|mother"
            + "|wife|daughter|lady|sister|grandmother)|(man|boy|father|husband|son|brother|grandfather))\\b");

    private Entity pronounCandidate(char gender, int offset) {
        if (lastSpeaker != null && lastSpoke >= 0 && lastSpoke < offset && (lastSpeaker.gender == gender || lastSpeaker.gender == '?')
                && !mentionedSince(x -> !x.organisation && x != lastSpeaker && x.gender == gender, lastSpoke, offset)
                && !movedOn(gender, offset)) {
            // "“…,” he said": the person the last statement was given to, unless someone known to be of that
            // gender was mentioned since ("… King wrote. … Linda Yaccarino commented … she wrote")
            return lastSpeaker;
        }
        return antecedent(x -> !x.organisation && (x.gender == gender || x.gender == '?'), offset);
    }

    /** A lone surname: the most recent full-named person with it, else any met. */
    Entity bySurname(String surname, int offset) {
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

    /**
     * "Sir Keir", "Dame Margaret": British style names a knight by title and first name once the full name was given;
     * the person met whose first name (after the title) it is.
     */
    Entity byFirstName(String first, int offset) {
        java.util.function.Predicate<Entity> fits = x -> !x.organisation && x.name.contains(" ")
                && x.name.replaceFirst("^(?:Sir|Dame|Lord|Lady)\\s+", "").split("\\s+")[0].equalsIgnoreCase(first);
        Entity e = recent(fits, offset);
        if (e != null) {
            return e;
        }
        return entities.values().stream().filter(fits).findFirst().orElse(null);
    }

    /** Roles a description's role covers: a lawmaker is a senator, representative or (MP, TD) minister. */
    private static final Map<String, Set<String>> COVERS = Map.of(
            "lawmaker", Set.of("senator", "representative", "minister"),
            "leader", Set.of("president", "minister", "chancellor", "governor", "mayor"));

    /** Whether what is known of a person fits a description's role ("the Belarusian leader" for a president). */
    static boolean fits(Entity e, String role) {
        return e.roles.contains(role) || COVERS.getOrDefault(role, Set.of()).stream().anyMatch(e.roles::contains)
                || (role.equals("democrat") && "D".equals(e.party)) || (role.equals("republican") && "R".equals(e.party));
    }

    /** "the Kentucky senator", "the Republican senator", "the senator": the most recent person that fits. */
    Entity description(String qualifier, String noun, int offset) {
        String role = Lexicon.ROLE_NOUNS.get(noun.toLowerCase(Locale.ROOT));
        String state = Lexicon.stateCode(qualifier);
        Predicate<Entity> hasRole = e -> !e.organisation && fits(e, role);
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
        if (e == null && qualifier != null && state == null) {
            // "the Regional Minister": the minister whose post was given with that word
            String word = qualifier.toLowerCase(Locale.ROOT);
            e = recent(hasRole.and(x -> x.postWords.contains(word)), offset);
        }
        return e != null ? e : recent(hasRole, offset);
    }

    static void genderFromWord(Entity e, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.matches("mr\\.?|congressman|chairman")) {
            e.gender = 'M';
        } else if (lower.matches("mrs\\.?|ms\\.?|congresswoman|chairwoman")) {
            e.gender = 'F';
        }
    }

    /** The first role noun of an appositive ("the Kentucky senator" → senator) becomes a role of the person. */
    /** The person's name in a capitalised run, or null when any word rules a person out. */
    /** A plural group noun right after capitalised words: they qualify it ("Capitol Hill reporters"). */
    private static final Pattern GROUP_AFTER = Pattern.compile("\\s+(?:reporters|journalists|officials|lawmakers"
            + "|residents|voters|leaders|members|staffers|aides|sources|supporters|critics|fans|students|workers|officers"
            + "|agents|analysts|senators|legislators|protesters|protestors|activists|executives|employees|investors"
            + "|players|troops|soldiers|police|authorities|prosecutors|investigators|diplomats)\\b");

    static String unknownName(String run, boolean sentenceStart) {
        List<String> words = new ArrayList<>(List.of(run.strip().split("\\s+")));
        if (sentenceStart && words.size() == 3) {
            words.remove(0); // "Author Stephen King appeared": the opener is a role or a lead word
        } else if (sentenceStart) {
            return null;
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (Names.NOT_NAMES.contains(lower) || Lexicon.ORGANISATION_WORDS.contains(lower)
                    || Names.isTitle(lower)
                    || Lexicon.ROLE_NOUNS.containsKey(lower) || Lexicon.stateCode(w) != null) {
                return null;
            }
        }
        return words.size() == 2 ? String.join(" ", words) : null;
    }

    static void addRole(Entity e, String appositive) {
        for (String word : appositive.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            String role = Lexicon.ROLE_NOUNS.get(word);
            if (role != null) {
                e.roles.add(role);
                return;
            }
        }
    }

    /**
     * Records who a sentence mentions outside its quotes ({@code masked}: the sentence with quote contents masked,
     * starting at {@code sentenceStart}), in text order, so each reference sees only what came before it.
     */
    void observe(int sentenceStart, String sentence) {
        // "Sen. John Barrasso, R-Wyo.," reads as "Sen. John Barrasso (R-WY)" (same length: offsets hold)
        String masked = Lexicon.partyTags(sentence);
        Matcher anon = ANONYMOUS.matcher(masked);
        while (anon.find()) {
            anonymous.add(new int[] {sentenceStart + anon.start(), anon.group(1) != null ? 'F' : 'M'});
        }
        List<int[]> spans = new ArrayList<>();
        List<Runnable> actions = new ArrayList<>();
        Matcher m = POST_THEN_NAME.matcher(masked);
        while (m.find()) {
            List<String> words = new ArrayList<>(Arrays.asList(m.group(4).split("\\s+")));
            words.removeIf(w -> w.matches("(?:Hon|Dr|Mr|Mrs|Ms)\\.|[A-Z][\\p{L}]*\\.") || w.isEmpty());
            if (words.size() < 2 || Names.notAName(words) || words.stream().anyMatch(w -> Lexicon.ORGANISATION_WORDS
                    .contains(w.toLowerCase(Locale.ROOT)) || Lexicon.TITLES.containsKey(w.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            int at = sentenceStart + m.start(4);
            String name = String.join(" ", words).replaceAll("['’]s$", "");
            String role = Lexicon.ROLE_NOUNS.get(m.group(2).toLowerCase(Locale.ROOT));
            List<String> post = Arrays.asList(m.group(1).strip().toLowerCase(Locale.ROOT).split("\\s+"));
            spans.add(new int[] {m.start(), m.end()});
            actions.add(() -> {
                Entity e = entity(name, false);
                if (role != null) {
                    e.roles.add(role);
                }
                post.stream().filter(w -> !w.isEmpty() && !w.equals("the")).forEach(e.postWords::add);
                mention(at, e);
            });
        }
        m = TITLED_MENTION.matcher(masked);
        while (m.find()) {
            if (overlaps(spans, m.start(), m.end())) {
                continue;
            }
            int at = sentenceStart + m.start();
            String title = m.group(1);
            String name = m.group(2).replaceAll("['’]s$", "");
            String party = m.group(4);
            String state = m.group(5);
            String chamber = Lexicon.chamberRole(masked.substring(Math.max(0, m.start() - 40), m.start()) + title);
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
                if (chamber != null) {
                    e.roles.add(chamber);
                }
                genderFromWord(e, title);
                if (party != null) {
                    e.party = party;
                    e.state = state;
                }
                mention(at, e);
            });
        }
        m = NAME_MENTION.matcher(masked);
        while (m.find()) {
            if (Lexicon.gender(m.group(1)) == '?' || overlaps(spans, m.start(), m.end())) {
                continue;
            }
            int at = sentenceStart + m.start();
            String name = (m.group(1) + " " + m.group(2)).replaceAll("['’]s$", "");
            spans.add(new int[] {m.start(), m.end()});
            actions.add(() -> mention(at, entity(name, false)));
        }
        m = UNKNOWN_NAME_MENTION.matcher(masked);
        while (m.find()) {
            if (overlaps(spans, m.start(), m.end())) {
                continue;
            }
            String name = unknownName(m.group(1), m.start() == 0);
            if (name == null || GROUP_AFTER.matcher(masked).region(m.end(), masked.length()).lookingAt()) {
                continue; // "Capitol Hill reporters": the capitalised words qualify a group, no one is named
            }
            int at = sentenceStart + m.start();
            spans.add(new int[] {m.start(), m.end()});
            actions.add(() -> mention(at, entity(name, false)));
        }
        m = DESCRIPTION_MENTION.matcher(masked);
        while (m.find()) {
            if (overlaps(spans, m.start(), m.end())) {
                continue;
            }
            int at = sentenceStart + m.start();
            String qualifier = m.group(1);
            String noun = m.group(2);
            spans.add(new int[] {m.start(), m.end()});
            actions.add(() -> {
                Entity e = description(qualifier, noun, at);
                if (e != null) {
                    mention(at, e);
                }
            });
        }
        m = PRONOUN_MENTION.matcher(masked);
        while (m.find()) {
            int at = sentenceStart + m.start();
            char gender = m.group(1).toLowerCase(Locale.ROOT).startsWith("h") && !m.group(1).equalsIgnoreCase("her")
                    ? 'M' : 'F';
            spans.add(new int[] {m.start(), m.end()});
            actions.add(() -> {
                Entity e = antecedent(x -> !x.organisation && x.gender == gender, at);
                if (e != null) {
                    pronounMentions.add(at);
                    mention(at, e);
                }
            });
        }
        m = CAPITALISED.matcher(masked);
        while (m.find()) {
            if (overlaps(spans, m.start(), m.end())) {
                continue;
            }
            int at = sentenceStart + m.start();
            String word = m.group();
            spans.add(new int[] {m.start(), m.end()});
            actions.add(() -> {
                Entity e = bySurname(word, at);
                Entity single = known(word.replaceAll("['’]s$", ""));
                if (e == null && single != null && !single.organisation && !single.name.contains(" ")) {
                    e = single; // "Yoho", a speaker the article only ever names by surname
                }
                if (e != null) {
                    mention(at, e);
                }
            });
        }
        Integer[] order = new Integer[spans.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
        for (int[] span : spans) {
            if (EXAMPLE_BEFORE.matcher(masked.substring(Math.max(0, span[0] - 12), span[0])).find()) {
                exampleMentions.add(sentenceStart + span[0]);
            }
        }
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
}
