package io.verbatim.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jeanne Shaheen|jeanne-shaheen",
            "Björn Åkesson|bjorn-akesson",
            "  Sen. Rand Paul (R-KY)  |sen-rand-paul-r-ky",
            "US–Russia relations|us-russia-relations",
            "Łukasz Straße|lukasz-strasse",
            "The White House|the-white-house",
    })
    void shouldFoldAccentsAndJoinWordsWithDashes(String name, String slug) {
        assertThat(Slugs.of(name)).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource({"习近平", "---", "Владимир"})
    void shouldFallBackToAStableHashWhenNothingLatinIsLeft(String name) {
        String slug = Slugs.of(name);
        assertThat(slug).matches("x-[0-9a-f]{12}").isEqualTo(Slugs.of(" " + name + " "));
    }
}
