package io.verbatim.search;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real OpenSearch node in its own JVM for the tests that need one, started by the same script a developer uses
 * (bench/opensearch.sh) on a free port with its data under target/opensearch-test.
 */
public class OpenSearchNodeResource implements QuarkusTestResourceLifecycleManager {

    private static final Path HOME = Path.of("target", "opensearch-test").toAbsolutePath();

    @Override
    public Map<String, String> start() {
        run("start");
        try {
            String url = Files.readString(HOME.resolve("url"), StandardCharsets.UTF_8).strip();
            return Map.of("verbatim.search.url", url);
        } catch (IOException e) {
            throw new IllegalStateException("the OpenSearch node wrote no url", e);
        }
    }

    @Override
    public void stop() {
        run("stop");
    }

    private static void run(String command) {
        try {
            ProcessBuilder script = new ProcessBuilder("bash", "bench/opensearch.sh", command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(Files.createDirectories(HOME).resolve("script.log").toFile()));
            script.environment().put("OPENSEARCH_HOME", HOME.toString());
            script.environment().put("OPENSEARCH_HEAP", "384m");
            int exit = script.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("bench/opensearch.sh " + command + " failed (" + exit + "), see "
                        + HOME.resolve("script.log") + " and node.log");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
