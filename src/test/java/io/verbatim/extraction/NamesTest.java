package io.verbatim.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Name recognition on its own: places, days and openers are not names; time and place tails are dropped. */
class NamesTest {

    @Test
    void shouldRejectPlacesDaysAndSentenceOpeners() {
        assertThat(Names.notAName(List.of("Ukraine"))).isTrue();
        assertThat(Names.notAName(List.of("New", "Hampshire"))).isTrue();
        assertThat(Names.notAName(List.of("Monday"))).isTrue();
        assertThat(Names.notAName(List.of("Also"))).isTrue();
        assertThat(Names.notAName(List.of("Kelly", "Ayotte"))).isFalse();
    }

    @Test
    void shouldDropTimePlaceAndHandleTails() {
        assertThat(Names.stripTail("Attorney General Eric Holder on Monday")).isEqualTo("Attorney General Eric Holder");
        assertThat(Names.stripTail("Sen. Jim Inhofe of Oklahoma")).isEqualTo("Sen. Jim Inhofe");
        assertThat(Names.stripTail("Rep. Alan Williams (@Alan4Florida)")).isEqualTo("Rep. Alan Williams");
        assertThat(Names.stripTail("Bank of America")).isEqualTo("Bank of America");
        assertThat(Names.stripTail("Mr Byrne (SNP)")).isEqualTo("Mr Byrne");
    }

    @Test
    void shouldKeepThePersonAfterATitleInsideACapitalisedRun() {
        assertThat(Names.afterTitle(List.of("Police", "Department", "Commissioner", "Jessica", "Tisch")))
                .containsExactly("Jessica", "Tisch");
        assertThat(Names.afterTitle(List.of("Jessica", "Tisch"))).containsExactly("Jessica", "Tisch");
    }

    @Test
    void shouldTakeQuotedTitlesForNamesNotSpeech() {
        assertThat(Names.isTitleLike("Gang of Eight,")).isTrue();
        assertThat(Names.isTitleLike("tough but fair way")).isFalse();
    }

    @Test
    void aMemberOfParliamentShouldBeTheNameAfterMpOrBeforeIt() {
        Extracted before = QuoteExtractor.extract("Tory MP Mark Francois told The Sun: “I saw them standing there.”");
        assertThat(before.statements()).extracting(Extracted.Found::speakerName).containsExactly("Mark Francois");
        Extracted after = QuoteExtractor.extract("Michael Gapes MP tweeted, saying: “Nobody chanted at the party.”");
        assertThat(after.statements()).extracting(Extracted.Found::speakerName).containsExactly("Michael Gapes");
    }

    @Test
    void aSheriffShouldBeATitleAndTheSheriffTheOneMet() {
        Extracted sheriff = QuoteExtractor.extract("Sheriff Jeff Vale thanked the public.\n\n“We are blessed,” Sheriff "
                + "Vale noted.\n\n“We will heal,” the sheriff said.");
        assertThat(sheriff.statements()).extracting(Extracted.Found::speakerName).containsOnly("Jeff Vale");
    }
}
