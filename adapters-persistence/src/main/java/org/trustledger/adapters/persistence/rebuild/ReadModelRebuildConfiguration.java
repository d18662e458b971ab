package org.trustledger.adapters.persistence.rebuild;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.trustledger.adapters.persistence.personal.JdbcPersonIds;
import org.trustledger.adapters.persistence.readmodel.ReadModelGeneration;

/** The rebuild's generation of the read models and the switch to it. */
@Configuration(proxyBeanMethods = false)
public class ReadModelRebuildConfiguration {
    /** How long the switch waits for the writes in flight, and a write waits for a switch. */
    static final Duration SWITCH_WAIT = ReadModelGeneration.SWITCH_WAIT;

    @Bean
    JdbcReadModelShadow readModelShadow(
            JdbcClient jdbc, PlatformTransactionManager transactions, JdbcPersonIds personIds) {
        return new JdbcReadModelShadow(jdbc, transactions, SWITCH_WAIT, personIds);
    }
}
