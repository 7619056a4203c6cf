package io.verbatim.extraction;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Done when" on the seed article, without the HTTP layer. */
class SeedArticleExtractionTest {

    static String seedArticle() throws IOException {
        try (InputStream in = SeedArticleExtractionTest.class.getResourceAsStream("/extraction/seed-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldFindShaheenGorAndTheTwoReportedStatementsInTheSeedArticle() throws IOException {
        String article = seedArticle();
        Extracted extracted = QuoteExtractor.extract(article);
        extracted.statements().forEach(System.out::println);
        extracted.unattributed().forEach(System.out::println);

        List<Extracted.Found> found = extracted.statements();
        assertThat(found).hasSize(4);
        Extracted.Found shaheen = found.get(0);
        assertThat(shaheen.kind()).isEqualTo("DIRECT");
        assertThat(shaheen.speakerName()).isEqualTo("Jeanne Shaheen");
        assertThat(shaheen.descriptor()).isEqualTo("Sen. Jeanne Shaheen (D-NH)");
        assertThat(shaheen.cue()).isEqualTo("told The Daily Beast");
        assertThat(shaheen.text()).startsWith("Thanks, but no thanks.").endsWith("capitulation to Putin’s aggression.");
        assertThat(article.substring(shaheen.start(), shaheen.end())).startsWith("Thanks, but no thanks.")
                .endsWith("Putin’s aggression.");

        Extracted.Found whiteHouse = found.get(1);
        assertThat(whiteHouse.kind()).isEqualTo("INDIRECT");
        assertThat(whiteHouse.speakerName()).isEqualTo("White House");
        assertThat(whiteHouse.text()).isEqualTo("was written at Paul’s request");

        Extracted.Found office = found.get(2);
        assertThat(office.kind()).isEqualTo("INDIRECT");
        assertThat(office.descriptor()).isEqualTo("Paul’s office");
        assertThat(office.speakerName()).isEqualTo("Office of Rand Paul");
        assertThat(office.onBehalfOf()).isEqualTo("Rand Paul");
        assertThat(office.text()).startsWith("the senator invited Kosachev");
        assertThat(article.substring(office.start(), office.end())).isEqualTo(office.text());

        Extracted.Found gor = found.get(3);
        assertThat(gor.kind()).isEqualTo("DIRECT");
        assertThat(gor.speakerName()).isEqualTo("Sergio Gor");
        assertThat(gor.onBehalfOf()).isEqualTo("Rand Paul");
        assertThat(gor.speakerRole()).isEqualTo("deputy chief of staff");
        assertThat(gor.cue()).isEqualTo("told The Daily Beast");
        assertThat(gor.text()).startsWith("Senator Rand Paul believes").endsWith("engaging in dialogue.");

        assertThat(extracted.unattributed()).isEmpty();
    }
}
