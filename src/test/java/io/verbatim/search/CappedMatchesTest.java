package io.verbatim.search;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.verbatim.TestData;
import io.verbatim.domain.Slugs;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.verbatim.TestData.statement;
import static io.verbatim.search.SearchPages.allTexts;
import static io.verbatim.search.SearchPages.page;
import static io.verbatim.TestData.unique;
import static io.verbatim.TestData.uniqueWord;
import static io.verbatim.search.SmallMatchLimit.LIMIT;
import static io.verbatim.search.SmallMatchLimit.PHRASE_CANDIDATES;
import static io.verbatim.search.SmallMatchLimit.SCAN_BUDGET;
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
    void shouldPageADateSortedWordPastTheMatchLimitInExactDateOrderWhereverItsMatchesLie() {
        // One speaker, every other of their statements holds the word: more matches than the scan budget, so the
        // page cannot come from the full-text index's candidates alone, while the speaker's newest statements hold
        // a page of them.
        String word = uniqueWord();
        String speaker = "Dated Speaker " + unique();
        List<TestData.Line> lines = new ArrayList<>();
        List<String> matching = new ArrayList<>();
        for (int day = 1; day <= 2 * (SCAN_BUDGET + 3); day++) {
            String text = day % 2 == 0 ? "Day %d brought %s again.".formatted(day, word) : "Day %d was quiet.".formatted(day);
            if (day % 2 == 0) {
                matching.add(text);
            }
            lines.add(statement(speaker, text, "2021-01-%02d".formatted(day)));
        }
        data.store(lines.toArray(TestData.Line[]::new));
        String speakerSlug = Slugs.of(speaker);
        List<String> newestFirst = new ArrayList<>(matching);
        Collections.reverse(newestFirst);

        List<String> newest = allTexts(Map.of("q", word, "speaker", speakerSlug, "sort", "newest", "limit", 3));
        List<String> oldest = allTexts(Map.of("q", word, "speaker", speakerSlug, "sort", "oldest", "limit", 4));

        assertThat(matching).hasSizeGreaterThan(SCAN_BUDGET);
        assertThat(oldest).containsExactlyElementsOf(matching);
        assertThat(newest).containsExactlyElementsOf(newestFirst);
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

    /** {@code pairs} statements holding both words apart, then {@code phrases} holding them as the phrase. */
    private List<String> storeWordsApartThenThePhrase(String first, String second, int apart, int phrases) {
        String speaker = "Phrase Speaker " + unique();
        List<TestData.Line> lines = new ArrayList<>();
        for (int i = 0; i < apart; i++) {
            lines.add(statement(speaker, "Note %d: %s came before any %s.".formatted(i, second, first), "2024-05-%02d".formatted(1 + i)));
        }
        List<String> phraseTexts = new ArrayList<>();
        for (int i = 0; i < phrases; i++) {
            String text = "Finding %d: the %s %s held.".formatted(i, first, second);
            phraseTexts.add(text);
            lines.add(statement(speaker, text, "2023-01-%02d".formatted(1 + i)));
        }
        data.store(lines.toArray(TestData.Line[]::new));
        return phraseTexts;
    }

    @Test
    void shouldFindAPhraseExactlyWhileItsWordsMeetInFewStatements() {
        String first = uniqueWord();
        String second = uniqueWord();
        List<String> phrases = storeWordsApartThenThePhrase(first, second, PHRASE_CANDIDATES - 4, 2);

        JsonPath result = page(Map.of("q", "\"" + first + " " + second + "\"", "sort", "oldest"), null);

        assertThat(result.getString("totalRelation")).isEqualTo("eq");
        assertThat(result.getInt("total")).isEqualTo(2);
        assertThat(result.getList("items.text", String.class)).containsExactlyElementsOf(phrases);
    }

    @Test
    void shouldCheckThePhraseInABoundedNumberOfStatementsWhenItsWordsMeetOften() {
        String first = uniqueWord();
        String second = uniqueWord();
        List<String> phrases = storeWordsApartThenThePhrase(first, second, PHRASE_CANDIDATES + 8, 3);
        Map<String, Object> query = Map.of("q", "\"" + first + " " + second + "\"", "limit", 2);

        JsonPath result = page(query, null);
        List<String> found = allTexts(query);

        // Only some candidates were checked: the total is a lower bound, and what is found is the phrase, each once.
        assertThat(result.getString("totalRelation")).isEqualTo("gte");
        assertThat(result.getInt("total")).isEqualTo(found.size()).isLessThanOrEqualTo(phrases.size());
        assertThat(found).doesNotHaveDuplicates().allSatisfy(text -> assertThat(phrases).contains(text));
        // The same words without the order are not a phrase query: their matches are capped by the match limit alone.
        assertThat(page(Map.of("q", first + " " + second), null).getInt("total")).isEqualTo(LIMIT);
    }
}
