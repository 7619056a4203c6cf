package io.verbatim.extraction;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Median extraction time of a ~1,000-word article (the seed article and evaluation passages), for docs/extraction.md. */
class ExtractionLatencyTest {

    @Test
    void shouldExtractAThousandWordArticleQuickly() throws IOException {
        StringBuilder article = new StringBuilder(SeedArticleExtractionTest.seedArticle());
        for (ExtractionEvaluationTest.Passage passage : ExtractionEvaluationTest.passages()) {
            if (article.toString().split("\\s+").length >= 1_000) {
                break;
            }
            article.append("\n\n").append(passage.text());
        }
        String text = article.toString();
        int words = text.split("\\s+").length;
        for (int i = 0; i < 200; i++) {
            QuoteExtractor.extract(text);
        }
        long[] nanos = new long[300];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            QuoteExtractor.extract(text);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double median = nanos[nanos.length / 2] / 1e6;
        double p95 = nanos[(int) (nanos.length * 0.95)] / 1e6;
        System.out.printf(Locale.ROOT, "extraction latency: %d words, %d characters: median %.2f ms, p95 %.2f ms%n",
                words, text.length(), median, p95);
        assertThat(words).isGreaterThanOrEqualTo(1_000);
        assertThat(median).as("median ms").isLessThan(1_000);
    }

    @Test
    void shouldExtractTheLongestAllowedArticleInTime() throws IOException {
        String seed = SeedArticleExtractionTest.seedArticle();
        String longest = (seed + "\n\n").repeat(100_000 / (seed.length() + 2));
        String run = "word said that ".repeat(6_600);
        long start = System.nanoTime();
        Extracted extracted = QuoteExtractor.extract(longest);
        QuoteExtractor.extract(run);
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "extraction latency: %d characters of articles and %d of one run-on sentence: "
                + "%.0f ms%n", longest.length(), run.length(), ms);
        assertThat(extracted.statements()).isNotEmpty();
        assertThat(ms).isLessThan(10_000);
    }
}
