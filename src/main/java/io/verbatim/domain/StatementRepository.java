package io.verbatim.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Statements by id or external id, and newest-first pages by keyset. */
@ApplicationScoped
public class StatementRepository implements PanacheRepositoryBase<Statement, UUID> {

    public Optional<Statement> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }

    /**
     * A page of statements, newest {@code saidOn} first, ties broken by id; {@code after} is the last row of the
     * previous page. Associations are fetched in batches, not one query per row.
     */
    public List<Statement> newestFirst(StatementStatus status, UUID speakerId, NewestKey after, int limit) {
        StringBuilder where = new StringBuilder("s.status = :status");
        if (speakerId != null) {
            where.append(" and s.speaker.id = :speakerId");
        }
        if (after != null) {
            where.append(" and (s.saidOn < :afterSaidOn or (s.saidOn = :afterSaidOn and s.id < :afterId))");
        }
        var query = getEntityManager().createQuery(
                        "select s from Statement s join fetch s.speaker left join fetch s.onBehalfOf where " + where
                                + " order by s.saidOn desc, s.id desc", Statement.class)
                .setParameter("status", status)
                .setMaxResults(limit);
        if (speakerId != null) {
            query.setParameter("speakerId", speakerId);
        }
        if (after != null) {
            query.setParameter("afterSaidOn", after.saidOn()).setParameter("afterId", after.id());
        }
        return query.getResultList();
    }

    /** The position of a statement in newest-first order. */
    public record NewestKey(LocalDate saidOn, UUID id) {
    }
}
