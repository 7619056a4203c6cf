package io.verbatim.search;

import io.verbatim.domain.Ids;
import io.verbatim.domain.Statement;
import io.verbatim.domain.StatementRepository;
import io.verbatim.domain.StatementRepository.NewestKey;
import io.verbatim.domain.StatementStatus;
import io.verbatim.view.StatementPage;
import io.verbatim.view.StatementView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads statements: one by id, or pages newest first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatementReader {

    private static final String NEWEST = "newest";

    private final StatementRepository statements;

    public StatementReader(StatementRepository statements) {
        this.statements = statements;
    }

    public Optional<StatementView> byId(UUID id) {
        return statements.findByIdOptional(id).map(StatementView::of);
    }

    /** Published statements, newest first; by one speaker when {@code speakerId} is given. */
    public StatementPage newestFirst(UUID speakerId, String cursor, int limit) {
        NewestKey after = cursor == null ? null : decode(cursor);
        List<Statement> rows = statements.newestFirst(StatementStatus.PUBLISHED, speakerId, after, limit + 1);
        Slice<Statement> page = Slice.of(rows, limit);
        return new StatementPage(page.items().stream().map(StatementView::of).toList(),
                page.nextCursor(StatementReader::encode));
    }

    private static String encode(Statement last) {
        return Cursors.encode(NEWEST, last.saidOn.toString(), last.id.toString());
    }

    private static NewestKey decode(String cursor) {
        List<String> keys = Cursors.decode(cursor, NEWEST, 2);
        try {
            LocalDate saidOn = LocalDate.parse(keys.get(0));
            UUID id = Ids.parse(keys.get(1)).orElseThrow(Cursors::invalid);
            return new NewestKey(saidOn, id);
        } catch (DateTimeParseException e) {
            throw Cursors.invalid();
        }
    }
}
