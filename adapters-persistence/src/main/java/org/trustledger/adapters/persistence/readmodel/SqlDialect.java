package org.trustledger.adapters.persistence.readmodel;

import java.util.Locale;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The databases the read model runs on, for the few statements they spell differently, such as upserts. */
public enum SqlDialect {
    H2,
    POSTGRESQL;

    /** The dialect of the database behind {@code jdbc}, read once from its connection's metadata. */
    public static SqlDialect of(JdbcClient jdbc) {
        String product = jdbc.sql("SELECT 1").query((ResultSetExtractor<String>)
                rs -> rs.getStatement().getConnection().getMetaData().getDatabaseProductName());
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("the read model runs on H2 or PostgreSQL, not on " + product);
    }
}
