package io.verbatim.extraction;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each stage of the extractor on its own: quote spans, sentences, cues, speaker candidates, coreference, resolution. */
class ExtractionStagesTest {

    @Test
    void quoteSpansShouldJoinAMultiParagraphQuoteAndMaskQuoteContents() {
        String text = "He said: “First part.\n\n“Second part.” Then more.";
        QuoteSpans.Found found = QuoteSpans.find(text);
        assertThat(found.quotes()).hasSize(1);
        assertThat(found.quotes().get(0).text()).isEqualTo("First part. Second part.");
        assertThat(new String(found.masked())).startsWith("He said: “xxxxxxxxxxx").endsWith("” Then more.");
    }

    @Test
    void clausesShouldGiveTheSubjectOfTheVerbBeforeAQuoteNearestFirst() {
        String text = "On Monday, Trump also blamed the Justice Department for “watering down” the ban";
        assertThat(Clauses.subjects(text, 0, text.indexOf('“'))).extracting(Clauses.Subject::phrase)
                .startsWith("Trump");
        String timed = "Trump on Monday mocked Schumer’s “fake tears”";
        assertThat(Clauses.subjects(timed, 0, timed.indexOf('“'))).extracting(Clauses.Subject::phrase)
                .containsExactly("Trump");
        String scare = "Critics call it the “reset” policy.";
        assertThat(Clauses.subjects(scare, 0, scare.indexOf('“'))).isEmpty();
    }

    @Test
    void aPartialQuoteWithNoCueShouldGoToTheSubjectOfItsClause() {
        Extracted out = QuoteExtractor.extract("Brexit Secretary David Davis spoke on Sunday. "
                + "He also defended Theresa May as a “very good prime minister”.");
        assertThat(out.statements()).extracting(Extracted.Found::text, Extracted.Found::speakerName)
                .contains(org.assertj.core.groups.Tuple.tuple("very good prime minister", "David Davis"));
    }

    @Test
    void sentencesShouldNotEndAtAnAbbreviationOrInsideAQuote() {
        String text = "Sen. Rand Paul said “No. Never.” on Monday. Then he left.";
        QuoteSpans.Found found = QuoteSpans.find(text);
        List<QuoteSpans.Quote> quotes = new ArrayList<>(found.quotes());
        List<Sentences.Sentence> sentences = Sentences.split(text, found.masked(), quotes);
        assertThat(sentences).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Sen. Rand Paul said “No. Never.” on Monday.", "Then he left.");
        assertThat(Sentences.quotesIn(sentences.get(0), quotes)).hasSize(1);
    }

    @Test
    void cuesShouldFindTheSpeakerPhraseAfterAndBeforeAQuote() {
        Cues.Match after = Cues.afterQuote(", Sen. Jeanne Shaheen (D-NH), who chairs it, told The Daily Beast.");
        assertThat(after.speakerText()).isEqualTo(", Sen. Jeanne Shaheen (D-NH), who chairs it, ");
        assertThat(after.cue()).isEqualTo("told The Daily Beast");
        Cues.Match inverted = Cues.afterQuote(", said Olaf Scholz, the German chancellor.");
        assertThat(inverted.speakerText()).isEqualTo("Olaf Scholz, the German chancellor");
        assertThat(inverted.rule()).isEqualTo("quote-then-cue-then-speaker:said");
        Cues.Match before = Cues.beforeQuote("At the rally, Ms. Warren has said: ");
        assertThat(before.speakerText()).isEqualTo("Ms. Warren");
        assertThat(Cues.afterQuote(" and the crowd cheered.")).isNull();
        assertThat(Cues.partial("called the amendment ", "a capitulation")).isTrue();
        assertThat(Cues.partial("He said: ", "We won")).isFalse();
        Cues.Match colon = Cues.colonIntroduction("Sen. Mark Warner released the following statement:");
        assertThat(colon.speakerText()).isEqualTo("Sen. Mark Warner");
        Cues.Indirect according = Cues.indirect("The deal is off, according to Senate aides.");
        assertThat(according.phrase()).isEqualTo("Senate aides");
        assertThat(according.said()).isEqualTo("The deal is off");
    }

    @Test
    void speakerCandidatesShouldSplitAppositivesAndReadNamesWithoutGuessing() {
        SpeakerCandidates.Phrase phrase = SpeakerCandidates.phrase("Sergio Gor, the senator’s deputy chief of staff");
        assertThat(phrase.head()).isEqualTo("Sergio Gor");
        SpeakerCandidates.Appositive appositive = SpeakerCandidates.appositive(phrase.appositive());
        assertThat(appositive.staff()).isTrue();
        assertThat(appositive.principal()).isEqualTo("senator"); // the reference reads it as "the senator"
        assertThat(appositive.role()).isEqualTo("deputy chief of staff");

        assertThat(SpeakerCandidates.head("a spokesman for Gov. Phil Murphy").shape())
                .isEqualTo(SpeakerCandidates.Shape.SPOKESPERSON_FOR);
        assertThat(SpeakerCandidates.head("Paul’s office").shape()).isEqualTo(SpeakerCandidates.Shape.POSSESSIVE);

        SpeakerCandidates.Reference titled = SpeakerCandidates.reference("Sen. Rand Paul (R-KY)");
        assertThat(titled.form()).isEqualTo(SpeakerCandidates.Form.NAME);
        assertThat(titled.name()).isEqualTo("Rand Paul");
        assertThat(titled.party()).isEqualTo("R");
        assertThat(titled.state()).isEqualTo("KY");
        assertThat(SpeakerCandidates.reference("the Kentucky senator").form())
                .isEqualTo(SpeakerCandidates.Form.DESCRIPTION);
        assertThat(SpeakerCandidates.reference("Ukraine").form()).isEqualTo(SpeakerCandidates.Form.NOT_A_NAME);
        assertThat(SpeakerCandidates.reference("White House press secretary Sarah Sanders").staffTitleOrganisation())
                .isEqualTo("White House");
    }

    @Test
    void coreferenceShouldResolveSurnamesDescriptionsAndPronounsToEarlierMentions() {
        Coreference coreference = new Coreference();
        coreference.observe(0, "Sen. Rand Paul (R-KY) met Jeanne Shaheen on Monday.");
        assertThat(coreference.bySurname("Paul", 100).name).isEqualTo("Rand Paul");
        assertThat(coreference.description("Kentucky", "senator", 100).name).isEqualTo("Rand Paul");
        assertThat(coreference.pronoun('F', 100).name).isEqualTo("Jeanne Shaheen");
        assertThat(coreference.bySurname("Paul", 0)).isNotNull(); // met anywhere in the article
        assertThat(coreference.recent(e -> true, 0)).isNull(); // nothing was mentioned before offset 0
    }

    @Test
    void resolverShouldGiveSpeakersPrincipalsAndOfficesAndNobodyForAPlace() {
        Coreference coreference = new Coreference();
        coreference.observe(0, "Sen. Rand Paul (R-KY) spoke.");
        Resolver resolver = new Resolver(coreference);
        Resolver.Who gor = resolver.speakerPhrase("Sergio Gor, the senator’s deputy chief of staff", 50);
        assertThat(gor.speaker().name).isEqualTo("Sergio Gor");
        assertThat(gor.principal().name).isEqualTo("Rand Paul");
        assertThat(gor.rules()).contains("staff-appositive:on-behalf-of");
        Resolver.Who office = resolver.speakerPhrase("Paul’s office", 60);
        assertThat(office.speaker().name).isEqualTo("Office of Rand Paul");
        assertThat(office.speaker().organisation).isTrue();
        assertThat(resolver.speakerPhrase("California", 70)).isNull();
        assertThat(resolver.speakerPhrase("she", 70)).isNull(); // no woman mentioned
    }

    @Test
    void quoteSpansShouldContinueAHardWrappedQuoteButNotRunIntoTheNextQuote() {
        QuoteSpans.Found wrapped = QuoteSpans.find("“In recent months, Apple has made\nprogress,” said Woolard.");
        assertThat(wrapped.quotes()).extracting(QuoteSpans.Quote::text)
                .containsExactly("In recent months, Apple has made progress,");
        QuoteSpans.Found open = QuoteSpans.find("He said “it ends here\nThen she said “no.”");
        assertThat(open.quotes()).extracting(QuoteSpans.Quote::text).containsExactly("it ends here", "no.");
    }

    @Test
    void reportedSpeechShouldReadAddingThatAfterAQuoteAndAfterAVerbThatIsNoCue() {
        List<ReportedSpeech.Clause> afterQuote = ReportedSpeech.find(
                "“xxxxxxxx,” she said, adding that the troop build-up is evidence of a plan.");
        assertThat(afterQuote).extracting(ReportedSpeech.Clause::rule).containsExactly("reported:quote-then-adding-that");
        String s = "Mayor Eric Adams spoke out against the riots, adding that such protests would not be tolerated.";
        List<ReportedSpeech.Clause> verb = ReportedSpeech.find(s);
        assertThat(verb).hasSize(1);
        assertThat(s.substring(verb.get(0).subjectStart(), verb.get(0).subjectEnd())).isEqualTo("Mayor Eric Adams");
        assertThat(ReportedSpeech.find("He criticized his colleagues, arguing that dialogue matters.")).isEmpty();
    }

    @Test
    void extractorShouldResolveACataphoricPronounAndAnEmbeddedPost() {
        Extracted cataphora = QuoteExtractor.extract("“We must stay in the realm of reality,” he said. Despite his tone, "
                + "Fabius dismissed a war.");
        assertThat(cataphora.statements()).extracting(Extracted.Found::speakerName).containsExactly("Fabius");
        Extracted embed = QuoteExtractor.extract("GOP Sen. Ted Cruz sent out this tweet:\n\nInvoking privilege is not "
                + "obstruction of Congress. pic.twitter.com/abc123 — Ted Cruz (@tedcruz) January 21, 2020");
        assertThat(embed.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("Ted Cruz", "DIRECT"));
    }

    @Test
    void sentencesShouldEndAfterAClosedQuoteUnlessItsAttributionFollows() {
        String text = "Faizi said: “It is not true.” Zadran told AFP he had called a drill. “No.” Smith said.";
        QuoteSpans.Found found = QuoteSpans.find(text);
        List<Sentences.Sentence> sentences = Sentences.split(text, found.masked(), new ArrayList<>(found.quotes()));
        assertThat(sentences).extracting(x -> text.substring(x.start(), x.end())).containsExactly(
                "Faizi said: “It is not true.”", "Zadran told AFP he had called a drill.", "“No.” Smith said.");
    }

    @Test
    void aSentenceShouldEndAfterUSClosingAPlacePhraseButNotBeforeWhatItModifies() {
        String text = "The party grew fastest in the U.S. RNC Chairwoman Ann Vale said so. The U.S. Senate voted in "
                + "the U.S. Capitol today.";
        QuoteSpans.Found found = QuoteSpans.find(text);
        List<Sentences.Sentence> sentences = Sentences.split(text, found.masked(), new ArrayList<>(found.quotes()));
        assertThat(sentences).extracting(x -> text.substring(x.start(), x.end())).containsExactly(
                "The party grew fastest in the U.S.", "RNC Chairwoman Ann Vale said so.",
                "The U.S. Senate voted in the U.S. Capitol today.");
    }

    @Test
    void speakerPhrasesShouldDropDatelinesAndReadATitleBeforeACommaAsATitle() {
        assertThat(SpeakerCandidates.stripLeadIn("TALLAHASSEE, Fla., Dec. 30 -- Gov. Jeb E. Bush"))
                .isEqualTo("Gov. Jeb E. Bush");
        assertThat(SpeakerCandidates.stripLeadIn("Texas Governor, Greg Abbott")).isEqualTo("Texas Governor Greg Abbott");
        assertThat(SpeakerCandidates.stripLeadIn("Greg Abbott, the governor")).isEqualTo("Greg Abbott, the governor");
        assertThat(Cues.beforeQuote("The President blamed the opposition for the violence and said ").speakerText())
                .isEqualTo("The President");
    }

    @Test
    void extractorShouldContinueAnAttributionOnlyWhenNoCueNamedSomeoneElse() {
        Extracted next = QuoteExtractor.extract("“We will fight on,” Johnson said.\n\n“We have taken the tough "
                + "decisions and we are getting on with the job.”");
        assertThat(next.statements()).extracting(Extracted.Found::speakerName).containsExactly("Johnson", "Johnson");
        assertThat(next.statements().get(1).explain()).contains("continuation:next-paragraph");
        Extracted unnamed = QuoteExtractor.extract("“We will fight on,” Johnson said.\n\n“It is over for him and "
                + "everybody knows it,” a Labour MP said.");
        assertThat(unnamed.statements()).extracting(Extracted.Found::speakerName).containsExactly("Johnson");
        Extracted spokesman = QuoteExtractor.extract("“We are reviewing the decision,” the spokesman said.\n\n“No "
                + "further comment will be made today.”");
        assertThat(spokesman.statements()).isEmpty();
        assertThat(spokesman.unattributed()).extracting(Extracted.Span::descriptor)
                .containsExactly("the spokesman", "the spokesman");
        Extracted ministry = QuoteExtractor.extract("The Foreign Ministry said it was not in a position to make the "
                + "figures public.\n\n“We have no authority to release the figure,” said a spokesperson.");
        assertThat(ministry.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::descriptor)
                .contains(org.assertj.core.groups.Tuple.tuple("Foreign Ministry", "a spokesperson"));
    }

    @Test
    void coreferenceShouldPutANameWithAnUnknownFirstNameOnTheTimeline() {
        assertThat(Coreference.unknownName("Elon Musk", false)).isEqualTo("Elon Musk");
        assertThat(Coreference.unknownName("Author Stephen King", true)).isEqualTo("Stephen King");
        assertThat(Coreference.unknownName("Supreme Court", false)).isNull();
        assertThat(Coreference.unknownName("Shortly Afterwards", true)).isNull();
        Extracted musk = QuoteExtractor.extract("The rebrand was announced by tech mogul Elon Musk’s company.\n\n"
                + "“Soon we shall bid adieu to the Twitter brand,” he said.");
        assertThat(musk.statements()).extracting(Extracted.Found::speakerName).containsExactly("Elon Musk");
    }

    @Test
    void cuesShouldReadAPassiveIntroductionAndAStatementFromAnOrganisation() {
        Cues.Match passive = Cues.colonIntroduction("The following statement was issued today by the Spokesman for "
                + "UN Secretary-General António Guterres:");
        assertThat(passive.speakerText()).isEqualTo("the Spokesman for UN Secretary-General António Guterres");
        Extracted facebook = QuoteExtractor.extract("“We have applied this policy since January,” read a statement "
                + "from Facebook.");
        assertThat(facebook.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::organisation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Facebook", true));
    }

    @Test
    void aColonIntroductionWithoutACueShouldGiveItsNameOrSubjectToTheQuoteBelow() {
        Extracted name = QuoteExtractor.extract("Acme Widgets Inc. CEO Dana Moss:\n\n“Demand held up well this quarter.”");
        assertThat(name.statements()).extracting(Extracted.Found::speakerName).containsExactly("Dana Moss");
        Extracted verb = QuoteExtractor.extract("Gov. Tom Reyes took questions on Friday.\n\nThe governor fired back "
                + "at his critics:\n\n“Come and see the bridge for yourselves.”");
        assertThat(verb.statements()).extracting(Extracted.Found::speakerName).containsExactly("Tom Reyes");
        Extracted none = QuoteExtractor.extract("On whether the plan is realistic:\n\n“It is very reasonable.”");
        assertThat(none.statements()).isEmpty();
    }

    @Test
    void aDescriptionWithNoAntecedentShouldGoToTheNamedSpeakerOfTheNextSentence() {
        Extracted out = QuoteExtractor.extract("“The crews are exhausted,” the chief said.\nOkafor said he had asked "
                + "for more staff.");
        assertThat(out.statements()).extracting(Extracted.Found::speakerName).containsOnly("Okafor");
        assertThat(out.statements()).hasSize(2);
    }

    @Test
    void aQuoteParagraphAfterASplitQuoteShouldContinueItsSpeaker() {
        Extracted out = QuoteExtractor.extract("“We are ready,” Mayor Lena Ortiz said. “The trucks are out.”\n"
                + "“Nobody should drive tonight.”");
        assertThat(out.statements()).extracting(Extracted.Found::speakerName).containsOnly("Lena Ortiz");
        assertThat(out.unattributed()).isEmpty();
    }

    @Test
    void coordinatedPartialQuotesShouldShareTheirAttribution() {
        Extracted out = QuoteExtractor.extract("Sen. Ruth Bader called the plan “reckless” and a “giveaway” on Monday.");
        assertThat(out.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::text)
                .contains(org.assertj.core.groups.Tuple.tuple("Ruth Bader", "giveaway"));
    }

    @Test
    void aDescriptionWithANationalityShouldFitTheLeaderTheArticleNamed() {
        Extracted out = QuoteExtractor.extract("President Ivan Petrov opened the meeting.\n\n“We need a new cabinet,” "
                + "Petrov said. “We will decide today,” the Ruritanian leader said.");
        assertThat(out.statements()).extracting(Extracted.Found::speakerName).containsOnly("Ivan Petrov");
    }

    @Test
    void anUnnamedSpokespersonShouldNeverBeGivenToThePrincipal() {
        Extracted person = QuoteExtractor.extract("Sen. Carl Winters (D-OR) voted no. “He has no plans to resign,” a "
                + "spokesman for Sen. Carl Winters said.");
        assertThat(person.statements()).isEmpty();
        assertThat(person.unattributed()).extracting(Extracted.Span::descriptor, Extracted.Span::onBehalfOf)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a spokesman for Sen. Carl Winters", "Carl Winters"));
        Extracted organisation = QuoteExtractor.extract("“We are reviewing it,” a State Department spokeswoman said.");
        assertThat(organisation.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::organisation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("State Department", true));
    }

    @Test
    void singleQuoteQuotingShouldBeReadAsQuotesButNotApostrophes() {
        String text = "Labour leader Kay Dunn said: ‘This government has failed. It can’t go on.’ The workers’ union agreed.";
        assertThat(QuoteSpans.singleAsDouble(text)).isEqualTo("Labour leader Kay Dunn said: “This government has "
                + "failed. It can’t go on.” The workers’ union agreed.");
        Extracted out = QuoteExtractor.extract(text);
        assertThat(out.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::text)
                .contains(org.assertj.core.groups.Tuple.tuple("Kay Dunn", "This government has failed. It can’t go on."));
        String nested = "“He told me ‘never again’ and left,” Moss said.";
        assertThat(QuoteSpans.singleAsDouble(nested)).isEqualTo(nested);
    }

    @Test
    void aQuoteParagraphAfterAPersonsSentenceShouldGoToThatPerson() {
        Extracted out = QuoteExtractor.extract("The union’s president, Ella Moss, was blunt.\n\n“We will strike on "
                + "Monday.”");
        assertThat(out.statements()).extracting(Extracted.Found::speakerName).containsExactly("Ella Moss");
        Extracted police = QuoteExtractor.extract("Police arrested John Smith on Monday.\n\n“This is a travesty.”");
        assertThat(police.statements()).isEmpty(); // the subject is no person
    }

    @Test
    void aStaffersNameAfterAPossessiveStaffPhraseShouldSpeakForItsOwner() {
        Extracted out = QuoteExtractor.extract("Sen. Carl Winters (D-OR) skipped the vote. Carl Winters’ spokeswoman, "
                + "Ella Moss, said the senator was traveling.");
        assertThat(out.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::onBehalfOf)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ella Moss", "Carl Winters"));
        Extracted told = QuoteExtractor.extract("The company’s chief executive, Ella Moss, told analysts the outlook "
                + "was strong.");
        assertThat(told.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ella Moss", "the outlook was strong"));
    }

    @Test
    void singleQuotesShouldCloseAfterPunctuationAndContinueIntoTheNextParagraph() {
        String text = "‘We have to give seven days’ notice,’ Cllr Hunt said. ‘It is another delay.\n\n‘I’ll decide again.’";
        assertThat(QuoteSpans.singleAsDouble(text)).isEqualTo("“We have to give seven days’ notice,” Cllr Hunt said. "
                + "“It is another delay.\n\n“I’ll decide again.”");
        Extracted out = QuoteExtractor.extract(text);
        assertThat(out.statements()).extracting(Extracted.Found::speakerName).containsOnly("Cllr Hunt");
        assertThat(out.unattributed()).isEmpty();
    }

    @Test
    void theSubjectOfARelativeClauseShouldBeItsAntecedent() {
        Extracted out = QuoteExtractor.extract("He was stopped by the leader of the council, Cllr Ravi Patel, who told "
                + "him he was ‘wasting time’.");
        assertThat(out.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::text)
                .contains(org.assertj.core.groups.Tuple.tuple("Cllr Ravi Patel", "wasting time"));
    }

    @Test
    void aPostOfAnOrganisationBeforeANameShouldBeTheAppositive() {
        SpeakerCandidates.Phrase phrase = SpeakerCandidates.phrase("Leader of the Brent Liberal Democrats, Cllr Anton "
                + "Georgiou");
        assertThat(phrase.head()).isEqualTo("Cllr Anton Georgiou");
        assertThat(phrase.appositive()).isEqualTo("Leader of the Brent Liberal Democrats");
    }

    @Test
    void aQuoteSignedWithATitledNameShouldGoToThatName() {
        Extracted out = QuoteExtractor.extract("* \"The bridge will open in May.\" Spokesman Alan Price, on the river "
                + "crossing (Valley Times, March 3).\n* \"It is on budget.\" Price, on the costs.");
        assertThat(out.statements()).extracting(Extracted.Found::speakerName).containsExactly("Alan Price",
                "Alan Price");
    }

    @Test
    void aTitledNameOnALineOfItsOwnShouldHeadTheQuoteBelowIt() {
        Extracted out = QuoteExtractor.extract("Here is what they said:\nSen. Ruth Porter\n“We stand with the farmers.”"
                + "\nRep. Owen Hale\n“The harvest comes first.”");
        assertThat(out.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ruth Porter", "We stand with the farmers."),
                org.assertj.core.groups.Tuple.tuple("Owen Hale", "The harvest comes first."));
    }

    @Test
    void theStatementShouldSpeakForWhoIssuedIt() {
        Extracted out = QuoteExtractor.extract("A statement issued by the Head of Communications of the Water Board, "
                + "Kofi Mensah, said the pipes had burst.\n\n“We are working day and night,” the statement said.\n\n"
                + "It said supplies would return on Friday.");
        assertThat(out.statements()).extracting(Extracted.Found::speakerName).containsOnly("Kofi Mensah");
        assertThat(out.statements()).extracting(Extracted.Found::text).contains("We are working day and night,");
        assertThat(out.statements()).extracting(Extracted.Found::onBehalfOf).containsOnly("Water Board");
    }

    @Test
    void aPostBeforeANameShouldPutThatNameOnTheTimelineWithItsPostWords() {
        Coreference coreference = new Coreference();
        coreference.observe(0, "The Volta Regional Minister, Kwame Owusu Boateng has asked for calm.");
        assertThat(coreference.description("Regional", "Minister", 80)).extracting(e -> e.name)
                .isEqualTo("Kwame Owusu Boateng");
    }

    @Test
    void aLowerCaseOrganisationDescriptionShouldBeTheOrganisationMetBefore() {
        Extracted out = QuoteExtractor.extract("The Ministry of Roads said the bridge was safe.\n\n"
                + "“There is no danger to motorists,” the ministry said.");
        assertThat(out.statements()).extracting(Extracted.Found::speakerName).containsOnly("Ministry of Roads");
    }

    @Test
    void aQuoteNamedOnlyByTheNextSentenceShouldGoToThatName() {
        Extracted out = QuoteExtractor.extract("As the minister rose to speak, she heard a shout: “Shame!”\n\n"
                + "The comment from Rep. Dale Morton (R-OH) was heard across the chamber.");
        assertThat(out.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dale Morton", "Shame!"));
    }

    @Test
    void quoteSpansShouldReadLowHighQuotesAWronglyTurnedOpeningMarkAndAStraightSingleQuoteAfterAColon() {
        String low = "The ministry declined. „We will inform the media later,“ a spokeswoman, Ana Novak, informed the portal.";
        assertThat(QuoteSpans.find(low).quotes()).extracting(QuoteSpans.Quote::text)
                .containsExactly("We will inform the media later,");
        String turned = "Commenting on the results, Jan Dale, Chief Executive said:\n” Last year was hard\nfor all of us.”";
        assertThat(QuoteSpans.find(turned).quotes()).extracting(QuoteSpans.Quote::text)
                .containsExactly("Last year was hard for all of us.");
        String single = QuoteSpans.straightSingleAfterColon("Ann Lee, Chairman, made the following statement: 'We are"
                + "\ndelighted with the year.' The (the 'Company') shares rose.");
        assertThat(single).contains("“We are").contains("year.”").contains("(the 'Company')");
    }

    @Test
    void aNameLabelAndQuoteSheetHeadingsShouldIntroduceTheirQuotes() {
        Extracted labels = QuoteExtractor.extract("Dave Rowe, Baylor: “We played hard.”\n\nTranslation: we lost.");
        assertThat(labels.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dave Rowe", "We played hard."));
        Extracted sheet = QuoteExtractor.extract("HEAD COACH Tom Barnes\nOpening statement:\n\n“We fought.”\n\n"
                + "On Mark Hill:\n“He has a big heart.”");
        assertThat(sheet.statements()).extracting(Extracted.Found::speakerName).containsExactly("Tom Barnes",
                "Tom Barnes");
    }

    @Test
    void aPronounRightAfterAnUnnamedPersonOfItsGenderShouldStayUnresolved() {
        Extracted out = QuoteExtractor.extract("Officers called the woman on her cellphone, Wilson said. "
                + "She initially told the negotiator the man was asleep.");
        assertThat(out.statements()).extracting(Extracted.Found::text).doesNotContain("the man was asleep");
    }

    @Test
    void quoteSpansShouldReadBacktickPairsAndAQuoteWhoseOpeningMarkWasDropped() {
        String wire = "``We will reopen,'' the chief said. ``It takes time.\n\n``Stay calm.''";
        String tex = QuoteSpans.backtickPairs(wire);
        assertThat(QuoteSpans.find(tex).quotes()).extracting(QuoteSpans.Quote::text)
                .containsExactly("We will reopen,", "It takes time. Stay calm.");
        assertThat(tex).hasSameSizeAs(wire).doesNotContain("``"); // offsets unchanged
        String dropped = QuoteSpans.missingOpening("She sent a release saying, I love this town. I am sorry.”\n\nNext.");
        assertThat(QuoteSpans.find(dropped).quotes()).extracting(QuoteSpans.Quote::text)
                .containsExactly("I love this town. I am sorry.");
    }

    @Test
    void aParticipleCueAndAFollowingStatementWithAFullStopShouldFindTheSubject() {
        Extracted saying = QuoteExtractor.extract("Gov. Ruth Porter criticized the plan, saying “The voters have spoken.”");
        assertThat(saying.statements()).extracting(Extracted.Found::speakerName).containsExactly("Ruth Porter");
        // the subject is the clause's, before its verb: not a country in a title, not a possessive in a list
        Extracted titled = QuoteExtractor.extract("Former US president Ray Dunn posted a short message on his site late "
                + "Thursday, saying “I am back!”");
        assertThat(titled.statements()).extracting(Extracted.Found::speakerName).containsExactly("Ray Dunn");
        Extracted list = QuoteExtractor.extract("Gov. Ruth Porter sent a letter. She then posted a photo of Lakeside, "
                + "Miller's and Hill Farm cheeses saying “Try one of these.”");
        assertThat(list.statements()).extracting(Extracted.Found::speakerName).containsExactly("Ruth Porter");
        Extracted release = QuoteExtractor.extract("Rep. Owen Hale (R-OH) released the following statement after the "
                + "vote.\n\n“This is a good day for Ohio.”");
        assertThat(release.statements()).extracting(Extracted.Found::speakerName).containsExactly("Owen Hale");
        Extracted issued = QuoteExtractor.extract("The Water Board also released a statement on Friday.\n\n"
                + "“Supplies will return soon,” the statement read.");
        assertThat(issued.statements()).extracting(Extracted.Found::speakerName).containsExactly("Water Board");
    }

    @Test
    void releasesShouldSurviveDatelinesInitialsNicknamesAndDistrictTags() {
        Extracted release = QuoteExtractor.extract("Washington – Following the passage of H.R. 1, Conference Chair Ann "
                + "Vale (R-WY) issued the following statement:\n\n“This bill is dangerous.");
        assertThat(release.statements()).extracting(Extracted.Found::speakerName).containsExactly("Ann Vale");
        Extracted nickname = QuoteExtractor.extract("WASHINGTON, DC -- U.S. Rep. Harold \"Hal\" Moss (KY-05), Dean of "
                + "the House released the following statement today.\n\n“He served us well.”");
        assertThat(nickname.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::onBehalfOf)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Harold Hal Moss", null));
    }

    @Test
    void labelsHeadlinesAndLongAttributionsShouldNameTheSpeaker() {
        Extracted label = QuoteExtractor.extract("Ann Vale, communications director, on behalf of Rep. Tom Reed, R-5th "
                + "Dist.: \"We are focused on jobs.\"\n\nSen. Pat Lowe (R): \"He was wrong.\"");
        assertThat(label.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::onBehalfOf)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ann Vale", "Tom Reed"),
                        org.assertj.core.groups.Tuple.tuple("Pat Lowe", null));
        Extracted headline = QuoteExtractor.extract("John Cornyn: Ted Cruz went to Washington to run for president\n\n"
                + "The senators met on Monday.");
        assertThat(headline.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("John Cornyn", "INDIRECT"));
        Extracted longer = QuoteExtractor.extract("“I am sitting there every day!” U.S. Sen. Ted Cruz told a Tea Party "
                + "group Saturday at one of two events this weekend in which the Texas Republican spoke.");
        assertThat(longer.statements()).extracting(Extracted.Found::speakerName).containsExactly("Ted Cruz");
    }

    @Test
    void passiveAgentsBlurtedOutAndQuotedWordsMadeNounsShouldNotGoToTheSubject() {
        Extracted passive = QuoteExtractor.extract("The comments by Mark Spencer were branded “outrageous” by "
                + "opposition MPs.");
        assertThat(passive.statements()).isEmpty();
        Extracted crowd = QuoteExtractor.extract("“We will win,” Cruz said.\n\n“In my lifetime?” a man blurted out.\n\n"
                + "Cruz asked again, each time receiving a chorus of “no”s in return.");
        assertThat(crowd.statements()).extracting(Extracted.Found::text).containsExactly("We will win,");
        assertThat(crowd.unattributed()).extracting(Extracted.Span::descriptor).containsExactly("a man");
        Extracted british = QuoteExtractor.extract("Mark Spencer spoke first. Later Mr Spencer said: “We all talk.”");
        assertThat(british.statements()).extracting(Extracted.Found::speakerName).containsExactly("Mark Spencer");
    }

    @Test
    void theSubjectOfAReportedCueShouldBeTakenAfterTheLastClauseBreak() {
        Extracted but = QuoteExtractor.extract("The ruling was applauded by the White House, but spokeswoman Ann Vale said "
                + "the law remains in force.");
        assertThat(but.statements()).extracting(Extracted.Found::speakerName).containsExactly("Ann Vale");
        Extracted though = QuoteExtractor.extract("Mark Spencer spoke. His comments raised eyebrows because he was accused "
                + "of bias by a fellow MP – though he says the claims were false.");
        assertThat(though.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mark Spencer", "the claims were false"));
    }

    @Test
    void postsBeforeANameShouldNotBecomePartOfIt() {
        Extracted whip = QuoteExtractor.extract("“The bill passed,” Senate Democratic Whip Bob Marsh said.");
        assertThat(whip.statements()).extracting(Extracted.Found::speakerName).containsExactly("Bob Marsh");
        Extracted elect = QuoteExtractor.extract("“We will appeal,” Governor-elect Ann Vale said on Monday.");
        assertThat(elect.statements()).extracting(Extracted.Found::speakerName).containsExactly("Ann Vale");
        Extracted chief = QuoteExtractor.extract("“They are doing well,” Interim Chief of Police Tom Reed said.");
        assertThat(chief.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::organisation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tom Reed", false));
    }

    @Test
    void aClauseAfterTheShouldNotBecomeAnOrganisationsName() {
        Extracted clause = QuoteExtractor.extract("The Secretary-General today presented the proposed programme budget "
                + "for the next two years to the General Assembly, and told them that the budget represents real growth.");
        assertThat(clause.statements()).extracting(Extracted.Found::speakerName)
                .noneMatch(name -> name != null && name.contains("presented"));
    }

    @Test
    void descriptorsShouldQuotePartyTagsAsTheTextWritesThem() {
        assertThat(Lexicon.tagsAsWritten("Sen. Ann Vale (R-KY)", "Sen. Ann Vale (R-Ky.)")).isEqualTo("Sen. Ann Vale (R-Ky.)");
        assertThat(Lexicon.tagsAsWritten("Rep. Tom Reed (D-NY)", "Rep. Tom Reed, D-N.Y.,")).isEqualTo("Rep. Tom Reed, D-N.Y.");
        Extracted paul = QuoteExtractor.extract("“We should not pay for it,” Sen. Ann Vale (R-Ky.) said on Monday.");
        assertThat(paul.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::descriptor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ann Vale", "Sen. Ann Vale (R-Ky.)"));
    }

    @Test
    void apStylePartyTagsShouldGiveThePartyAndStateOfTheNameTheyFollow() {
        assertThat(Lexicon.partyTags("Sen. Ann Vale (R-Ky.) said")).isEqualTo("Sen. Ann Vale (R-KY)" + " ".repeat(2) + "said");
        assertThat(Lexicon.partyTags("Rep. Tom Reed, D-N.Y., said")).isEqualTo("Rep. Tom Reed (D-NY) , said");
        assertThat(Lexicon.partyTags("Rep. Tom Reed, R-Clarence, said")).isEqualTo("Rep. Tom Reed (R)" + " ".repeat(8) + ", said");
        assertThat(Lexicon.partyTags("Sen. Ann Vale (R-SC) said")).isEqualTo("Sen. Ann Vale (R-SC) said");
        Extracted texan = QuoteExtractor.extract("Sen. Ann Vale, R-Texas, and Sen. Bob Marsh, D-Calif., met on Monday.\n\n"
                + "“We will not move,” the Texas Republican said.");
        assertThat(texan.statements()).extracting(Extracted.Found::speakerName).containsExactly("Ann Vale");
        Extracted named = QuoteExtractor.extract("“It is over,” Speaker Nancy Vale (D-Calif.) said.");
        assertThat(named.statements()).extracting(Extracted.Found::speakerName).containsExactly("Nancy Vale");
    }

    @Test
    void britishKnightsChamberPostsAndListLabelsShouldNameTheSpeaker() {
        Extracted knight = QuoteExtractor.extract("Sir Keir Starmer met the minister. Later Sir Keir said: “We stand "
                + "firm.”");
        assertThat(knight.statements()).extracting(Extracted.Found::speakerName).containsExactly("Keir Starmer");
        Extracted senator = QuoteExtractor.extract("U.S. Sen. Mike Lane tested positive. Senate Majority Leader Ann Vale "
                + "spoke on Friday.\n\nThe senator told reporters she was \"not worried at all.\"");
        assertThat(senator.statements()).extracting(Extracted.Found::speakerName).containsOnly("Ann Vale");
        Extracted list = QuoteExtractor.extract("Here is what senators said:\n- Democratic Sen. Ann Vale: \"We "
                + "will keep pushing.\"\n- GOP Sen. Bob Marsh: \"This one is urgent.\"");
        assertThat(list.statements()).extracting(Extracted.Found::speakerName).containsExactly("Ann Vale", "Bob Marsh");
        Extracted indefinite = QuoteExtractor.extract("A Labour MP has branded the claims “nonsense”.");
        assertThat(indefinite.statements()).isEmpty();
    }

    @Test
    void aNameInvertedAfterTheCueShouldLeaveItsCircumstanceOut() {
        Extracted after = QuoteExtractor.extract("\"Have I been tested? Yes,\" said Vale after repeated questions. "
                + "\"But I will not say when.\"");
        assertThat(after.statements()).extracting(Extracted.Found::speakerName).containsOnly("Vale");
        Extracted leadIn = QuoteExtractor.extract("One day after voters gave the party both chambers of Congress, "
                + "presumptive Senate Majority Leader Ann Vale says the chamber \"needs to be fixed.\"");
        assertThat(leadIn.statements()).extracting(Extracted.Found::speakerName).containsOnly("Ann Vale");
    }

    @Test
    void aQuoteLeftOpenShouldRunOnIntoAParagraphThatClosesItWithoutAnOpeningMark() {
        Extracted sheriff = QuoteExtractor.extract("“The deputy is healing,” Sheriff Ann Vale stated. “We are grateful.\n\n"
                + "Again, I thank you for your support.”");
        assertThat(sheriff.statements()).extracting(Extracted.Found::text).containsExactly(
                "The deputy is healing. We are grateful. Again, I thank you for your support.");
        assertThat(sheriff.unattributed()).isEmpty();
    }

    @Test
    void aDatelineWithADateAndAColonShouldNeverBeTheSpeaker() {
        Extracted dated = QuoteExtractor.extract("Shillong, Sept 27: Chief Minister Ann Vale has denied any plan to work "
                + "with the opposition.");
        assertThat(dated.statements()).extracting(Extracted.Found::speakerName).containsExactly("Ann Vale");
    }

    @Test
    void aSaidClauseAfterACoordinatedVerbShouldTakeTheSubjectWithItsPartyTag() {
        Extracted blasted = QuoteExtractor.extract("Speaker Tom Reed (R-Ohio) blasted the move and said he would be "
                + "looking for more information.");
        assertThat(blasted.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tom Reed",
                        "he would be looking for more information"));
    }

    @Test
    void aCircumstanceWithNoCommaBeforeThePronounShouldNotHideTheSpeaker() {
        Extracted post = QuoteExtractor.extract("Sen. Tom Reed made a series of posts on Sunday. In one post he wrote, "
                + "“This is what happens when they lose.”");
        assertThat(post.statements()).extracting(Extracted.Found::speakerName).containsExactly("Tom Reed");
    }

    @Test
    void aPartyOrStateDescriptionShouldBeTheLastSpeakerWhenNothingKnownContradictsIt() {
        Extracted schumer = QuoteExtractor.extract("“This is not a good bill,” Senate Minority Leader Tom Reed wrote in a "
                + "post on X.\n\n“There is nothing good about it,” the New York Democrat said.");
        assertThat(schumer.statements()).extracting(Extracted.Found::speakerName).containsExactly("Tom Reed", "Tom Reed");
        Extracted frontbencher = QuoteExtractor.extract("Ms Vale also branded Mr Reed “a gambler”.\n\nThe Labour "
                + "frontbencher said: “Perhaps the Chancellor has been reading fairy tales.”");
        assertThat(frontbencher.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::organisation)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("Vale", false));
        // someone else met is from New York: the description is not given to the last speaker
        Extracted other = QuoteExtractor.extract("Rep. Bob Marsh (R-NY) spoke first. “This is not a good bill,” Tom "
                + "Reed wrote.\n\n“There is nothing good about it,” the New York Democrat said.");
        assertThat(other.statements()).extracting(Extracted.Found::speakerName).containsExactly("Tom Reed");
    }

    @Test
    void aPostFromSomeonesAccountShouldBeTheirs() {
        Extracted post = QuoteExtractor.extract("Texas Gov. Tom Reed deleted a tweet on Sunday.\n\n“A tweet just went out "
                + "from my account that was unauthorized,” the tweet from Reed’s account said.");
        assertThat(post.statements()).extracting(Extracted.Found::speakerName).containsExactly("Tom Reed");
    }

    @Test
    void anOrganisationAfterLowerCaseAdjectivesShouldSpeakAndAPremierBeATitle() {
        Extracted office = QuoteExtractor.extract("The bill will add $3.8 trillion to the debt over the next decade, "
                + "according to the nonpartisan Congressional Budget Office (CBO).");
        assertThat(office.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::organisation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Congressional Budget Office", true));
        Extracted premier = QuoteExtractor.extract("NSW Premier Tom Reed says the budget response is a failure.");
        assertThat(premier.statements()).extracting(Extracted.Found::speakerName).containsExactly("Tom Reed");
    }

    @Test
    void aLeadInOpeningWithToShouldNotHideTheSpeaker() {
        Extracted to = QuoteExtractor.extract("To a question whether he sees any threat after Tom Reed took over, Ann "
                + "Vale admitted that there will be some challenges.");
        assertThat(to.statements()).extracting(Extracted.Found::speakerName).containsExactly("Ann Vale");
    }
    @Test
    void aNameGivenAsAnExampleShouldNotBeAPronounsAntecedent() {
        Extracted like = QuoteExtractor.extract("Tom Reed spoke at the summit on Monday. Today, he follows role models "
                + "like Ratan Vale, and he admires their courage.\n“Hard work beats talent every single time,” he said.");
        assertThat(like.statements()).extracting(Extracted.Found::speakerName).containsExactly("Tom Reed");
        Extracted suchAs = QuoteExtractor.extract("Tom Reed spoke at the summit on Monday. Today, he praises leaders such "
                + "as Ratan Vale in every speech.\n“Hard work beats talent every single time,” he said.");
        assertThat(suchAs.statements()).extracting(Extracted.Found::speakerName).containsExactly("Tom Reed");
    }

    @Test
    void aNameWithItsClubInBracketsShouldHeadTheQuoteUnderIt() {
        Extracted sheet = QuoteExtractor.extract("What the coaches said after the games.\nTom Reed (Riverside)\n"
                + "“We played well and deserved the win.”\nJane Marsh (Hillcrest Rovers)\n“We never got going today.”");
        assertThat(sheet.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Tom Reed", "We played well and deserved the win."),
                org.assertj.core.groups.Tuple.tuple("Jane Marsh", "We never got going today."));
    }

    @Test
    void aNationalityShouldStandForThePersonJustNamed() {
        Extracted coach = QuoteExtractor.extract("Marco Bellini was pleased to see his side win. “We played very "
                + "well,” the Italian said.");
        assertThat(coach.statements()).extracting(Extracted.Found::speakerName).containsExactly("Marco Bellini");
        // no person named before: nobody
        Extracted nobody = QuoteExtractor.extract("The club was pleased. “We played very well,” the Italian said.");
        assertThat(nobody.statements()).isEmpty();
        // the last person named is far back (the person just described was named in a way not recognised): left out
        Extracted far = QuoteExtractor.extract("“We will be back,” Tom Reed said.\nIt was the end of a long season in "
                + "which the club had changed its owner, its stadium, its kit supplier, its academy director and most of "
                + "its first team, and in which the supporters had seen four coaches come and go before the spring. The "
                + "visitors were happy with his decision. “We played very well,” the Italian said.");
        assertThat(far.statements()).extracting(Extracted.Found::speakerName).containsExactly("Tom Reed");
        // named in the paragraph before: the paragraph's own subject (a name not recognised) may be the one described
        Extracted before = QuoteExtractor.extract("“We will be back,” Tom Reed said.\nRoberto Mancini was pleased. "
                + "“We played very well,” the Italian said.");
        assertThat(before.statements()).extracting(Extracted.Found::speakerName).containsOnlyOnce("Tom Reed");
    }

    @Test
    void aNameSetOffByCommasShouldSpeakNotThePostOrCompanyAroundIt() {
        Extracted post = QuoteExtractor.extract("In an interview, Acme Chief Executive, Tom Reed, said the company sees "
                + "great opportunity in Kenya.");
        assertThat(post.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tom Reed", "INDIRECT"));
        Extracted company = QuoteExtractor.extract("A shareholder in the company, Tom Reed, the CEO of Jaguar Capital, "
                + "told the paper that the board had issues with results.");
        assertThat(company.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tom Reed", "INDIRECT"));
    }
    @Test
    void aQuoteSignedWithAPostAndNameOnItsLineShouldBeTheirs() {
        Extracted signed = QuoteExtractor.extract("Officers met the press on Thursday.\n“I am proud of the response that "
                + "ended this threat to us all.” RPD Chief Tom Reed\nThe officer was wearing a vest.");
        assertThat(signed.statements()).extracting(Extracted.Found::speakerName, Extracted.Found::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tom Reed", "DIRECT"));
        // capitalised words with no post among them sign nothing
        Extracted place = QuoteExtractor.extract("Officers met the press on Thursday.\n“I am proud of the response "
                + "that ended this threat to us all.” Downtown Topeka Main Street\nThe officer was wearing a vest.");
        assertThat(place.statements()).isEmpty();
    }
}
