package io.verbatim.reviews;

import io.verbatim.domain.Verdict;
import io.verbatim.domain.VerdictSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped label table and the numeric mapping, without the service. */
class VerdictLabelsTest {

    private final VerdictLabels labels = new VerdictLabels(Optional.empty());

    @Test
    void shouldMapPublishedLabelsInSixLanguages() {
        assertThat(labels.byLabel("Pants on Fire!")).contains(Verdict.FALSE);
        assertThat(labels.byLabel("Mostly true")).contains(Verdict.MOSTLY_TRUE);
        assertThat(labels.byLabel("Half-True")).contains(Verdict.MIXED);
        assertThat(labels.byLabel("Faux")).contains(Verdict.FALSE);
        assertThat(labels.byLabel("Plutôt vrai")).contains(Verdict.MOSTLY_TRUE);
        assertThat(labels.byLabel("Engañoso")).contains(Verdict.MOSTLY_FALSE);
        assertThat(labels.byLabel("Falso")).contains(Verdict.FALSE);
        assertThat(labels.byLabel("Verdadeiro, mas…")).contains(Verdict.MIXED);
        assertThat(labels.byLabel("Irreführend")).contains(Verdict.MOSTLY_FALSE);
        assertThat(labels.byLabel("Stimmt nicht")).contains(Verdict.FALSE);
        assertThat(labels.byLabel("Stimmt")).contains(Verdict.TRUE);
        assertThat(labels.byLabel("C'eri quasi")).contains(Verdict.MOSTLY_TRUE);
        assertThat(labels.byLabel("Nì")).contains(Verdict.MIXED);
        assertThat(labels.byLabel("Inverificable")).contains(Verdict.UNVERIFIABLE);
    }

    @Test
    void shouldTakeTheLongestEntryALongerLabelStartsWith() {
        assertThat(labels.byLabel("False. The senator never said this.")).contains(Verdict.FALSE);
        assertThat(labels.byLabel("Mostly false: the figure is from 2012")).contains(Verdict.MOSTLY_FALSE);
        assertThat(labels.byLabel("No es cierto")).contains(Verdict.FALSE);
        assertThat(labels.byLabel("Falsehood of the year")).isEmpty();
        assertThat(labels.byLabel("Four bananas")).isEmpty();
    }

    @Test
    void shouldMapNumericRatingsByPositionAndReportUnknownLabels() {
        assertThat(VerdictLabels.byPosition(1.0, 5.0, 1.0)).contains(Verdict.FALSE);
        assertThat(VerdictLabels.byPosition(2.0, 5.0, 1.0)).contains(Verdict.MOSTLY_FALSE);
        assertThat(VerdictLabels.byPosition(3.0, 5.0, 1.0)).contains(Verdict.MIXED);
        assertThat(VerdictLabels.byPosition(4.0, null, null)).contains(Verdict.MOSTLY_TRUE);
        assertThat(VerdictLabels.byPosition(5.0, 5.0, 1.0)).contains(Verdict.TRUE);
        assertThat(VerdictLabels.byPosition(0.0, 10.0, 0.0)).contains(Verdict.FALSE);
        assertThat(VerdictLabels.byPosition(7.0, 5.0, 1.0)).isEmpty();
        assertThat(VerdictLabels.byPosition(3.0, 1.0, 5.0)).isEmpty();
        assertThat(labels.map("Four bananas", null, null, null))
                .isEqualTo(new VerdictLabels.Mapped(Verdict.OTHER, VerdictSource.UNMAPPED));
        assertThat(labels.map("Four bananas", 5.0, 5.0, 1.0))
                .isEqualTo(new VerdictLabels.Mapped(Verdict.TRUE, VerdictSource.RATING));
        assertThat(labels.map("Faux", 5.0, 5.0, 1.0))
                .isEqualTo(new VerdictLabels.Mapped(Verdict.FALSE, VerdictSource.LABEL));
    }

    @Test
    void shouldAddAndOverrideLabelsFromAnOperatorsFileWithoutARebuild(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("labels.tsv");
        Files.writeString(file, """
                # Our desk's labels
                Four bananas\tMOSTLY_TRUE
                Mostly true\tMIXED
                Ça dépend\tUNVERIFIABLE
                """, StandardCharsets.UTF_8);
        VerdictLabels edited = new VerdictLabels(Optional.of(file.toString()));

        assertThat(edited.map("Four bananas", null, null, null))
                .isEqualTo(new VerdictLabels.Mapped(Verdict.MOSTLY_TRUE, VerdictSource.LABEL));
        assertThat(edited.byLabel("Mostly TRUE!")).contains(Verdict.MIXED);
        assertThat(edited.byLabel("ca depend")).contains(Verdict.UNVERIFIABLE);
        assertThat(edited.byLabel("Pants on Fire")).contains(Verdict.FALSE);
        assertThat(edited.table()).hasSize(labels.table().size() + 2);
    }

    @Test
    void shouldRefuseAnOperatorsFileWithABadLineNamingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("labels.tsv");
        Files.writeString(file, "Vrai\tTRUE\nBof\tMEH\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new VerdictLabels(Optional.of(file.toString())))
                .hasMessageContaining("line 2").hasMessageContaining("MEH");
        assertThatThrownBy(() -> new VerdictLabels(Optional.of(dir.resolve("missing.tsv").toString())))
                .hasMessageContaining("missing.tsv");
    }
}
