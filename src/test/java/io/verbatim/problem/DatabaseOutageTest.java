package io.verbatim.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void shouldTakeAClosedConnectionForAnOutageEvenInsideAnAssertionError() {
        var closed = new org.postgresql.util.PSQLException("This connection has been closed.",
                org.postgresql.util.PSQLState.CONNECTION_DOES_NOT_EXIST);
        assertThat(DatabaseOutage.isCause(new AssertionError("should not throw", closed))).isTrue();
    }

    @Test
    void shouldFindTheOutageAttachedAsSuppressedToAFailedCommit() {
        RuntimeException commitFailed = new RuntimeException("Could not commit transaction");
        commitFailed.addSuppressed(new IllegalStateException("close",
                new SQLException("terminating connection due to administrator command", "57P01")));
        assertThat(DatabaseOutage.isCause(new RuntimeException("wrapped", commitFailed))).isTrue();
        assertThat(DatabaseOutage.describe(commitFailed)).startsWith("57P01");
    }

    @Test
    void shouldRecogniseLostConnectionsAndAnEmptyPoolAnywhereInTheCauseChain() {
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("wrapped",
                new SQLException("Acquisition timeout while waiting for new connection")))).isTrue();
    }

    @Test
    void shouldSeeThroughHibernatesWrappers() {
        assertThat(DatabaseOutage.isCause(new jakarta.persistence.PersistenceException(
                new org.hibernate.exception.JDBCConnectionException("could not open connection",
                        new SQLException("Connection refused", "08001"))))).isTrue();
    }

    @Test
    void shouldNotTakeOtherDatabaseErrorsForAnOutage() {
        assertThat(DatabaseOutage.isCause(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("no SQL here"))).isFalse();
    }
}
