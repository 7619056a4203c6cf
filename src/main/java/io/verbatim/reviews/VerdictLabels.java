package io.verbatim.reviews;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.domain.Verdict;
import io.verbatim.domain.VerdictSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The label → verdict table of {@code reviews/verdict-labels.tsv} (plus an optional file of the same format named by
 * {@code verbatim.reviews.verdict-labels-file}, read last and taking precedence), and the mapping of numeric ratings by their position
 * between worst and best. The file documents its own format.
 */
@ApplicationScoped
public class VerdictLabels {

    static final String RESOURCE = "reviews/verdict-labels.tsv";
    /** schema.org's defaults when a ratingValue comes without its scale. */
    static final double DEFAULT_BEST = 5;
    static final double DEFAULT_WORST = 1;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A verdict and where it came from. */
    public record Mapped(Verdict verdict, VerdictSource source) {
    }

    private final Map<String, Verdict> labels;
    private final int longestLabelWords;

    @Inject
    public VerdictLabels(VerbatimConfig config) {
        this(config.reviews().verdictLabelsFile());
    }

    /** The bundled table, then {@code extraFile} when present: an operator's additions and overrides. */
    VerdictLabels(Optional<String> extraFile) {
        Map<String, Verdict> table = new HashMap<>();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE, table, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (extraFile.isPresent() && !extraFile.get().isBlank()) {
            Path path = Path.of(extraFile.get());
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                read(reader, path.toString(), table, true);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the verdict labels file " + path, e);
            }
        }
        this.labels = Map.copyOf(table);
        this.longestLabelWords = table.keySet().stream().mapToInt(label -> label.split(" ").length).max().orElse(1);
    }

    /** The table as loaded, normalised label → verdict. */
    public Map<String, Verdict> table() {
        return labels;
    }

    /**
     * The verdict of a published rating: from its label when known, else from its value between worst and best, else
     * OTHER (UNMAPPED).
     */
    public Mapped map(String label, Double value, Double best, Double worst) {
        Optional<Verdict> byLabel = byLabel(label);
        if (byLabel.isPresent()) {
            return new Mapped(byLabel.get(), VerdictSource.LABEL);
        }
        Optional<Verdict> byValue = byPosition(value, best, worst);
        return byValue.map(verdict -> new Mapped(verdict, VerdictSource.RATING))
                .orElseGet(() -> new Mapped(Verdict.OTHER, VerdictSource.UNMAPPED));
    }

    /** The verdict of the longest table entry the label is, or starts with (whole words). */
    public Optional<Verdict> byLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String normal = normalise(label);
        if (normal.isEmpty()) {
            return Optional.empty();
        }
        String[] words = normal.split(" ");
        for (int n = Math.min(words.length, longestLabelWords); n >= 1; n--) {
            Verdict verdict = labels.get(String.join(" ", java.util.Arrays.copyOf(words, n)));
            if (verdict != null) {
                return Optional.of(verdict);
            }
        }
        return Optional.empty();
    }

    /**
     * A numeric rating by its position between worst (0) and best (1): fifths from FALSE to TRUE, so that a 1–5
     * scale maps one step to one verdict. Empty without a value or with a scale that makes no sense.
     */
    public static Optional<Verdict> byPosition(Double value, Double best, Double worst) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return Optional.empty();
        }
        double high = best == null ? DEFAULT_BEST : best;
        double low = worst == null ? DEFAULT_WORST : worst;
        if (!(high > low) || value < low || value > high) {
            return Optional.empty();
        }
        double position = (value - low) / (high - low);
        if (position >= 0.9) {
            return Optional.of(Verdict.TRUE);
        }
        if (position >= 0.7) {
            return Optional.of(Verdict.MOSTLY_TRUE);
        }
        if (position > 0.3) {
            return Optional.of(Verdict.MIXED);
        }
        if (position > 0.1) {
            return Optional.of(Verdict.MOSTLY_FALSE);
        }
        return Optional.of(Verdict.FALSE);
    }

    /** Lower case, no accents, words separated by single spaces: "C'est faux !" → "c est faux". */
    public static String normalise(String label) {
        String folded = MARKS.matcher(Normalizer.normalize(label, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static void read(Reader source, String name, Map<String, Verdict> table, boolean overrides)
            throws IOException {
        Map<String, Verdict> seen = new HashMap<>();
        BufferedReader reader = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IllegalStateException(name + " line " + number + ": expected a label, a TAB and a verdict");
            }
            String label = normalise(parts[0]);
            Verdict verdict;
            try {
                verdict = Verdict.valueOf(parts[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(name + " line " + number + ": unknown verdict " + parts[1].strip());
            }
            Verdict before = seen.put(label, verdict);
            if (label.isEmpty() || before != null && before != verdict) {
                throw new IllegalStateException(name + " line " + number + ": the label '" + parts[0]
                        + "' is empty or already maps to " + before);
            }
            if (overrides || !table.containsKey(label)) {
                table.put(label, verdict);
            }
        }
    }
}
