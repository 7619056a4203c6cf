package io.verbatim.quotecheck;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.verbatim.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static io.restassured.RestAssured.given;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated claims in every family of mangling, checked over HTTP: the confusion matrix of expected against actual
 * verdicts is printed, and the targets are asserted (never VERIFIED for an altered text or a wrong speaker; at least
 * 95% of all cases as expected; every family mostly right).
 */
@QuarkusTest
class QuoteCheckConfusionTest {

    private static final int STATEMENTS = 40;
    private static final int VARIANTS_PER_FAMILY = 3;

    @Inject
    TestData data;

    private record Recorded(String speaker, String text) {
    }

    private record Family(String name, QuoteCheckResult.Verdict expected, boolean wrongSpeaker,
                          BiFunction<QuoteVariants, String, String> claim) {
    }

    @Test
    void shouldGiveTheExpectedVerdictForAtLeast95PercentOfGeneratedClaims() {
        QuoteVariants variants = new QuoteVariants(20180925L);
        String run = unique();
        List<Recorded> recorded = new ArrayList<>();
        List<TestData.Line> lines = new ArrayList<>();
        for (int i = 0; i < STATEMENTS; i++) {
            Recorded statement = new Recorded("Confusion Speaker " + run + " " + (char) ('A' + i % 20) + (i / 20),
                    variants.sentence(variants.between(14, 30)));
            recorded.add(statement);
            lines.add(statement(statement.speaker(), statement.text(), "2019-01-01"));
        }
        data.store(lines.toArray(TestData.Line[]::new));

        List<Family> families = List.of(
                new Family("exact, repunctuated", QuoteCheckResult.Verdict.VERIFIED, false, QuoteVariants::repunctuated),
                new Family("excerpt", QuoteCheckResult.Verdict.VERIFIED, false, QuoteVariants::excerpt),
                new Family("1-3 replaced", QuoteCheckResult.Verdict.ALTERED, false,
                        (v, text) -> v.replaced(text, v.between(1, 3))),
                new Family("1-3 dropped", QuoteCheckResult.Verdict.ALTERED, false,
                        (v, text) -> v.dropped(text, v.between(1, 3))),
                new Family("1-3 inserted", QuoteCheckResult.Verdict.ALTERED, false,
                        (v, text) -> v.inserted(text, v.between(1, 3))),
                new Family("exact, wrong speaker", QuoteCheckResult.Verdict.MISATTRIBUTED, true, QuoteVariants::repunctuated),
                new Family("excerpt, wrong speaker", QuoteCheckResult.Verdict.MISATTRIBUTED, true, QuoteVariants::excerpt),
                new Family("altered, wrong speaker", QuoteCheckResult.Verdict.MISATTRIBUTED, true,
                        (v, text) -> v.replaced(text, v.between(1, 2))),
                new Family("unrelated", QuoteCheckResult.Verdict.NOT_FOUND, false,
                        (v, text) -> v.sentence(v.between(8, 20))));

        Map<String, Map<QuoteCheckResult.Verdict, Integer>> matrix = new LinkedHashMap<>();
        int cases = 0;
        int expectedCount = 0;
        for (Family family : families) {
            Map<QuoteCheckResult.Verdict, Integer> row = new EnumMap<>(QuoteCheckResult.Verdict.class);
            for (int i = 0; i < recorded.size(); i++) {
                Recorded statement = recorded.get(i);
                String claimedSpeaker = family.wrongSpeaker()
                        ? recorded.get((i + 1 + i % 7) % recorded.size()).speaker()
                        : statement.speaker();
                for (int v = 0; v < VARIANTS_PER_FAMILY; v++) {
                    String claim = family.claim().apply(variants, statement.text());
                    QuoteCheckResult.Verdict actual = QuoteCheckResult.Verdict.valueOf(given().contentType(ContentType.JSON)
                            .body(Map.of("text", claim, "speaker", claimedSpeaker))
                            .when().post("/api/v1/quote-checks").then().statusCode(200).extract().path("verdict"));
                    row.merge(actual, 1, Integer::sum);
                    cases++;
                    expectedCount += actual == family.expected() ? 1 : 0;
                }
            }
            matrix.put(family.name() + " (expected " + family.expected() + ")", row);
        }

        StringBuilder report = new StringBuilder("Quote check confusion matrix, " + cases + " generated cases:\n");
        matrix.forEach((family, row) -> report.append(String.format("  %-48s %s%n", family, row)));
        report.append(String.format("  expected verdict in %d of %d cases (%.1f%%)%n", expectedCount, cases,
                100.0 * expectedCount / cases));
        System.out.println(report);

        assertThat(cases).isGreaterThanOrEqualTo(1000);
        matrix.forEach((family, row) -> {
            if (!family.startsWith("exact, repunctuated") && !family.startsWith("excerpt (")) {
                assertThat(row.getOrDefault(QuoteCheckResult.Verdict.VERIFIED, 0)).as(family + ": never VERIFIED").isZero();
            }
            int total = row.values().stream().mapToInt(Integer::intValue).sum();
            int right = row.entrySet().stream().filter(entry -> family.endsWith("expected " + entry.getKey() + ")"))
                    .mapToInt(Map.Entry::getValue).sum();
            assertThat(right).as(family + " mostly right: " + row).isGreaterThanOrEqualTo(total * 85 / 100);
        });
        assertThat(expectedCount).as(report.toString()).isGreaterThanOrEqualTo(cases * 95 / 100);
    }
}
