package org.trustledger.adapters.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** An unreachable database is told apart from a fault of the product, however deeply it is wrapped. */
class DatabaseUnavailableTest {

    @Test
    void aPoolThatCannotConnect_orAServerShuttingDown_isUnavailable() {
        assertThat(DatabaseUnavailable.causes(new IllegalStateException(
                        "could not open a transaction",
                        new SQLTransientConnectionException("Connection is not available, request timed out"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(
                        new RuntimeException(new SQLException("Connection to 127.0.0.1:5432 refused", "08001"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException(
                        "Failed to create a SQL statement", new SQLException("Connection is closed"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("I/O error", "08006", new java.net.SocketException())))
                .isTrue();
    }

    @Test
    void aBrokenStatementOrAnyOtherFailure_isNot() {
        assertThat(DatabaseUnavailable.causes(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("bug"))).isFalse();
    }
}
