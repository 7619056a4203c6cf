package io.verbatim.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 1b: reported-speech clauses. Finds, in one sentence whose quote contents are masked (so no cue inside a quote
 * counts), the subject phrase, the cue and the reported content of "X said (on Monday) (that) …", "…, X said.",
 * "…, X said, adding that …", "according to X, …" and "… – said X". Offsets are relative to the sentence; who the
 * subject is, is decided later (speaker candidates, coreference). Pure and stateless: tested on its own.
 */
final class ReportedSpeech {

    /** One reported clause: the subject phrase [subjectStart, subjectEnd), the cue, the content span and the rule. */
    record Clause(int subjectStart, int subjectEnd, String cue, int contentStart, int contentEnd, String rule) {
    }

    private static final String TIME = "(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            + "(?:\\s+(?:morning|afternoon|evening|night))?|\\s+(?:today|tonight|yesterday|earlier|later|again|last week"
            + "|this week|in a statement|in an interview|on Twitter|on X|on Facebook|in a tweet|in a post))*";
    private static final String ADVERBS = "(?:\\s+(?:has|had|have|also|later|then|again|previously|publicly|repeatedly"
            + "|initially|reportedly|subsequently|separately|now|still|did|does|twice|falsely|incorrectly|wrongly"
            + "|privately|allegedly|even"
            + "|once|earlier|on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))*";
    private static final String THAT_CUES = "said|says|say|told|tells|claimed|claims|argued|argues|insisted|insists|warned"
            + "|warns|wrote|writes|stated|states|added|adds|announced|acknowledged|admitted|predicted|suggested"
            + "|maintained|denied|reiterated|confirmed|noted|notes|explained|believes|expressed regret|complained|stressed"
            + "|conceded|reported|agreed|vowed|pledged|promised|estimated|indicated|asserted|affirmed|adds|suggests|assured"
            + "|concede|admit|claim|say|insist|deny|emphasised|emphasized|recalled|hinted|revealed|disclosed|declared"
            + "|contended|observed|remarked|countered|clarified|alleged|signalled|signaled|commented|made it clear|made clear"
            + "|went on to say";
    private static final String BARE_CUES = "said|says|say|claimed|claims|argued|insisted|warned|denied|acknowledged"
            + "|predicted|believes|added|adds|wrote|asserted|affirmed|suggested|hinted|stressed|emphasised|emphasized"
            + "|conceded|admitted|noted|indicated|signalled|signaled|recalled|revealed|insists|explained|fears|feared"
            + "|concluded by saying|began by saying|ended by saying|went on to say|goes on to say|made clear|made it clear";
    private static final Pattern THAT = Pattern.compile("^(.{2,200}?)" + ADVERBS + "\\s+(" + THAT_CUES + ")"
            + "((?:,?\\s+(?!that\\b|and\\b)[^\\s,;:]+){0,8}?),?\\s+that\\s+(\\S.*)$");
    private static final Pattern TOLD = Pattern.compile("^(.{2,200}?)" + ADVERBS + "\\s+(told|tells)\\s+((?:[A-Z]"
            + "[\\p{L}’'.]*\\s+){0,3}(?:[A-Z][\\p{L}’'.]*|reporters|journalists)|(?:the\\s+|a\\s+)?(?!that\\b|him\\b|her\\b"
            + "|them\\b|me\\b|us\\b)[a-z]{3,}(?:\\s+[a-z]{3,}s)?)(?:\\s+(?:on|at|in|outside)\\s+(?:the\\s+)?(?:[A-Z]"
            + "[\\p{L}’'.]*\\s+){0,2}[A-Z][\\p{L}’'.]*(?=\\s+(?:he|she|they|it|we)\\b))?" + TIME
            + "\\s+(?!that\\b|to\\b)(\\S.*)$");
    private static final Pattern BARE = Pattern.compile("^(.{2,200}?)" + ADVERBS + "\\s+(" + BARE_CUES + ")" + TIME
            + "\\s+(?!that\\b(?![’']s)|[,:])(\\S.*)$");
    /** "just before 1 a.m. Friday", "late on Tuesday": when, between a cue and the clause it reports. */
    private static final String CIRCUMSTANCE = "(?:\\s+(?:just\\s+|late\\s+|early\\s+|shortly\\s+)?(?:before|after|at"
            + "|around|during)\\s+[^,;“\"]{1,50}?)?";
    /** "… after McConnell announced he is stepping down": cues that report only a clause opening with a pronoun. */
    private static final Pattern PRONOUN_CLAUSE = Pattern.compile("^(.{2,200}?)" + ADVERBS + "\\s+(announced|announces"
            + "|confirmed|disclosed|declared|revealed|tweeted|tweets|posted)" + TIME + CIRCUMSTANCE + "\\s+((?:he|she"
            + "|they|it|we|(?:his|her|their|its)\\s+[a-z]{3,})(?:\\s+and(?:\\s+[\\p{L}’'-]+){1,5}?)?\\s+(?:is|was|are|were|will"
            + "|would|had|has|have|could|can|plans?|planned|intends?|intended)\\b.*)$");
    /** "X accused Y of lying": the accusation is X's statement, its content "Y of …" (never "X was accused of"). */
    private static final Pattern ACCUSED = Pattern.compile("^(.{2,200}?)" + ADVERBS + "\\s+(accused|accuses)\\s+"
            + "(?!of\\b)((?:[^\\s,;]+\\s+){1,8}?of\\s+\\S.*)$");
    private static final Pattern PASSIVE_END = Pattern.compile("\\b(?:was|were|been|being|is|are|be|get|got)\\s*$");
    /** "…; and Crump counted …": a clause of another (named) subject joined by "and". */
    private static final Pattern NEW_SUBJECT_AND = Pattern.compile("[;,]?\\s+and\\s+(?:[A-Z][\\p{L}’'-]+\\s+){1,3}"
            + "[a-z]{3,}(?:ed|s)\\b");
    /** ", warning families will …": a participle giving the same subject a second statement. */
    private static final Pattern PARTICIPLE_NEXT = Pattern.compile(",\\s+(warning|saying|adding|arguing|claiming"
            + "|insisting)\\s+(?:that\\s+)?(?=\\S)");
    /** "… – and Smith suggested that …": a second subject with a cue of its own takes over the content. */
    private static final Pattern SECOND_SUBJECT = Pattern.compile("(?:,|\\s+[–—])\\s+(?:and|but|while|whereas)\\s+"
            + "((?:[A-Z][\\p{L}.’'-]*\\s+){0,3}[A-Z][\\p{L}’'-]*|he|she)\\s+(?:also\\s+|later\\s+)?(said|says|suggested"
            + "|added|argued|insisted|warned|noted|claimed|countered)\\s+(?:that\\s+)?(?=\\S)");
    private static final Pattern CALLED_FOR = Pattern.compile("^(.{2,200}?)" + ADVERBS
            + "\\s+(called for|called on|urged)\\s+(\\S.*)$");
    private static final Pattern SPEAKER_LAST = Pattern.compile("^(.{12,}?)(?:,|(?<=[^\\s“\"]{2}[”\"]))\\s+([^,“”\"]{2,90}?(?:,[^,]{2,90}?,)?)"
            + "\\s+(said|says|told reporters|told journalists|told [A-Z][\\p{L}’'.]*(?:\\s+[A-Z][\\p{L}’'.]*){0,3}"
            + "|added|stated|warned|wrote|reported|said in a statement)" + TIME
            + "(?:\\s+(?:during|in|at|to|after|before|while|on)\\s+[^,]{2,80}?)?(?:,\\s+(adding|arguing|noting|saying)"
            + "\\s+(?:that\\s+)?(\\S.*?))?\\s*[.!]?\\s*$");
    /** "The decision was not a hasty reaction, said Communications Minister X.": the content, then the cue, then who. */
    private static final Pattern SAID_THEN_SPEAKER = Pattern.compile("^(.{12,}?),\\s+(said|says|added|stated|noted"
            + "|explained)\\s+((?:[A-Z][\\p{L}.’'-]*(?:\\s+(?:of|for|the|and|de|bin|al))*\\s+){0,7}[A-Z][\\p{L}.’'-]*"
            + "|(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:spokesman|spokeswoman|spokesperson|official|minister|senator"
            + "|governor|mayor|president|chief|leader|director|secretary|chairman|chairwoman))"
            + "(?:,\\s+[^,“”\"]{2,100}?)?\\s*[.!]?\\s*$");
    private static final Pattern DASH_SAID = Pattern.compile("^(.{12,}?)\\s+[–—-]\\s+(said|says)\\s+(.+?)"
            + "(?:,\\s+quoted by\\b.*)?\\s*[.!]?\\s*$");
    private static final Pattern ACCORDING_FIRST = Pattern.compile("^(?:.*?[,;:(—–]\\s*|(?:But|And|Also|However|Yet)\\s+)?"
            + "[Aa]ccording to " + Cues.ACCORDING_SOURCE + ",\\s+(\\S.*)$");
    private static final Pattern ACCORDING_LAST = Pattern.compile("^(.{12,}?),\\s+according to ([^,]+?)\\s*[.!]?\\s*$");
    /** "“…,” she said, adding that …": the reported clause after a quote's own attribution. */
    private static final Pattern QUOTE_THEN_ADDING = Pattern.compile("^\\s*[“\"«][^”\"»]*[”\"»]\\s*,?\\s+([^,“\"]{2,60}?)"
            + ADVERBS + "\\s+(said|says|added|told [^,“\"]{2,40}?|wrote)" + TIME + ",\\s+(adding|arguing|noting|saying"
            + "|warning)\\s+(?:that\\s+)?(\\S.*)$");
    /** The participles that carry a reported clause after a comma ("…, adding that …"). */
    private static final String ADDING_PARTICIPLES = "adding|arguing|noting|saying|warning|claiming|indicating|suggesting"
            + "|acknowledging|insisting|stressing|asserting|admitting|conceding";
    /** "X spoke out against …, adding that …": a reported clause hanging off a sentence whose verb is no cue. */
    private static final Pattern VERB_ADDING = Pattern.compile("^([^,“\"]{2,80}?(?:,[^,“\"]{2,80}?)?)\\s+(?:also\\s+"
            + "|then\\s+|later\\s+)?([a-z]+(?:\\s+(?:out|up|back))?)\\b[^,“\"]*,\\s+(" + ADDING_PARTICIPLES + ")"
            + "\\s+(?:that\\s+)?(\\S.*)$");
    /** "It comes after …", "This follows …": the narrator's link to what a subject did before. */
    private static final Pattern COMES_AFTER = Pattern.compile("^\\s*(?:It|This|That|The move|The row)\\s+(?:comes|came"
            + "|follows|followed)\\s+(?:just\\s+)?(?:after|as)\\s+");
    /** "The Citadel released a statement Thursday saying it will …". */
    private static final Pattern STATEMENT_SAYING = Pattern.compile("^(.{2,120}?)\\s+(?:released|issued|put out|posted)"
            + "\\s+a\\s+statement(?:\\s+[^\\s,]+){0,3}?,?\\s+saying\\s+(?:that\\s+)?(\\S.*)$");

    /**
     * "X has vowed to fight the ruling": a promise or threat with an infinitive is reported speech, whose content is the
     * verb phrase (to the clause's end).
     */
    private static final Pattern VOWED_TO = Pattern.compile("^(.{2,200}?)" + ADVERBS + "\\s+(vowed|vows|vowing|pledged"
            + "|pledges|promised|promises|threatened|threatens)\\s+to\\s+(?!be\\b|the\\b|a\\b|an\\b|his\\b|her\\b"
            + "|their\\b|[A-Z])([a-z]\\S*.*)$");
    /**
     * "Governor X was criticized after claiming that he had …", "Minister X ruled out a deal despite acknowledging it
     * had been …": a saying participle after a preposition, whose subject is the name opening the sentence.
     */
    private static final Pattern PREP_PARTICIPLE = Pattern.compile("^\\s*(?!(?:The|A|An|This|That|It|He|She|They|We"
            + "|But|And|When|After|As)\\s)((?:[A-Z][\\p{L}.’'-]*\\s+){0,4}"
            + "[A-Z][\\p{L}.’'-]*(?<![’']s))\\s+[a-z][^“\"]*?\\b(?:after|despite|while|by|for|before)\\s+"
            + "(?:[a-z]+ly\\s+)?(claiming|saying|suggesting|acknowledging|insisting|arguing|stating|admitting|warning"
            + "|declaring|indicating|conceding)\\s+(?:that\\s+)?(\\S.*)$");
    /**
     * "Mr Robertson delivered his response on Thursday, pledging to increase vouchers": a participle promise or threat
     * whose subject is the name opening the sentence.
     */
    private static final Pattern PLEDGING_TO = Pattern.compile("^\\s*((?:[A-Z][\\p{L}.’'-]*\\s+){0,4}[A-Z][\\p{L}.’'-]*)"
            + "\\s+(?:also\\s+)?[a-z]{3,}(?:ed|s)\\b[^“\"]*?,\\s+(pledging|vowing|promising|threatening)\\s+(?:otherwise\\s+)?"
            + "(to\\s+(?!be\\b|the\\b|a\\b|an\\b)[a-z]\\S*.*)$");
    /**
     * "… after his announcement that he plans to step down", "the senator’s claim that …": a statement held by a noun,
     * whose owner (a possessive pronoun or name) is the speaker.
     */
    private static final Pattern NOUN_THAT = Pattern.compile("\\b(his|her|their|(?:[A-Z][\\p{L}.’'-]*\\s+){0,3}"
            + "[A-Z][\\p{L}’'-]*?)(?:[’']s?)?\\s+(?:recent\\s+|earlier\\s+|repeated\\s+|public\\s+|latest\\s+)?"
            + "(announcement|claim|claims|assertion|insistence|pledge|promise|warning|admission|suggestion|contention"
            + "|allegation|argument|prediction|vow|declaration|acknowledgment|acknowledgement)\\s+that\\s+(\\S.*)$");
    /** "X’s call for …", "Labour’s calls for a probe": a request held by a noun, whose owner made it. */
    private static final Pattern NOUN_CALL = Pattern.compile("\\b((?:[A-Z][\\p{L}.’'-]*\\s+){0,4}[A-Z][\\p{L}’'-]*?)"
            + "[’']s?\\s+(?:repeated\\s+|renewed\\s+|earlier\\s+|latest\\s+)?calls?\\s+(for\\s+\\S[^,;]{6,})");
    /** Where a reported content with no cue of its own ends: a second clause joined by a conjunction. */
    private static final Pattern CLAUSE_END = Pattern.compile(",\\s+(?:though|although|but|while|whereas|as|after"
            + "|before|saying|adding|and\\s+(?:said|added|says))\\b|;|\\s+[–—]\\s+");

    /** The cheap test before {@link #VERB_ADDING}, whose nested lazy groups backtrack over every other sentence. */
    private static final Pattern HAS_ADDING = Pattern.compile(",\\s+(?:" + ADDING_PARTICIPLES + ")\\b");
    /** Participles {@link #VERB_ADDING} reads only before a clause ("…, stressing the need for …" is no statement). */
    private static final Set<String> CLAUSE_PARTICIPLES = Set.of("indicating", "suggesting", "acknowledging",
            "insisting", "stressing", "asserting", "admitting", "conceding");

    /** Where one reported content hands over to a second one with the same subject. */
    private static final Pattern CONTINUATION = Pattern.compile("(?:,\\s+|,?\\s+(?:and|but)\\s+(?:also\\s+)?)"
            + "(?:(adding|arguing|saying|noting|warning|added|said|predicted|argued|warned|insisted|noted|suggested"
            + "|claimed|acknowledged|claims|says|adds|argues|insists|warns)\\s+(?:that\\s+)?|(?<=and\\s)that\\s+)(?=\\S)");
    /** "…, but it later emerged that …": the narrator takes over; the reported content ends before it. */
    private static final Pattern NARRATOR_BUT = Pattern.compile(",\\s+but\\s+(?:it|there)\\s+(?:later\\s+|then\\s+"
            + "|soon\\s+)?(?:emerged|turned out|appeared|became|was later|has since)\\b");
    private static final Pattern FINITE = Pattern.compile("\\b(is|are|was|were|will|would|could|can|had|has|have"
            + "|should|must|did|does|do|may|might|won’t|won't|wasn’t|wasn't|isn’t|isn't|doesn’t|doesn't|don’t|don't"
            + "|didn’t|didn't|can’t|can't|couldn’t|couldn't|wouldn’t|wouldn't|aren’t|aren't|weren’t|weren't)(?![\\p{L}’'])"
            + "|\\b(?:he|she|it|that|there|they|we)[’'](?:s|re|ll|d)\\b");
    /** A content opening with a subject and a past-tense verb ("police found no signs", "the officer engaged in"). */
    private static final Pattern PAST_CLAUSE = Pattern.compile("^(?:the|a|an|his|her|their|its|police|officers|they"
            + "|he|she|it|we|there|\\d+)\\b(?:\\s+[\\p{L}\\d'’-]+){0,6}?\\s+(?:[a-z]{3,}ed|found|made|took|went|came"
            + "|saw|knew|gave|got|kept|left|felt|met|paid|sent|won|lost|held|brought|began|led|ran|fell|told)\\b");

    /** "Copeland says the caller told dispatchers …": the outer cue decides, the inner one is reported. */
    private static final Pattern SAYS = Pattern.compile("\\b(?:said|says|say)\\b");

    private ReportedSpeech() {
    }

    /** The reported clauses of one masked sentence (quote contents replaced, quote marks kept). */
    static List<Clause> find(String s) {
        List<Clause> out = clauses(s);
        if (s.length() > 2_000 || s.indexOf(" call") < 0) {
            return out;
        }
        Matcher call = NOUN_CALL.matcher(s);
        while (call.find()) {
            int start = call.start(2);
            int comma = s.indexOf(',', start);
            int end = comma < 0 ? s.length() : comma;
            boolean inside = out.stream().anyMatch(c -> c.contentStart() <= call.start() && call.start() < c.contentEnd()
                    || start <= c.contentStart() && c.contentStart() < end);
            if (!inside) {
                // "Despite Senate Minority Leader X's call for the chamber to …, Y …": the owner asked for it
                add(out, s, call.start(1), call.end(1), "call for", start, end, "reported:noun-call-for");
            }
        }
        return out;
    }

    private static List<Clause> clauses(String s) {
        List<Clause> out = new ArrayList<>();
        if (s.length() > 2_000) {
            return out;
        }
        if (startsWithQuote(s)) {
            Matcher q = QUOTE_THEN_ADDING.matcher(s);
            if (HAS_ADDING.matcher(s).find() && q.matches()) {
                add(out, s, q.start(1), q.end(1), q.group(2), q.start(4), q.end(4), "reported:quote-then-adding-that");
            }
            return out;
        }
        Matcher second = SECOND_SUBJECT.matcher(s);
        if (second.find()) {
            // "They said Tuesday they were glad … — and Smith suggested that …": each subject's clause on its own
            List<Clause> first = clauses(s.substring(0, second.start()));
            if (!first.isEmpty()) {
                out.addAll(first);
                split(out, s, second.start(1), second.end(1), second.group(2), second.end(), "reported:second-subject");
                return out;
            }
        }
        Matcher m = ACCORDING_FIRST.matcher(s);
        if (m.matches() && hasOwnCue(s.substring(m.start(2)))) {
            int shift = m.start(2);
            for (Clause c : find(s.substring(shift))) {
                out.add(new Clause(c.subjectStart() + shift, c.subjectEnd() + shift, c.cue(), c.contentStart() + shift,
                        c.contentEnd() + shift, c.rule() + ":relayed"));
            }
            return out;
        }
        if (m.matches()) {
            add(out, s, m.start(1), m.end(1), "according to", m.start(2), m.end(2), "reported:according-to-first");
            return out;
        }
        m = ACCORDING_LAST.matcher(s);
        if (m.matches()) {
            add(out, s, m.start(2), m.end(2), "according to", m.start(1), m.end(1), "reported:according-to-last");
            return out;
        }
        m = SPEAKER_LAST.matcher(s);
        if (m.matches() && m.group(3).equals("reported") && m.group(5) == null) {
            // "X announced that …, WCTI-TV reported.": the outlet is the source; X's clause is the statement
            String content = s.substring(0, m.end(1));
            Matcher inner = THAT.matcher(content);
            if (inner.matches()) {
                split(out, content, inner.start(1), inner.end(1), (inner.group(2) + inner.group(3)).strip(),
                        inner.start(4), "reported:said-that:relayed");
                return out;
            }
        }
        if (m.matches() && !startsWithQuote(s) && !s.substring(m.start(1), m.end(1)).contains("“")) {
            add(out, s, m.start(2), m.end(2), m.group(3), m.start(1), m.end(1), "reported:content-then-speaker");
            if (m.group(5) != null) {
                add(out, s, m.start(2), m.end(2), m.group(3), m.start(5), m.end(5), "reported:adding-that");
            }
            return out;
        }
        m = SAID_THEN_SPEAKER.matcher(s);
        if (m.matches() && !startsWithQuote(s) && m.group(1).indexOf('“') < 0 && m.group(1).indexOf('"') < 0
                && clauseLike(m.group(1))) {
            int speakerEnd = m.end(3);
            if (s.charAt(speakerEnd - 1) == '.' && Character.isLowerCase(s.charAt(speakerEnd - 2))) {
                speakerEnd--; // the sentence's full stop, not an initial's
            }
            add(out, s, m.start(3), speakerEnd, m.group(2), m.start(1), m.end(1), "reported:content-then-said-speaker");
            return out;
        }
        m = DASH_SAID.matcher(s);
        if (m.matches()) {
            add(out, s, m.start(3), m.end(3), m.group(2), m.start(1), m.end(1), "reported:dash-said");
            return out;
        }
        m = VOWED_TO.matcher(s);
        if (m.matches() && !SAYS.matcher(m.group(1)).find() && !startsWithQuote(m.group(1))) {
            int end = clauseEnd(s, m.start(3));
            add(out, s, m.start(1), m.end(1), m.group(2) + " to", m.start(3), end, "reported:vowed-to");
            Matcher next = CLAUSE_END.matcher(s);
            if (end < s.length() && next.find(end)) {
                // "…, vowed to fight the ruling, though he said he would allow …": the second clause is read too
                int shift = next.end();
                while (shift < s.length() && Character.isWhitespace(s.charAt(shift))) {
                    shift++;
                }
                for (Clause c : find(s.substring(shift))) {
                    out.add(new Clause(c.subjectStart() + shift, c.subjectEnd() + shift, c.cue(),
                            c.contentStart() + shift, c.contentEnd() + shift, c.rule()));
                }
            }
            return out;
        }
        m = PLEDGING_TO.matcher(s);
        if (s.contains("ing ") && m.matches() && !SAYS.matcher(s.substring(0, m.start(2))).find()) {
            add(out, s, m.start(1), m.end(1), m.group(2), m.start(3), clauseEnd(s, m.start(3)), "reported:participle-to");
            return out;
        }
        m = PREP_PARTICIPLE.matcher(s);
        if (s.contains("ing ") && m.matches() && !SAYS.matcher(s.substring(0, m.start(2))).find()
                && clauseLike(m.group(3))) {
            split(out, s, m.start(1), m.end(1), m.group(2), m.start(3), "reported:after-" + m.group(2));
            return out;
        }
        m = NOUN_THAT.matcher(s);
        if (m.find() && s.indexOf('“') < 0 && s.indexOf('"') < 0 && possessive(s, m)) {
            // "Critics rejected Dana Moss’s claim that …": the noun, not a verb "claim", holds the statement
            addNounThat(out, s, m);
            return out;
        }
        m = THAT.matcher(s);
        if (m.matches()) {
            String cue = (m.group(2) + m.group(3)).strip();
            split(out, s, m.start(1), m.end(1), cue, m.start(4), "reported:said-that");
            return out;
        }
        m = TOLD.matcher(s);
        if (m.matches() && !SAYS.matcher(m.group(1)).find()
                && (FINITE.matcher(m.group(4)).find() || Clauses.opensClause(m.group(4)))) {
            split(out, s, m.start(1), m.end(1), m.group(2) + " " + m.group(3), m.start(4), "reported:told");
            return out;
        }
        m = BARE.matcher(s);
        if (m.matches() && !startsWithQuote(m.group(3)) && (FINITE.matcher(m.group(3)).find()
                || PAST_CLAUSE.matcher(m.group(3)).find() || Clauses.opensClause(m.group(3)))) {
            split(out, s, m.start(1), m.end(1), m.group(2), m.start(3), "reported:said-clause");
            return out;
        }
        m = PRONOUN_CLAUSE.matcher(s);
        if (m.matches()) {
            split(out, s, m.start(1), m.end(1), m.group(2), m.start(3), "reported:pronoun-clause");
            return out;
        }
        m = ACCUSED.matcher(s);
        if (m.matches() && !SAYS.matcher(m.group(1)).find() && !startsWithQuote(m.group(1))
                && !PASSIVE_END.matcher(m.group(1)).find()) {
            int end = clauseEnd(s, m.start(3));
            Matcher other = NEW_SUBJECT_AND.matcher(s).region(m.start(3), end);
            if (other.find()) {
                end = other.start(); // "…; and Crump counted …": another subject's clause
            }
            Matcher next = PARTICIPLE_NEXT.matcher(s).region(m.start(3), end);
            boolean participle = next.find();
            add(out, s, m.start(1), m.end(1), m.group(2), m.start(3), participle ? next.start() : end,
                    "reported:accused-of");
            if (participle) {
                // "…, warning families will “endure significant hardship”": the accuser's second statement
                add(out, s, m.start(1), m.end(1), next.group(1), next.end(), clauseEnd(s, next.end()),
                        "reported:accused-then-" + next.group(1));
            }
            return out;
        }
        m = CALLED_FOR.matcher(s);
        if (m.matches()) {
            add(out, s, m.start(1), m.end(1), m.group(2), m.start(3), m.end(3), "reported:called-for");
            return out;
        }
        m = STATEMENT_SAYING.matcher(s);
        if (s.contains(" saying ") && m.matches()) {
            add(out, s, m.start(1), m.end(1), "said in a statement", m.start(2), m.end(2), "reported:statement-saying");
            return out;
        }
        Matcher after = COMES_AFTER.matcher(s);
        if (after.lookingAt() && HAS_ADDING.matcher(s).find()) {
            // "It comes after Mr Saunders criticised the premier …, saying …": the clause after "after" is read alone
            int shift = after.end();
            for (Clause c : clauses(s.substring(shift))) {
                out.add(new Clause(c.subjectStart() + shift, c.subjectEnd() + shift, c.cue(), c.contentStart() + shift,
                        c.contentEnd() + shift, c.rule()));
            }
            return out;
        }
        m = VERB_ADDING.matcher(s);
        if (HAS_ADDING.matcher(s).find() && m.matches() && Character.isUpperCase(s.charAt(m.start(1)))
                && !s.substring(m.start(1), m.end(1)).strip().matches("(?i)he|she|it|they|we|i|this|that|the|a|an")
                && (!CLAUSE_PARTICIPLES.contains(m.group(3)) || clauseLike(m.group(4)))) {
            // a pronoun subject is left alone: without the previous sentence's subject it is too often the object
            add(out, s, m.start(1), m.end(1), m.group(3), m.start(4), m.end(4), "reported:verb-then-" + m.group(3));
            return out;
        }
        m = NOUN_THAT.matcher(s);
        if (m.find() && s.indexOf('“') < 0 && s.indexOf('"') < 0) {
            addNounThat(out, s, m);
        }
        return out;
    }

    /** Whether a content reads as a clause: a finite verb, a subject and a past-tense verb, or the tagger says so. */
    private static boolean clauseLike(String content) {
        return FINITE.matcher(content).find() || PAST_CLAUSE.matcher(content).find() || Clauses.opensClause(content);
    }

    /** A {@link #NOUN_THAT} statement: its owner speaks, its content runs to the clause's end. */
    private static void addNounThat(List<Clause> out, String s, Matcher nounThat) {
        add(out, s, nounThat.start(1), nounThat.end(1), nounThat.group(2), nounThat.start(3),
                clauseEnd(s, nounThat.start(3)), "reported:noun-that:" + nounThat.group(2));
    }

    /** Whether a {@link #NOUN_THAT} owner is possessive ("his", "Dana Moss’s"), not the subject of a verb "claims". */
    private static boolean possessive(String s, Matcher nounThat) {
        return nounThat.group(1).matches("his|her|their") || s.substring(nounThat.end(1), nounThat.start(2)).matches(
                "[’']s?\\s+.*|[’']s?\\s*");
    }

    /** The end of a content that starts at {@code from}: before a second clause ({@link #CLAUSE_END}) or the end. */
    private static int clauseEnd(String s, int from) {
        Matcher end = CLAUSE_END.matcher(s);
        end.region(from, s.length());
        return end.find() ? end.start() : s.length();
    }

    /**
     * "According to CNN, Schurr said in records that …": the rest has a cue clause of its own, whose subject is the
     * speaker; the source after "according to" only relays it.
     */
    private static boolean hasOwnCue(String rest) {
        Matcher t = THAT.matcher(rest);
        if (t.matches() && t.group(1).split("\\s+").length <= 4) {
            return true;
        }
        Matcher b = BARE.matcher(rest);
        return b.matches() && b.group(1).split("\\s+").length <= 4;
    }

    /** Content from {@code from} to the sentence end, cut where "…, adding that …" hands over to a second clause. */
    private static void split(List<Clause> out, String s, int subjectStart, int subjectEnd, String cue, int from,
                              String rule) {
        int start = from;
        int stop = s.length();
        Matcher but = NARRATOR_BUT.matcher(s);
        but.region(from, s.length());
        if (but.find()) {
            stop = but.start();
        }

        Matcher c = CONTINUATION.matcher(s);
        c.region(from, stop);
        while (c.find()) {
            add(out, s, subjectStart, subjectEnd, cue, start, c.start(), rule);
            start = c.end();
            rule = c.group(1) == null ? "reported:and-that" : "reported:" + c.group(1) + "-that";
        }
        add(out, s, subjectStart, subjectEnd, cue, start, stop, rule);
    }

    private static void add(List<Clause> out, String s, int subjectStart, int subjectEnd, String cue, int start,
                            int end, String rule) {
        while (end > start && ".!,; \n".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        // "KUALA LUMPUR, June 28 (Bernama) -- The decision …, said X": the dateline is no part of what was said
        start = Math.min(end, SpeakerCandidates.datelineEnd(s.substring(0, end), start));
        if (end - start < 8 || startsWithQuote(s.substring(start, end))) {
            return;
        }
        out.add(new Clause(subjectStart, subjectEnd, cue, start, end, rule));
    }

    private static boolean startsWithQuote(String s) {
        String t = s.stripLeading();
        // a line may open its quote with a reversed ” ("”What would you expect …,” Mr Minns said.")
        return !t.isEmpty() && "“\"«”".indexOf(t.charAt(0)) >= 0;
    }
}
