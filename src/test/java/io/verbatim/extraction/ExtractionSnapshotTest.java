package io.verbatim.extraction;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the extractor's complete output (every field of every statement and unattributed span) on the three sets: the
 * dev half, the test half and the 48 hand-written passages, plus the seed article. A refactoring must leave these
 * files unchanged; a deliberate change to the rules regenerates them with {@code -Dextraction.snapshot.update=true}
 * and the diff of the dev and old-48 files is read in review (the test half's file is regenerated, not read while
 * tuning).
 */
class ExtractionSnapshotTest {

    private static final Path DIR = Path.of("src", "test", "resources", "extraction", "snapshot");
    private static final boolean UPDATE = Boolean.getBoolean("extraction.snapshot.update");

    @Test
    void shouldGiveTheSameOutputOnTheDevHalf() throws IOException {
        check("dev.txt", NewsEvaluation.news().stream().filter(p -> p.split().equals("dev")).toList());
    }

    @Test
    void shouldGiveTheSameOutputOnTheTestHalf() throws IOException {
        check("test.txt", NewsEvaluation.news().stream().filter(p -> p.split().equals("test")).toList());
    }

    @Test
    void shouldGiveTheSameOutputOnTheHandWrittenPassagesAndTheSeedArticle() throws IOException {
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/extraction/seed-article.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<NewsEvaluation.Passage> passages = new java.util.ArrayList<>(NewsEvaluation.handWritten());
        passages.add(new NewsEvaluation.Passage("seed", "old", "", seed, List.of()));
        check("old48.txt", passages);
    }

    static String render(List<NewsEvaluation.Passage> passages) {
        StringBuilder out = new StringBuilder();
        for (NewsEvaluation.Passage passage : passages) {
            Extracted extracted = QuoteExtractor.extract(passage.text());
            out.append("## ").append(passage.id()).append('\n');
            for (Extracted.Found f : extracted.statements()) {
                out.append(String.format(Locale.ROOT, "%s %d-%d [%s] descriptor=%s org=%s behalf=%s role=%s cue=%s"
                                + " conf=%.2f%n    %s%n    %s%n", f.kind(), f.start(), f.end(), f.speakerName(),
                        f.descriptor(), f.organisation(), f.onBehalfOf(), f.speakerRole(), f.cue(), f.confidence(),
                        f.explain(), f.text()));
            }
            for (Extracted.Span u : extracted.unattributed()) {
                out.append(String.format(Locale.ROOT, "UNATTRIBUTED %d-%d%s%n    %s%n", u.start(), u.end(),
                        u.descriptor() == null ? "" : " described as " + u.descriptor(), u.text()));
            }
        }
        return out.toString();
    }

    private static void check(String file, List<NewsEvaluation.Passage> passages) throws IOException {
        String now = render(passages);
        Path path = DIR.resolve(file);
        if (UPDATE || !Files.exists(path)) {
            Files.createDirectories(DIR);
            Files.writeString(path, now, StandardCharsets.UTF_8);
        }
        assertThat(now).as("extractor output on " + file + " (regenerate with -Dextraction.snapshot.update=true"
                + " when the change is meant)").isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
    }
}
