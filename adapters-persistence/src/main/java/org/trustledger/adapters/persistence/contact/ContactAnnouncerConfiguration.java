package org.trustledger.adapters.persistence.contact;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.readmodel.SqlDialect;
import org.trustledger.application.port.out.ContactAnnouncer;
import org.trustledger.application.port.out.ContactLog;

/**
 * How this node hears the contacts logged: on PostgreSQL from every node, through the database's {@code NOTIFY}; on the
 * embedded database, which one process alone opens, within the process.
 */
@Configuration(proxyBeanMethods = false)
class ContactAnnouncerConfiguration {

    @Bean
    ContactAnnouncer contactAnnouncer(JdbcClient jdbc, ContactLog log, DataSource dataSource) {
        if (SqlDialect.of(jdbc) == SqlDialect.POSTGRESQL) {
            return new PostgresContactAnnouncer(jdbc, log, () -> listeningConnection(dataSource));
        }
        return new LocalContactAnnouncer();
    }

    /**
     * A connection of its own, beside the pool, when the pool says how to open one: a listening connection is held for
     * as long as the node runs, and must not take one of the pool's few from the requests.
     */
    private static java.sql.Connection listeningConnection(DataSource dataSource) throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
        return dataSource.getConnection();
    }
}
