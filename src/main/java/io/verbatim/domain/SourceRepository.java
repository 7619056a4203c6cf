package io.verbatim.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** Sources by id or by their unique URL. */
@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, UUID> {

    public Optional<Source> findByUrl(String url) {
        return find("url", url).firstResultOptional();
    }
}
