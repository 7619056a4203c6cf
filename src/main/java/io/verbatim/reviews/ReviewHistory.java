package io.verbatim.reviews;

import io.verbatim.domain.Review;
import io.verbatim.domain.Revision;
import io.verbatim.view.ReviewHistoryEntry;
import io.verbatim.view.ReviewView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The revisions of a review recorded by Envers, newest first, each with the review as it was. A deleted review keeps
 * its history; the deletion's row holds no data (Envers' default), so that entry shows the last state before it.
 */
@ApplicationScoped
public class ReviewHistory {

    private final EntityManager entityManager;

    public ReviewHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Empty when no review ever had this id. */
    @Transactional
    public Optional<List<ReviewHistoryEntry>> of(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(Review.class, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<ReviewHistoryEntry> entries = new ArrayList<>(rows.size());
        ReviewView previous = null;
        for (Object[] row : rows) {
            Revision revision = (Revision) row[1];
            RevisionType type = (RevisionType) row[2];
            ReviewView review = type == RevisionType.DEL ? previous : ReviewView.of((Review) row[0]);
            if (review == null) {
                continue;
            }
            entries.add(new ReviewHistoryEntry(revision.id, Instant.ofEpochMilli(revision.timestamp),
                    revision.authorName, revision.authorRole, change(type, previous, review), review));
            previous = review;
        }
        Collections.reverse(entries);
        return Optional.of(entries);
    }

    private static ReviewHistoryEntry.Change change(RevisionType type, ReviewView before, ReviewView after) {
        if (type == RevisionType.DEL) {
            return ReviewHistoryEntry.Change.DELETED;
        }
        if (type == RevisionType.ADD || before == null) {
            return ReviewHistoryEntry.Change.CREATED;
        }
        UUID was = before.statement() == null ? null : before.statement().id();
        UUID is = after.statement() == null ? null : after.statement().id();
        if (is == null && was != null) {
            return ReviewHistoryEntry.Change.UNLINKED;
        }
        if (is != null && !is.equals(was)) {
            return ReviewHistoryEntry.Change.LINKED;
        }
        return ReviewHistoryEntry.Change.UPDATED;
    }
}
