package org.trustledger.adapters.web.party;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.trustledger.adapters.web.people.FakePeople;
import org.trustledger.adapters.web.screening.FakeScreenCaller;
import org.trustledger.adapters.web.security.InMemoryAccessLog;
import org.trustledger.adapters.web.security.InMemoryPersonalTokens;
import org.trustledger.adapters.web.security.InMemoryStaffAccounts;
import org.trustledger.adapters.web.ui.FakeReports;
import org.trustledger.application.port.in.ErasePersonalDataUseCase;
import org.trustledger.application.service.ContactService;
import org.trustledger.application.service.InMemoryContacts;
import org.trustledger.domain.party.PartyCommand.ErasePersonalData;

/** The beans the web adapter needs from the application: fakes of the in-ports and a clock that stands still. */
@TestConfiguration(proxyBeanMethods = false)
public class PartyApiTestConfiguration {
    public static final Instant NOW = Instant.parse("2025-04-01T00:30:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    FakeRecordPartyCommand recordPartyCommand() {
        return new FakeRecordPartyCommand();
    }

    /** Erasure through the same recorder as every other command, so a refused request is seen to record nothing. */
    @Bean
    ErasePersonalDataUseCase erasePersonalData(FakeRecordPartyCommand recorder) {
        return (person, requestParty, request, reason, recording) -> new ErasePersonalDataUseCase.ErasureOutcome(
                java.util.List.of(
                        recorder.record(new ErasePersonalData(person.asParty(), request, reason, NOW), recording)),
                NOW,
                0,
                0);
    }

    @Bean
    InMemoryPartyQueries partyQueries() {
        return new InMemoryPartyQueries();
    }

    @Bean
    FakeAudit audit() {
        return new FakeAudit();
    }

    @Bean
    FakeRebuild rebuild() {
        return new FakeRebuild();
    }

    @Bean
    FakeScreenCaller screenCaller() {
        return new FakeScreenCaller();
    }

    @Bean
    InMemoryStaffAccounts staffAccounts() {
        return new InMemoryStaffAccounts();
    }

    @Bean
    InMemoryPersonalTokens personalTokens() {
        return new InMemoryPersonalTokens();
    }

    @Bean
    InMemoryAccessLog accessLog() {
        return new InMemoryAccessLog();
    }

    /** The core's own flow of incoming contacts, over an in-memory log, with the fake screening. */
    @Bean
    InMemoryContacts contacts() {
        return new InMemoryContacts();
    }

    @Bean
    ContactService contactService(FakeScreenCaller screening, InMemoryContacts contacts, Clock clock) {
        return new ContactService(screening, contacts, contacts, Duration.ofDays(30), clock);
    }

    @Bean
    FakePeople people() {
        return new FakePeople();
    }

    @Bean
    FakeReports reports() {
        return new FakeReports();
    }
}
