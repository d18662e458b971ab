package org.trustledger.adapters.mail;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trustledger.application.port.in.IncomingContactUseCase;

/**
 * The e-mail intake: a poller of the configured mailbox when {@code trustledger.mail.enabled} is true, and always its
 * health, {@code mail}, so that readiness can name it whether or not a mailbox is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    @Bean
    @ConditionalOnBooleanProperty("trustledger.mail.enabled")
    MailboxPoller mailboxPoller(MailProperties settings, IncomingContactUseCase incoming, Clock clock) {
        settings.requireUsable();
        return new MailboxPoller(settings, new MailIntake(settings, incoming, new UidMark(settings.markFile())), clock);
    }

    /** Unknown, and no reason to take the node out of service, while the intake is off. */
    @Bean
    HealthIndicator mailHealthIndicator(ObjectProvider<MailboxPoller> poller) {
        return () -> {
            MailboxPoller running = poller.getIfAvailable();
            return running == null
                    ? Health.unknown().withDetail("enabled", false).build()
                    : running.health();
        };
    }
}
