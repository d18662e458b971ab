package org.trustledger.adapters.persistence.eventstore;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Recognises a unique-key violation by its standard SQL state, on H2 and PostgreSQL alike, wherever the driver put it.
 *
 * <p>Axon's {@code JdbcSQLErrorCodesResolver} looks for vendor error codes and {@code SQLIntegrityConstraintViolation};
 * PostgreSQL has neither (its error code is always 0), and inside a batch it reports the violation only on the batch
 * exception's next exception. Unrecognised, the lost race for a party's next sequence number surfaced as a broken event
 * store (a 500) instead of a concurrent change that can be retried.
 */
public final class UniqueKeyViolations implements PersistenceExceptionResolver {
    /** SQL:2003 "integrity constraint violation — unique violation"; H2 and PostgreSQL both report it. */
    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return anyUniqueViolation(exception, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean anyUniqueViolation(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof SQLException sql) {
            if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (anyUniqueViolation(sql.getNextException(), seen)) {
                return true;
            }
        }
        return anyUniqueViolation(failure.getCause(), seen);
    }
}
