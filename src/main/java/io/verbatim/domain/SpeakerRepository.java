package io.verbatim.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Speakers by id, slug or alias. */
@ApplicationScoped
public class SpeakerRepository implements PanacheRepositoryBase<Speaker, UUID> {

    public Optional<Speaker> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /**
     * Accepts a UUID or a slug, as the API's {@code idOrSlug} path segments do; a slug written loosely ("Rand-Paul",
     * "rand paul") is normalised first.
     */
    public Optional<Speaker> findByIdOrSlug(String idOrSlug) {
        return Ids.parse(idOrSlug).flatMap(this::findByIdOptional)
                .or(() -> findBySlug(idOrSlug))
                .or(() -> findBySlug(Slugs.of(idOrSlug)));
    }

    public Optional<Speaker> findByAlias(String alias) {
        return find("select s from Speaker s join s.aliases a where lower(a) = lower(?1) order by s.slug", alias)
                .firstResultOptional();
    }

    /** Speakers in slug order, of one kind when given, after {@code afterSlug} when given. */
    public List<Speaker> pageBySlug(SpeakerKind kind, String afterSlug, int limit) {
        String where = "(?1 is null or kind = ?1) and (?2 is null or slug > ?2)";
        return find(where + " order by slug", kind, afterSlug).range(0, limit - 1).list();
    }

    /** Published statements per speaker, for the given speakers only. */
    public Map<UUID, Long> publishedStatementCounts(Collection<UUID> speakerIds) {
        return publishedCounts("speaker", speakerIds);
    }

    /** Published statements others made on behalf of each of the given speakers. */
    public Map<UUID, Long> publishedOnBehalfCounts(Collection<UUID> speakerIds) {
        return publishedCounts("onBehalfOf", speakerIds);
    }

    private Map<UUID, Long> publishedCounts(String attribute, Collection<UUID> speakerIds) {
        if (speakerIds.isEmpty()) {
            return Map.of();
        }
        String id = "s." + attribute + ".id";
        List<Object[]> rows = getEntityManager().createQuery(
                        "select " + id + ", count(s) from Statement s where s.status = :status"
                                + " and " + id + " in :ids group by " + id, Object[].class)
                .setParameter("status", StatementStatus.PUBLISHED)
                .setParameter("ids", speakerIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }
}
