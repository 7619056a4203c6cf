package io.verbatim.search;

import io.verbatim.domain.StatementRepository;
import io.verbatim.view.Quotation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads a statement as schema.org JSON-LD. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QuotationReader {

    private final StatementRepository statements;

    public QuotationReader(StatementRepository statements) {
        this.statements = statements;
    }

    /** The quotation and the version it was made from. */
    public Optional<Versioned> byId(UUID id, String url) {
        return statements.findByIdOptional(id)
                .map(statement -> new Versioned(Quotation.of(statement, url), statement.version));
    }

    /** A JSON-LD document with the version of the statement it shows. */
    public record Versioned(Map<String, Object> document, int version) {
    }
}
