package io.verbatim.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reported-speech stage on its own: subjects, cues and contents of masked sentences. */
class ReportedSpeechTest {

    private static String subject(String s, ReportedSpeech.Clause c) {
        return s.substring(c.subjectStart(), c.subjectEnd());
    }

    private static String content(String s, ReportedSpeech.Clause c) {
        return s.substring(c.contentStart(), c.contentEnd());
    }

    @Test
    void shouldFindSaidThatWithATimeBetweenCueAndThat() {
        String s = "Republican Sen. Kelly Ayotte said Sunday that she will support the bill.";
        List<ReportedSpeech.Clause> clauses = ReportedSpeech.find(s);
        assertThat(clauses).hasSize(1);
        assertThat(subject(s, clauses.get(0))).isEqualTo("Republican Sen. Kelly Ayotte");
        assertThat(content(s, clauses.get(0))).isEqualTo("she will support the bill");
    }

    @Test
    void shouldSplitAContinuationIntoASecondClauseWithTheSameSubject() {
        String s = "Rubio argued that the measures would help and predicted that his group will find the votes.";
        List<ReportedSpeech.Clause> clauses = ReportedSpeech.find(s);
        assertThat(clauses).extracting(c -> content(s, c))
                .containsExactly("the measures would help", "his group will find the votes");
        assertThat(clauses).extracting(c -> subject(s, c)).containsOnly("Rubio");
    }

    @Test
    void shouldFindContentThenSpeakerAndAddingThat() {
        String s = "Any deterioration could be a big blow to Moscow, Fabius said, adding that new sanctions could follow.";
        List<ReportedSpeech.Clause> clauses = ReportedSpeech.find(s);
        assertThat(clauses).extracting(c -> subject(s, c)).containsOnly("Fabius");
        assertThat(clauses).extracting(c -> content(s, c))
                .containsExactly("Any deterioration could be a big blow to Moscow", "new sanctions could follow");
    }

    @Test
    void shouldFindABareClauseOnlyWithAFiniteVerb() {
        String withVerb = "Williams said the tweets were justified.";
        assertThat(ReportedSpeech.find(withVerb)).extracting(c -> content(withVerb, c))
                .containsExactly("the tweets were justified");
        assertThat(ReportedSpeech.find("Williams said goodbye to the crowd.")).isEmpty();
    }

    @Test
    void shouldLeaveSentencesOpeningWithAQuoteToTheQuoteStages() {
        assertThat(ReportedSpeech.find("“xxxxxxxx,” Ayotte said that day.")).isEmpty();
    }

    @Test
    void shouldReadAccordingTo() {
        String s = "According to Irish Prime Minister Michal Martin, a no deal scenario would be very bad news.";
        List<ReportedSpeech.Clause> clauses = ReportedSpeech.find(s);
        assertThat(clauses).hasSize(1);
        assertThat(subject(s, clauses.get(0))).isEqualTo("Irish Prime Minister Michal Martin");
        assertThat(content(s, clauses.get(0))).isEqualTo("a no deal scenario would be very bad news");
    }

    @Test
    void shouldSplitAndThatIntoASecondContentOfTheSameSubject() {
        String s = "Chief Ana Ruiz says her unit is short of staff and that pay is the main problem.";
        List<ReportedSpeech.Clause> clauses = ReportedSpeech.find(s);
        assertThat(clauses).extracting(c -> content(s, c))
                .containsExactly("her unit is short of staff", "pay is the main problem");
        assertThat(clauses).extracting(c -> subject(s, c)).containsOnly("Chief Ana Ruiz");
    }

    @Test
    void shouldReadABareClauseWhoseVerbOnlyTheTaggerKnows() {
        String s = "Dana Moss said he expects the plant to reopen in May.";
        assertThat(ReportedSpeech.find(s)).extracting(c -> content(s, c))
                .containsExactly("he expects the plant to reopen in May");
        String t = "Dana Moss suggested the board could delay the vote.";
        assertThat(ReportedSpeech.find(t)).extracting(c -> subject(t, c)).containsExactly("Dana Moss");
    }

    @Test
    void shouldNotTakeAVerbsAccordingToForASource() {
        String s = "He added that although the council has worked according to the plan so far, the city pays.";
        List<ReportedSpeech.Clause> clauses = ReportedSpeech.find(s);
        assertThat(clauses).extracting(c -> subject(s, c)).containsExactly("He");
    }

    @Test
    void shouldReadAPromiseWithAnInfinitiveUpToItsClauseEnd() {
        String s = "Mayor Ellen Park has vowed to fight the closure in court, though she said talks would go on.";
        List<ReportedSpeech.Clause> clauses = ReportedSpeech.find(s);
        assertThat(clauses).extracting(c -> subject(s, c)).containsExactly("Mayor Ellen Park", "she");
        assertThat(clauses).extracting(c -> content(s, c)).containsExactly("fight the closure in court",
                "talks would go on");
        assertThat(ReportedSpeech.find("The club promised to a fan that the gates open early.")).extracting(
                ReportedSpeech.Clause::rule).doesNotContain("reported:vowed-to");
    }

    @Test
    void shouldReadAStatementHeldByANounWithItsOwnerAsSubject() {
        String s = "The council thanked Ellen Park after her announcement that she will retire in June.";
        List<ReportedSpeech.Clause> clauses = ReportedSpeech.find(s);
        assertThat(clauses).extracting(c -> subject(s, c)).containsExactly("her");
        assertThat(clauses).extracting(c -> content(s, c)).containsExactly("she will retire in June");
        String t = "Critics rejected Dana Moss’s claim that the plant was safe, but the board agreed.";
        assertThat(ReportedSpeech.find(t)).extracting(c -> subject(t, c), c -> content(t, c)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Dana Moss", "the plant was safe"));
    }

    @Test
    void shouldReadAnAnnouncementOnlyWhenAPronounClauseFollows() {
        String s = "Rep. Ann Vale released a statement after Leader Tom Reed announced he is stepping down.";
        assertThat(ReportedSpeech.find(s)).extracting(c -> content(s, c)).containsExactly("he is stepping down");
        assertThat(ReportedSpeech.find("The company announced a new plant that will open in May.")).extracting(
                ReportedSpeech.Clause::rule).doesNotContain("reported:pronoun-clause");
    }

    @Test
    void shouldReadRound9ClauseShapes() {
        String twice = "Mr Vale twice claimed that Labour voted against the plan.";
        assertThat(ReportedSpeech.find(twice)).extracting(c -> subject(twice, c), c -> content(twice, c))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mr Vale", "Labour voted against the plan"));
        String tweeted = "Vale tweeted Friday morning he had talked to the president.";
        assertThat(ReportedSpeech.find(tweeted)).extracting(c -> content(tweeted, c))
                .containsExactly("he had talked to the president");
        String place = "Vale told reporters on Capitol Hill he doesn't know what comes next.";
        assertThat(ReportedSpeech.find(place)).extracting(c -> subject(place, c), c -> content(place, c))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Vale", "he doesn't know what comes next"));
        String thatIs = "Vale says that's not accurate.";
        assertThat(ReportedSpeech.find(thatIs)).extracting(c -> content(thatIs, c)).containsExactly("that's not accurate");
        String quoted = "The comments were \"xxxxxxxxxx\" and \"xxxxxxxx\" Sen. Ann Vale (R-SC) said later in the day.";
        assertThat(ReportedSpeech.find(quoted)).extracting(c -> subject(quoted, c))
                .containsExactly("Sen. Ann Vale (R-SC)");
    }

    @Test
    void shouldReadContentThenSaidThenSpeakerWithoutItsDateline() {
        String s = "KUALA LUMPUR, June 28 (Bernama) -- The review was no hasty reaction, said Communications Minister "
                + "Datuk Ann Vale.";
        assertThat(ReportedSpeech.find(s)).extracting(c -> subject(s, c), c -> content(s, c)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Communications Minister Datuk Ann Vale",
                        "The review was no hasty reaction"));
        assertThat(ReportedSpeech.find("The crowd cheered, said to be the largest in years.")).isEmpty();
        // a subject's relative clause before its own "said" is no content, nor its clause a speaker
        String relative = "Gov. Ann Vale, who is weighing a run, said the decision was a victory for families.";
        assertThat(ReportedSpeech.find(relative)).extracting(c -> content(relative, c))
                .containsExactly("the decision was a victory for families");
    }

    @Test
    void shouldReadAnAccusationAsTheAccusersStatement() {
        String s = "Ann Vale has accused Tom Reed of “xxxxxxxx” by failing to act, warning families will “xxxxxxx” "
                + "within days.";
        assertThat(ReportedSpeech.find(s)).extracting(c -> subject(s, c), c -> content(s, c)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ann Vale", "Tom Reed of “xxxxxxxx” by failing to act"),
                org.assertj.core.groups.Tuple.tuple("Ann Vale", "families will “xxxxxxx” within days"));
        assertThat(ReportedSpeech.find("Tom Reed was accused of lying to the committee.")).isEmpty();
        String other = "Attorney Ann Vale accused police of hiding “xxxxxx xxx xxxxxx\" and Tom Reed counted the days.";
        assertThat(ReportedSpeech.find(other)).extracting(c -> content(other, c))
                .containsExactly("police of hiding “xxxxxx xxx xxxxxx\"");
        assertThat(ReportedSpeech.find("Tom Reed has been accused by critics of lying to the committee.")).isEmpty();
    }

    @Test
    void shouldHandAContentOverToASecondSubjectWithItsOwnCue() {
        String s = "The two senators said Tuesday they were glad the posts were gone — and Vale suggested that an "
                + "apology was needed.";
        assertThat(ReportedSpeech.find(s)).extracting(c -> subject(s, c), c -> content(s, c)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("The two senators", "they were glad the posts were gone"),
                org.assertj.core.groups.Tuple.tuple("Vale", "an apology was needed"));
    }

    @Test
    void shouldReadAnAnnouncementWhoseClauseOpensWithAPossessiveSubject() {
        String s = "Attorney General Ann Vale announced her office has \"xxxxxxxx\" from the housing agency.";
        assertThat(ReportedSpeech.find(s)).extracting(c -> content(s, c))
                .containsExactly("her office has \"xxxxxxxx\" from the housing agency");
    }

    @Test
    void shouldLeaveALineOpeningWithAReversedQuoteMarkToTheQuoteStages() {
        assertThat(ReportedSpeech.find("”xxxxxxxx, xxxxx,” Mr Vale said.")).isEmpty();
    }

    @Test
    void shouldReadWentOnToSayAndMadeItClearAsCues() {
        String went = "But he went on to say the people in the suburbs had \"xxxxxx\" for weeks.";
        assertThat(ReportedSpeech.find(went)).extracting(c -> subject(went, c), c -> content(went, c)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("But he", "the people in the suburbs had \"xxxxxx\" for weeks"));
        String clear = "The Governor made it clear that anyone who disrupts the peace will get his attention.";
        assertThat(ReportedSpeech.find(clear)).extracting(c -> content(clear, c))
                .containsExactly("anyone who disrupts the peace will get his attention");
    }

    @Test
    void shouldReadAParticiplePromiseWithTheSubjectOpeningTheSentence() {
        String s = "Mr Reed delivered his budget response on Thursday morning, pledging to increase energy vouchers by "
                + "$10 and restore an advice line.";
        assertThat(ReportedSpeech.find(s)).extracting(c -> subject(s, c), c -> content(s, c)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Mr Reed",
                        "to increase energy vouchers by $10 and restore an advice line"));
    }

    @Test
    void shouldReadTheClauseAfterItComesAfter() {
        String s = "It comes after Mr Reed criticised the premier for visiting the region, saying it had taken too long.";
        assertThat(ReportedSpeech.find(s)).extracting(c -> subject(s, c), c -> content(s, c)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Mr Reed", "it had taken too long"));
    }

    @Test
    void shouldReadASayingParticipleAfterAPrepositionWithTheNameOpeningTheSentence() {
        String after = "Governor Ann Vale was recently criticized after claiming that he had \"xxxxxx\" in his first year.";
        assertThat(ReportedSpeech.find(after)).extracting(c -> subject(after, c), c -> content(after, c)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Governor Ann Vale", "he had \"xxxxxx\" in his first year"));
        String despite = "Minister Tom Reed ruled out a new deal despite acknowledging it had been a very tough election.";
        assertThat(ReportedSpeech.find(despite)).extracting(c -> content(despite, c))
                .containsExactly("it had been a very tough election");
        assertThat(ReportedSpeech.find("The president concluded by saying that the plan would work.")).extracting(
                c -> c.rule()).doesNotContain("reported:after-saying");
    }

    @Test
    void shouldReadMoreSayingParticiplesOnlyBeforeAClauseAndNeverWithADeterminerForSubject() {
        String indicating = "Finance Minister Ann Vale resigned on Tuesday evening, indicating that the government should "
                + "be run properly.";
        assertThat(ReportedSpeech.find(indicating)).extracting(c -> content(indicating, c))
                .containsExactly("the government should be run properly");
        assertThat(ReportedSpeech.find("Ann Vale spoke on Tuesday, stressing the need for calm.")).isEmpty();
        assertThat(ReportedSpeech.find("The stream of resignations came after Ann Vale resigned, indicating that the "
                + "government should be run properly.")).isEmpty();
    }

    @Test
    void shouldReadAPronounClauseAfterATimeBetweenItAndTheCue() {
        String s = "Vale announced in a tweet just before 1 a.m. Friday he and his wife had tested positive for the virus.";
        assertThat(ReportedSpeech.find(s)).extracting(c -> subject(s, c), c -> content(s, c)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Vale", "he and his wife had tested positive for the virus"));
    }
}
