package org.trustledger.adapters.persistence.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** Real databases for tests: in-memory H2, and one embedded PostgreSQL per JVM with a fresh database per call. */
public final class TestDatabases {
    private static EmbeddedPostgres postgres;

    private TestDatabases() {}

    /** The kinds of database the product supports. */
    public enum Kind {
        H2,
        POSTGRESQL
    }

    /** A new, empty database of the given kind, migrated by the product's own Flyway scripts. */
    public static DataSource migrated(Kind kind) {
        DataSource dataSource = kind == Kind.H2 ? h2() : postgres();
        Flyway.configure()
                .dataSource(dataSource)
                .locations(
                        "classpath:db/migration/common",
                        "classpath:db/migration/" + (kind == Kind.H2 ? "h2" : "postgresql"))
                .load()
                .migrate();
        return dataSource;
    }

    /** A new database with no schema at all, for tests that migrate it step by step. */
    public static DataSource blank(Kind kind) {
        return kind == Kind.H2 ? h2() : postgres();
    }

    /** A JDBC URL of a new, empty database, for Spring tests that migrate it themselves. */
    public static String url(Kind kind) {
        if (kind == Kind.H2) {
            return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        }
        String name = newPostgresDatabase();
        return server().getJdbcUrl("postgres", name);
    }

    private static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url(Kind.H2));
        return dataSource;
    }

    private static DataSource postgres() {
        return server().getDatabase("postgres", newPostgresDatabase());
    }

    private static String newPostgresDatabase() {
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = server().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database", e);
        }
        return name;
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away either way
                }
            }));
        }
        return postgres;
    }
}
