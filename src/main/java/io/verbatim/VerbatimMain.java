package io.verbatim;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.verbatim.embedded.EmbeddedPostgresServer;

import java.nio.file.Path;

/**
 * Starts the service. With no external database configured, it first starts an embedded PostgreSQL on a persistent
 * data directory, so that a fresh clone runs with one command.
 */
@QuarkusMain
public class VerbatimMain {

    static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";

    public static void main(String... args) throws Exception {
        // Quarkus's AppCDS build step runs the application only to load its classes: no database for that run.
        if (externalDatabaseConfigured() || ApplicationLifecycleManager.isAppCDSGeneration()) {
            Quarkus.run(args);
            return;
        }
        Path dataDirectory = Path.of(setting("VERBATIM_DATA_DIR", "verbatim.data-dir", "data"));
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory);
        // The server registers its own shutdown hook, which stops PostgreSQL with a fast, clean shutdown.
        System.setProperty(JDBC_URL_PROPERTY, server.jdbcUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedPostgresServer.USER);
        System.setProperty("verbatim.embedded-database", "true");
        Quarkus.run(args);
    }

    private static boolean externalDatabaseConfigured() {
        String fromEnvironment = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        String fromProperty = System.getProperty(JDBC_URL_PROPERTY);
        return !isBlank(fromEnvironment) || !isBlank(fromProperty);
    }

    private static String setting(String environmentVariable, String systemProperty, String defaultValue) {
        String value = System.getProperty(systemProperty, System.getenv(environmentVariable));
        return isBlank(value) ? defaultValue : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
