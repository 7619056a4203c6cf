package io.verbatim;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The model of a page ({@code view/}) knows nothing of the HTTP layer ({@code api/}); issue 17, point 7. */
class LayoutTest {

    private static final Path VIEW = Path.of("src", "main", "java", "io", "verbatim", "view");

    @Test
    void shouldKeepTheViewModelFreeOfTheHttpLayer() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.list(VIEW)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> read(file).contains("import io.verbatim.api."))
                    .map(file -> file.getFileName().toString())
                    .toList();
        }
        assertThat(offenders).as("view classes importing io.verbatim.api").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
