package io.verbatim.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** Statements by id or external id. */
@ApplicationScoped
public class StatementRepository implements PanacheRepositoryBase<Statement, UUID> {

    public Optional<Statement> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }
}
