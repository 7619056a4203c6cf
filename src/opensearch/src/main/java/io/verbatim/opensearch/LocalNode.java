package io.verbatim.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single-node OpenSearch server for development, tests and benchmarks: the distribution's server code started
 * from Maven Central jars, with the Netty transport and the language analyzers as classpath plugins.
 * Arguments: home directory (data and logs below it), HTTP port. Runs until the JVM is stopped.
 */
public final class LocalNode extends Node {

    private LocalNode(Environment environment) {
        super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LocalNode <home-dir> <http-port>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int httpPort = Integer.parseInt(args[1]);
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        Files.createDirectories(home.resolve("config"));
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "verbatim-local")
                .put("node.name", "verbatim-local-1")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                // The transport port is never used by clients; a range so that several nodes can run side by side
                .put("transport.port", "19300-19400")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, java.util.Map.of(), home.resolve("config"), () -> "verbatim-local-1");
        LocalNode node = new LocalNode(environment);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "verbatim-local-node-shutdown"));
        node.start();
        System.out.println("OpenSearch node started, http://127.0.0.1:" + httpPort);
        stopped.await();
    }
}
