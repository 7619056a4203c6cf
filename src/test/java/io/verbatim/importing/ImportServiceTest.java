package io.verbatim.importing;

import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.TestData;
import io.verbatim.domain.Slugs;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.TestData.source;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** The import path that the sample data (and later the import endpoint) goes through. */
@QuarkusTest
class ImportServiceTest {

    @Inject
    TestData data;

    @Test
    void shouldReportEachInvalidLineWithItsFieldAndKeepTheValidOnes() {
        String speaker = "Importer " + unique();
        String ndjson = String.join("\n",
                data.json(statement(speaker, "Valid one.", "2020-01-01")),
                "{not json",
                data.json(statement(speaker, "", "2020-01-01")),
                data.json(statement(speaker, "From the future.", "2999-01-01")),
                data.json(statement(speaker, "Bad URL.", "2020-01-01")
                        .sources(source("ftp://example.org/x", "Example", null))),
                data.json(statement(speaker, "No source.", "2020-01-01").without("source")),
                data.json(statement(speaker, "Unknown field.", "2020-01-01").with("speeker", "typo")),
                "",
                data.json(statement(speaker, "Valid two.", "2020-01-02")));

        ImportReport report = data.importNdjson(ndjson);

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.failed()).isEqualTo(6);
        assertThat(report.errors()).extracting(ImportReport.LineError::line, ImportReport.LineError::field)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(2L, null),
                        org.assertj.core.groups.Tuple.tuple(3L, "text"),
                        org.assertj.core.groups.Tuple.tuple(4L, "saidOn"),
                        org.assertj.core.groups.Tuple.tuple(5L, "sources[0].url"),
                        org.assertj.core.groups.Tuple.tuple(6L, "source"),
                        org.assertj.core.groups.Tuple.tuple(7L, "speeker"));
        given().when().get("/api/v1/speakers/" + Slugs.of(speaker) + "/statements")
                .then().statusCode(200)
                .body("items.text", contains("Valid two.", "Valid one."));
    }

    @Test
    void shouldLeaveEverythingUnchangedWhenTheSameLinesAreImportedAgain() {
        String speaker = "Repeater " + unique();
        var withId = statement(speaker, "With an external id.", "2020-05-05").topics("Repeats " + speaker);
        var withoutId = statement(speaker, "Without an external id.", "2020-05-06").without("externalId");
        String ndjson = data.json(withId) + "\n" + data.json(withoutId);

        ImportReport first = data.importNdjson(ndjson);
        ImportReport second = data.importNdjson(ndjson);

        assertThat(first.created()).isEqualTo(2);
        assertThat(second.created()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        given().when().get("/api/v1/speakers/" + Slugs.of(speaker) + "/statements")
                .then().statusCode(200).body("items", hasSize(2)).body("items.version", contains(0, 0));
    }

    @Test
    void shouldUpdateAStatementWhoseExternalIdComesBackWithOtherContent() {
        String speaker = "Updater " + unique();
        var original = statement(speaker, "Original wording.", "2020-06-06");
        data.store(original);
        ImportReport report = data.store(statement(speaker, "Corrected wording.", "2020-06-06")
                .with("externalId", original.externalId()).with("speakerRole", "Mayor"));

        assertThat(report.updated()).isEqualTo(1);
        given().when().get("/api/v1/speakers/" + Slugs.of(speaker) + "/statements")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].text", is("Corrected wording."))
                .body("items[0].speakerRole", is("Mayor"))
                .body("items[0].version", is(1));
    }

    @Test
    void shouldEnrichAnExistingSpeakerWithoutOverwritingIt() {
        String speaker = "Enriched " + unique();
        data.store(statement(speaker, "First.", "2020-07-07").speaker("description", "Original description."));
        data.store(statement(speaker, "Second.", "2020-07-08")
                .speaker("description", "Another description.")
                .speaker("kind", "ORGANIZATION")
                .speaker("aliases", List.of("E. " + speaker))
                .speaker("roles", List.of(Map.of("title", "Governor", "from", "2019-01-01"))));

        given().when().get("/api/v1/speakers/" + Slugs.of(speaker))
                .then().statusCode(200)
                .body("description", is("Original description."))
                .body("kind", is("PERSON"))
                .body("aliases", contains("E. " + speaker))
                .body("roles.title", contains("Governor"))
                .body("statementCount", is(2));
    }
}
