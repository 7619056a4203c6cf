package io.verbatim.search;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.verbatim.TestData;
import io.verbatim.domain.Slugs;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.verbatim.TestData.statement;
import static io.verbatim.search.SearchPages.allTexts;
import static io.verbatim.search.SearchPages.page;
import static io.verbatim.TestData.topic;
import static io.verbatim.TestData.unique;
import static io.verbatim.TestData.uniqueWord;
import static io.verbatim.search.SmallSearchWindow.WINDOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches whose work is bounded by the window (5 here): totals stop above it with {@code totalRelation: "gte"},
 * facets count the window, and a common word is ranked within its newest matches plus its densest ones.
 */
@QuarkusTest
@TestProfile(SmallSearchWindow.class)
class BoundedSearchTest {

    private static final String RECENT = "2026-06-%02d";

    @Inject
    TestData data;

    /** {@code count} recent statements by one speaker, each with {@code word} once. */
    private List<TestData.Line> recent(String speaker, String word, int count) {
        List<TestData.Line> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(statement(speaker, "Recent remark " + i + " mentions " + word + " in passing.",
                    RECENT.formatted(1 + i)));
        }
        return lines;
    }

    @Test
    void shouldCountUpToTheWindowThenGiveALowerBound() {
        String many = "Busy Speaker " + unique();
        String few = "Quiet Speaker " + unique();
        data.store(recent(many, uniqueWord(), WINDOW + 3).toArray(TestData.Line[]::new));
        data.store(recent(few, uniqueWord(), WINDOW - 2).toArray(TestData.Line[]::new));

        JsonPath busy = page(Map.of("speaker", Slugs.of(many)), null);
        assertThat(busy.getString("totalRelation")).isEqualTo("gte");
        assertThat(busy.getInt("total")).isEqualTo(WINDOW);
        assertThat(allTexts(Map.of("speaker", Slugs.of(many), "limit", 3))).hasSize(WINDOW + 3).doesNotHaveDuplicates();

        JsonPath quiet = page(Map.of("speaker", Slugs.of(few)), null);
        assertThat(quiet.getString("totalRelation")).isEqualTo("eq");
        assertThat(quiet.getInt("total")).isEqualTo(WINDOW - 2);
        // The per-status counters stay exact whatever the number.
        assertThat(page(Map.of(), null).getString("totalRelation")).isEqualTo("eq");
    }

    @Test
    void shouldRankTheDensestMatchesOfACommonWordFirst() {
        String word = uniqueWord();
        String speaker = "Dense Speaker " + unique();
        List<TestData.Line> lines = new ArrayList<>(recent(speaker, word, WINDOW * 3));
        for (int i = 0; i < 3; i++) {
            lines.add(statement(speaker, "Old speech %d: %s, %s and again %s, always %s.".formatted(i, word, word, word,
                    word), "2001-01-%02d".formatted(1 + i)));
        }
        data.store(lines.toArray(TestData.Line[]::new));

        JsonPath result = page(Map.of("q", word, "limit", 3), null);

        assertThat(result.getString("totalRelation")).isEqualTo("gte");
        assertThat(result.getInt("total")).isEqualTo(WINDOW);
        assertThat(result.getList("items.text", String.class)).allMatch(text -> text.startsWith("Old speech"));
        // Relevance pages through the newest window and the densest matches, each once.
        assertThat(allTexts(Map.of("q", word, "limit", 2))).hasSize(WINDOW + 3).doesNotHaveDuplicates();
        // Newest first walks every match, page by page.
        List<String> newest = allTexts(Map.of("q", word, "sort", "newest", "limit", 4));
        assertThat(newest).hasSize(WINDOW * 3 + 3).doesNotHaveDuplicates();
        assertThat(newest.get(0)).startsWith("Recent remark " + (WINDOW * 3 - 1));
        assertThat(newest.get(newest.size() - 1)).startsWith("Old speech 0");
    }

    @Test
    void shouldKeepStemmingPhrasesExclusionsAndAccentsOnTheBoundedPath() {
        String word = uniqueWord();
        String speaker = "Syntax Walker " + unique();
        List<String> sanctioning = new ArrayList<>();
        List<String> phrase = new ArrayList<>();
        List<TestData.Line> lines = new ArrayList<>();
        for (int i = 0; i <= WINDOW; i++) {
            sanctioning.add(0, word + " is sanctioning the regime in Valparaíso, day " + i + ".");
            phrase.add(0, word + " said the budget deficit grew, day " + i + ".");
            lines.add(statement(speaker, sanctioning.get(0), "2026-07-%02d".formatted(1 + i)));
            lines.add(statement(speaker, phrase.get(0), "2026-08-%02d".formatted(1 + i)));
        }
        String tariffs = word + " said the deficit budget grew, and spoke of tariffs in Valparaiso.";
        lines.add(statement(speaker, tariffs, "2026-09-01"));
        data.store(lines.toArray(TestData.Line[]::new));
        Map<String, Object> newest = new HashMap<>(Map.of("sort", "newest", "limit", 4));

        newest.put("q", word + " sanctions valparaiso");
        assertThat(allTexts(newest)).containsExactlyElementsOf(sanctioning);
        newest.put("q", word + " \"budget deficit\"");
        assertThat(allTexts(newest)).containsExactlyElementsOf(phrase);
        newest.put("q", word + " -tariffs");
        List<String> withoutTariffs = new ArrayList<>(phrase);
        withoutTariffs.addAll(sanctioning);
        assertThat(allTexts(newest)).containsExactlyElementsOf(withoutTariffs);
        JsonPath accents = page(Map.of("q", "VALPARAÍSO " + word), null);
        assertThat(accents.getString("totalRelation")).isEqualTo("gte");
        assertThat(accents.getString("items[0].highlight")).contains("<mark>Valparaíso</mark>");
    }

    @Test
    void shouldCountFacetsOverTheWindowOnly() {
        String word = uniqueWord();
        String speaker = "Facet Walker " + unique();
        data.store(recent(speaker, word, WINDOW + 4).toArray(TestData.Line[]::new));

        JsonPath result = page(Map.of("q", word, "facets", "speaker,year"), null);
        assertThat(result.getList("facets.speaker.count")).containsExactly(WINDOW);
        assertThat(result.getList("facets.year.count")).containsExactly(WINDOW);
        JsonPath bySpeaker = page(Map.of("speaker", Slugs.of(speaker), "facets", "kind"), null);
        assertThat(bySpeaker.getList("facets.kind.count")).containsExactly(WINDOW);
    }

    @Test
    void shouldCountATopicTreeFromItsLinksUpToTheWindow() {
        String suffix = unique();
        String parent = "Harbours " + suffix;
        String child = "Ferries " + suffix;
        String speaker = "Topic Walker " + suffix;
        List<TestData.Line> lines = new ArrayList<>();
        for (int i = 0; i < WINDOW + 2; i++) {
            lines.add(statement(speaker, "Ferry news " + i, RECENT.formatted(1 + i)).topics(parent, topic(child, parent)));
        }
        data.store(lines.toArray(TestData.Line[]::new));
        String small = "Quays " + suffix;
        data.store(statement(speaker, "Quay one", "2026-05-01").topics(small, topic("Piers " + suffix, small)),
                statement(speaker, "Quay two", "2026-05-02").topics(small));

        JsonPath tree = page(Map.of("topic", Slugs.of(parent)), null);
        assertThat(tree.getString("totalRelation")).isEqualTo("gte");
        assertThat(tree.getInt("total")).isBetween(1, WINDOW + 1);
        JsonPath smallTree = page(Map.of("topic", Slugs.of(small)), null);
        assertThat(smallTree.getString("totalRelation")).isEqualTo("eq");
        assertThat(smallTree.getInt("total")).isEqualTo(2);
    }
}
