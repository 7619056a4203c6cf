package io.verbatim.curation;

import io.verbatim.domain.Revision;
import io.verbatim.domain.Statement;
import io.verbatim.domain.StatementRepository;
import io.verbatim.domain.StatementStatus;
import io.verbatim.view.HistoryEntry;
import io.verbatim.view.StatementView;
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

/** The revisions of a statement recorded by Envers, newest first, each with the statement as it was. */
@ApplicationScoped
public class StatementHistory {

    private final EntityManager entityManager;
    private final StatementRepository statements;

    public StatementHistory(EntityManager entityManager, StatementRepository statements) {
        this.entityManager = entityManager;
        this.statements = statements;
    }

    /** Empty when no statement has this id. */
    @Transactional
    public Optional<List<HistoryEntry>> of(UUID id) {
        if (statements.findByIdOptional(id).isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(Statement.class, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>(rows.size());
        StatementStatus previous = null;
        for (Object[] row : rows) {
            Statement statement = (Statement) row[0];
            Revision revision = (Revision) row[1];
            HistoryEntry.Change change = change((RevisionType) row[2], previous, statement.status);
            entries.add(new HistoryEntry(revision.id, Instant.ofEpochMilli(revision.timestamp), revision.authorName,
                    revision.authorRole, change, StatementView.of(statement)));
            previous = statement.status;
        }
        Collections.reverse(entries);
        return Optional.of(entries);
    }

    private static HistoryEntry.Change change(RevisionType type, StatementStatus before, StatementStatus after) {
        if (type == RevisionType.ADD || before == null) {
            return HistoryEntry.Change.CREATED;
        }
        if (after == StatementStatus.RETRACTED && before != StatementStatus.RETRACTED) {
            return HistoryEntry.Change.RETRACTED;
        }
        if (before == StatementStatus.RETRACTED && after != StatementStatus.RETRACTED) {
            return HistoryEntry.Change.RESTORED;
        }
        return HistoryEntry.Change.UPDATED;
    }
}
