package io.verbatim.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** Reviews by id or by their URL (unique: the key of idempotent imports). */
@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    public Optional<Review> findByUrl(String url) {
        return find("url", url).firstResultOptional();
    }
}
