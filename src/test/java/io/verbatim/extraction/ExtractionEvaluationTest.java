package io.verbatim.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of (speaker, quote) pairs over the hand-written passages in
 * {@code extraction/evaluation.ndjson}, overall and per pattern; fails under precision 0.90 or recall 0.85.
 */
class ExtractionEvaluationTest {

    private static final double MIN_PRECISION = 0.90;
    private static final double MIN_RECALL = 0.85;

    record Passage(String id, String pattern, String text, Set<String> expected, Set<String> unattributed) {
    }

    static List<Passage> passages() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Passage> passages = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                ExtractionEvaluationTest.class.getResourceAsStream("/extraction/evaluation.ndjson"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                Set<String> expected = new HashSet<>();
                node.get("expected").forEach(e -> expected.add(pair(e.get("speaker").asText(), e.get("quote").asText())));
                Set<String> unattributed = new HashSet<>();
                node.get("unattributed").forEach(u -> unattributed.add(normal(u.asText())));
                passages.add(new Passage(node.get("id").asText(), node.get("pattern").asText(),
                        node.get("text").asText(), expected, unattributed));
            }
        }
        return passages;
    }

    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String pair(String speaker, String quote) {
        return normal(speaker) + " | " + normal(quote);
    }

    @Test
    void shouldReachTheIssuesPrecisionAndRecallOnTheEvaluationPassages() throws IOException {
        List<Passage> passages = passages();
        assertThat(passages).hasSizeGreaterThanOrEqualTo(40);
        Map<String, int[]> perPattern = new TreeMap<>();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int unattributedExpected = 0;
        int unattributedFound = 0;
        for (Passage passage : passages) {
            Extracted extracted = QuoteExtractor.extract(passage.text());
            Set<String> got = new HashSet<>();
            extracted.statements().forEach(s -> got.add(pair(s.speakerName(), s.text())));
            int[] counts = perPattern.computeIfAbsent(passage.pattern(), k -> new int[3]);
            for (String pair : got) {
                if (passage.expected().contains(pair)) {
                    truePositives++;
                    counts[0]++;
                } else {
                    falsePositives++;
                    counts[1]++;
                    System.out.println("FP " + passage.id() + ": " + pair);
                }
            }
            for (String pair : passage.expected()) {
                if (!got.contains(pair)) {
                    falseNegatives++;
                    counts[2]++;
                    System.out.println("FN " + passage.id() + ": " + pair);
                }
            }
            Set<String> left = new HashSet<>();
            extracted.unattributed().forEach(u -> left.add(normal(u.text())));
            unattributedExpected += passage.unattributed().size();
            unattributedFound += (int) passage.unattributed().stream().filter(left::contains).count();
        }
        double precision = truePositives / (double) Math.max(1, truePositives + falsePositives);
        double recall = truePositives / (double) Math.max(1, truePositives + falseNegatives);
        System.out.printf(Locale.ROOT, "extraction evaluation: %d passages, precision %.3f, recall %.3f "
                        + "(tp %d, fp %d, fn %d); unattributed quotes left unattributed %d/%d%n", passages.size(),
                precision, recall, truePositives, falsePositives, falseNegatives, unattributedFound,
                unattributedExpected);
        perPattern.forEach((pattern, c) -> System.out.printf(Locale.ROOT, "  %-20s tp %d fp %d fn %d%n", pattern,
                c[0], c[1], c[2]));
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
    }
}
