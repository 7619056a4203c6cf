package io.verbatim.search;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.verbatim.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.verbatim.TestData.statement;
import static io.verbatim.search.SearchPages.allTexts;
import static io.verbatim.search.SearchPages.page;
import static io.verbatim.TestData.unique;
import static io.verbatim.TestData.uniqueWord;
import static io.verbatim.search.SmallMatchLimit.LIMIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words between rare and common: the full-text index gives at most the match limit (5 here) of their matches, the
 * total is then a lower bound, and relevance still puts the statements where the word weighs most first.
 */
@QuarkusTest
@TestProfile(SmallMatchLimit.class)
class CappedMatchesTest {

    @Inject
    TestData data;

    /** Statements with {@code word} once, stored first, then one where it is said four times. */
    private String storeMentionsThenADenseOne(String word, int mentions) {
        String speaker = "Middling Speaker " + unique();
        List<TestData.Line> lines = new ArrayList<>();
        for (int i = 0; i < mentions; i++) {
            lines.add(statement(speaker, "Remark " + i + " mentions " + word + " once.", "2025-03-%02d".formatted(1 + i)));
        }
        data.store(lines.toArray(TestData.Line[]::new));
        String dense = "Dense: %s, %s, %s and %s again.".formatted(word, word, word, word);
        data.store(statement(speaker, dense, "2019-01-01"));
        return dense;
    }

    @Test
    void shouldGiveALowerBoundAndStillRankTheDensestMatchFirstPastTheMatchLimit() {
        String word = uniqueWord();
        String dense = storeMentionsThenADenseOne(word, LIMIT + 3);

        JsonPath relevant = page(Map.of("q", word, "limit", 2), null);

        assertThat(relevant.getString("totalRelation")).isEqualTo("gte");
        assertThat(relevant.getInt("total")).isEqualTo(LIMIT);
        assertThat(relevant.getString("items[0].text")).isEqualTo(dense);
        // Relevance pages through the capped matches and the densest ones, each once.
        List<String> ranked = allTexts(Map.of("q", word, "limit", 2));
        assertThat(ranked).doesNotHaveDuplicates().contains(dense).hasSizeBetween(LIMIT, LIMIT + 1);
    }

    @Test
    void shouldWalkEveryMatchNewestFirstPastTheMatchLimit() {
        String word = uniqueWord();
        String dense = storeMentionsThenADenseOne(word, LIMIT + 3);

        List<String> newest = allTexts(Map.of("q", word, "sort", "newest", "limit", 3));

        assertThat(newest).hasSize(LIMIT + 4).doesNotHaveDuplicates();
        assertThat(newest.get(0)).startsWith("Remark " + (LIMIT + 2) + " ");
        assertThat(newest.get(newest.size() - 1)).isEqualTo(dense);
    }

    @Test
    void shouldCountExactlyUpToTheMatchLimit() {
        String word = uniqueWord();
        String dense = storeMentionsThenADenseOne(word, LIMIT - 2);

        JsonPath result = page(Map.of("q", word, "facets", "year"), null);

        assertThat(result.getString("totalRelation")).isEqualTo("eq");
        assertThat(result.getInt("total")).isEqualTo(LIMIT - 1);
        assertThat(result.getString("items[0].text")).isEqualTo(dense);
        assertThat(result.getList("facets.year.count", Integer.class)).containsExactlyInAnyOrder(LIMIT - 2, 1);
    }
}
