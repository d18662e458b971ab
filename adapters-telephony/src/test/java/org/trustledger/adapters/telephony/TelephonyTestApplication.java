package org.trustledger.adapters.telephony;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.trustledger.adapters.common.ReasonTexts;
import org.trustledger.adapters.common.ValueMappings;
import org.trustledger.adapters.common.contact.ContactPresenter;
import org.trustledger.adapters.common.problem.ProblemDetailsAdvice;
import org.trustledger.adapters.common.throttle.FailureThrottle;
import org.trustledger.adapters.common.throttle.GuessThrottle;
import org.trustledger.application.service.ContactService;
import org.trustledger.application.service.InMemoryContacts;

/**
 * The adapter on its own, as another module would see it: the shared texts, presenter and problem mapping, the core's
 * flow of incoming contacts over an in-memory log, and a fake screening.
 */
@SpringBootApplication
@Import({ReasonTexts.class, ValueMappings.class, ContactPresenter.class, ProblemDetailsAdvice.class})
class TelephonyTestApplication {
    static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

    @Bean
    FakeScreening screening() {
        return new FakeScreening();
    }

    @Bean
    InMemoryContacts contacts() {
        return new InMemoryContacts();
    }

    @Bean
    ContactService contactService(FakeScreening screening, InMemoryContacts contacts, Clock clock) {
        return new ContactService(screening, contacts, contacts, Duration.ofDays(30), clock);
    }

    /** What the web adapter brings in the product: the one throttle of guessed secrets. */
    @Bean
    GuessThrottle guessThrottle(Clock clock) {
        return new GuessThrottle(new FailureThrottle(clock, 100, 5), new FailureThrottle(clock, 1_000, 50));
    }

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
