package org.trustledger.adapters.persistence.rebuild;

import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rebuild's tables and their swap; on H2, every connection of the process passes the fence the swap closes.
 */
@Configuration(proxyBeanMethods = false)
public class ReadModelRebuildConfiguration {
    /** How long the swap waits for writes and reads in flight, and a connection waits for a swap. */
    static final Duration SWAP_WAIT = Duration.ofSeconds(20);

    @Bean
    JdbcReadModelShadow readModelShadow(DataSource dataSource) {
        return new JdbcReadModelShadow(dataSource, SWAP_WAIT);
    }

    /** Wraps an H2 data source; PostgreSQL needs no fence, its lock and transactional renames do the work. */
    @Bean
    static BeanPostProcessor fenceH2Connections() {
        ConnectionFence fence = new ConnectionFence(SWAP_WAIT);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof FencedDataSource) && isH2(dataSource)) {
                    return new FencedDataSource(dataSource, fence);
                }
                return bean;
            }
        };
    }

    /** Read from the configured URL, without opening a connection: the database may not be up yet. */
    private static boolean isH2(DataSource dataSource) {
        BeanWrapperImpl properties = new BeanWrapperImpl(dataSource);
        for (String property : new String[] {"jdbcUrl", "url", "URL"}) {
            if (properties.isReadableProperty(property)
                    && properties.getPropertyValue(property) instanceof String url) {
                return url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
            }
        }
        return false;
    }
}
