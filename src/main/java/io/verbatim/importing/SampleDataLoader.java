package io.verbatim.importing;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.domain.StatementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads the sample statements (from the seed article) into an empty database at start, through the same import path
 * that clients use.
 */
@ApplicationScoped
public class SampleDataLoader {

    static final String SAMPLE_DATA = "sample-data/statements.ndjson";

    private final VerbatimConfig config;
    private final StatementRepository statements;
    private final ImportService importer;

    public SampleDataLoader(VerbatimConfig config, StatementRepository statements, ImportService importer) {
        this.config = config;
        this.statements = statements;
        this.importer = importer;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.loadSampleData() || statements.count() > 0) {
            return;
        }
        ImportReport report = load();
        Log.infof("Loaded the sample data: %d statements created, %d failed", report.created(), report.failed());
        if (report.failed() > 0) {
            Log.warnf("Sample data errors: %s", report.errors());
        }
    }

    ImportReport load() {
        try (InputStream data = Thread.currentThread().getContextClassLoader().getResourceAsStream(SAMPLE_DATA)) {
            if (data == null) {
                throw new IllegalStateException("The sample data " + SAMPLE_DATA + " is missing from the build");
            }
            return importer.importNdjson(new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
