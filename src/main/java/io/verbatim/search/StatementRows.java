package io.verbatim.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.verbatim.view.StatementView;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the statements PostgreSQL builds as JSON ({@link StatementJson#SELECT}) into the record the API serves. */
@ApplicationScoped
public class StatementRows {

    private final ObjectReader reader;

    public StatementRows(ObjectMapper mapper) {
        this.reader = mapper.readerFor(StatementView.class);
    }

    public StatementView read(String json) {
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The database built a statement the API cannot read", e);
        }
    }
}
