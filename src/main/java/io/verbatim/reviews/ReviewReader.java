package io.verbatim.reviews;

import io.verbatim.domain.Ids;
import io.verbatim.domain.Review;
import io.verbatim.domain.Speaker;
import io.verbatim.domain.SpeakerRepository;
import io.verbatim.search.Cursors;
import io.verbatim.view.ReviewPage;
import io.verbatim.view.ReviewView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Review listings: newest publication first (undated last), keyset paging on (date, id). */
@ApplicationScoped
public class ReviewReader {

    static final String SORT = "reviews";
    /** Undated reviews sort as if published on this day, after every dated one. */
    static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    private final EntityManager entityManager;
    private final SpeakerRepository speakers;

    public ReviewReader(EntityManager entityManager, SpeakerRepository speakers) {
        this.entityManager = entityManager;
        this.speakers = speakers;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewPage list(ReviewQuery query) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query.statement() != null) {
            where.append(" AND s.id = :statement");
            parameters.put("statement", query.statement());
        }
        if (query.speaker() != null) {
            Optional<Speaker> speaker = speakers.findByIdOrSlug(query.speaker());
            if (speaker.isEmpty()) {
                return new ReviewPage(List.of(), null);
            }
            where.append(" AND s.speaker.id = :speaker");
            parameters.put("speaker", speaker.get().id);
        }
        if (query.publisher() != null) {
            where.append(" AND (lower(r.publisherName) = :publisher OR lower(r.publisherSite) LIKE :site)");
            parameters.put("publisher", query.publisher().toLowerCase(java.util.Locale.ROOT));
            parameters.put("site", "%://" + query.publisher().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.verdicts() != null && !query.verdicts().isEmpty()) {
            where.append(" AND r.verdict IN :verdicts");
            parameters.put("verdicts", query.verdicts());
        }
        if (query.linked() != null) {
            // The unlinked ones are an editor's to-do list: those an editor chose to keep unlinked are done.
            where.append(query.linked() ? " AND r.statement IS NOT NULL"
                    : " AND r.statement IS NULL AND r.unlinkedByEditor = false");
        }
        if (query.from() != null) {
            where.append(" AND r.datePublished >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" AND r.datePublished <= :to");
            parameters.put("to", query.to());
        }
        String sortKey = "coalesce(r.datePublished, :undated)";
        parameters.put("undated", UNDATED);
        if (query.cursor() != null) {
            List<String> keys = Cursors.decode(query.cursor(), SORT, 2);
            LocalDate date;
            try {
                date = LocalDate.parse(keys.get(0));
            } catch (DateTimeParseException e) {
                throw Cursors.invalid();
            }
            UUID id = Ids.parse(keys.get(1)).orElseThrow(Cursors::invalid);
            where.append(" AND (" + sortKey + " < :afterDate OR (" + sortKey + " = :afterDate AND r.id < :afterId))");
            parameters.put("afterDate", date);
            parameters.put("afterId", id);
        }
        TypedQuery<Review> select = entityManager.createQuery("SELECT r FROM Review r LEFT JOIN FETCH r.statement s"
                + " LEFT JOIN FETCH s.speaker" + where + " ORDER BY " + sortKey + " DESC, r.id DESC", Review.class);
        parameters.forEach(select::setParameter);
        List<Review> rows = select.setMaxResults(query.limit() + 1).getResultList();
        List<ReviewView> items = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), query.limit()); i++) {
            items.add(ReviewView.of(rows.get(i)));
        }
        String next = null;
        if (rows.size() > query.limit()) {
            Review last = rows.get(query.limit() - 1);
            LocalDate date = last.datePublished == null ? UNDATED : last.datePublished;
            next = Cursors.encode(SORT, date.toString(), last.id.toString());
        }
        return new ReviewPage(items, next);
    }
}
