package io.verbatim.search;

import io.verbatim.domain.StatementRepository;
import io.verbatim.view.StatementView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/** Reads one statement by id. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatementReader {

    private final StatementRepository statements;

    public StatementReader(StatementRepository statements) {
        this.statements = statements;
    }

    public Optional<StatementView> byId(UUID id) {
        return statements.findByIdOptional(id).map(StatementView::of);
    }
}
