package io.verbatim.extraction;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the extractor over the annotated news passages (dev and test halves) and the 48 hand-written passages,
 * prints the figures and writes them to {@code target/extraction-evaluation.txt}; fails when the DEV half falls under
 * its floors. The test half is reported as is and never asserted on. See docs/extraction.md.
 */
class NewsEvaluationTest {

    /**
     * Floors on the dev half: the figures reached less a margin, never under the targets (precision 0.90, named
     * recall 0.85, on-behalf-of 0.80). Named recall, raise it as it improves: 0.956 on 89 passages in round 4; 113
     * passages since round 5 (24 added in two batches, each scored before its rules), 0.929 at the end of round 5; 131
     * since round 6 (18 added, 0.558 before their rules, 0.846 after), 0.910 on the whole half: the floor follows the
     * larger half down; 149 since round 7 (18 added, 0.583 before their rules, 0.774 after), 0.890 on the whole half;
     * 169 since round 8 (20 added, 0.648 before their rules, 0.896 after), 0.897 on the whole half, precision 0.970,
     * on-behalf-of 0.972; 184 since round 9 (15 added, 0.726 before their rules, 0.929 after), 0.908 on the whole half,
     * precision 0.970, on-behalf-of 0.975; 204 since round 10 (20 added, 0.741 before their rules, 0.958 after), 0.919
     * on the whole half, precision 0.974, on-behalf-of 0.978; 221 since round 11 (17 non-political passages added,
     * 0.613 before their rules, 0.726 after), 0.908 on the whole half, precision 0.968, on-behalf-of 0.973.
     */
    static final double DEV_PRECISION = 0.94;
    static final double DEV_RECALL = 0.89;
    static final double DEV_ON_BEHALF_OF = 0.94;
    static final double OLD_FLOOR = 0.95;

    @Test
    void shouldScoreTheNewsPassagesAndHoldTheDevHalfToItsFloors() throws IOException {
        List<NewsEvaluation.Passage> news = NewsEvaluation.news();
        assertThat(news).hasSizeGreaterThanOrEqualTo(80);
        Set<String> outlets = news.stream().map(p -> URI.create(p.url()).getHost()).collect(Collectors.toSet());
        assertThat(outlets).hasSizeGreaterThanOrEqualTo(25);
        List<NewsEvaluation.Passage> dev = news.stream().filter(p -> p.split().equals("dev")).toList();
        List<NewsEvaluation.Passage> test = news.stream().filter(p -> p.split().equals("test")).toList();
        assertThat(dev).isNotEmpty();
        assertThat(test).isNotEmpty();

        NewsEvaluation.Report devReport = NewsEvaluation.evaluate(dev, QuoteExtractor::extract);
        NewsEvaluation.Report testReport = NewsEvaluation.evaluate(test, QuoteExtractor::extract);
        // the newest dev batch alone: scored before its rules were written, that is the figure for unseen text
        String newest = news.get(news.size() - 1).added();
        List<NewsEvaluation.Passage> batch = dev.stream().filter(p -> !newest.isEmpty() && p.added().equals(newest))
                .toList();
        NewsEvaluation.Report batchReport = NewsEvaluation.evaluate(batch, QuoteExtractor::extract);
        NewsEvaluation.Report oldReport = NewsEvaluation.evaluate(NewsEvaluation.handWritten(),
                QuoteExtractor::extract);
        String figures = devReport.render("DEV  (" + dev.size() + " passages)")
                + batchReport.render("NEWEST DEV BATCH (" + batch.size() + " passages, " + newest + ")")
                + testReport.render("TEST (" + test.size() + " passages)")
                + oldReport.render("OLD48 (hand-written)")
                + "\nDEV misses:\n" + String.join("\n", devReport.misses())
                + "\nOLD48 wrong:\n" + String.join("\n", oldReport.misses().stream().filter(m -> m.startsWith("WRONG"))
                        .toList()) + "\n";
        System.out.println(figures);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "extraction-evaluation.txt"), figures, StandardCharsets.UTF_8);

        assertThat(devReport.all().precision()).as("dev precision").isGreaterThanOrEqualTo(DEV_PRECISION);
        assertThat(devReport.all().recall()).as("dev recall on named speakers").isGreaterThanOrEqualTo(DEV_RECALL);
        assertThat(devReport.all().onBehalfOf()).as("dev on-behalf-of").isGreaterThanOrEqualTo(DEV_ON_BEHALF_OF);
        assertThat(oldReport.all().precision()).as("old 48 precision").isGreaterThanOrEqualTo(OLD_FLOOR);
        assertThat(oldReport.all().recall()).as("old 48 recall").isGreaterThanOrEqualTo(OLD_FLOOR);
    }
}
