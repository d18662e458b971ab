package org.trustledger.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.trustledger.domain.party.PartyFixtures.T0;
import static org.trustledger.domain.party.PartyFixtures.acme;
import static org.trustledger.domain.party.PartyFixtures.logTrouble;
import static org.trustledger.domain.party.PartyFixtures.recordPaymentShort;
import static org.trustledger.domain.party.PartyFixtures.register;
import static org.trustledger.domain.party.PartyFixtures.settlePayment;
import static org.trustledger.domain.party.PartyFixtures.terminate;

import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trustledger.application.fakes.InMemoryCore;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.IdempotencyConflictException;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.Recording;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyFixtures;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;

/** The use cases end to end through Axon, with in-memory storage. */
class PartyCommandServiceTest {
    private final InMemoryCore core = new InMemoryCore(Clock.fixed(T0, ZoneOffset.UTC));
    private final Recording alice = Recording.of("alice", "corr-1");

    @AfterEach
    void tearDown() {
        core.close();
    }

    @Test
    void recordedCommands_appearInTheHistory_withWhoRecordedThemAndTheCorrelationId() {
        core.commands.record(register(acme()), alice);
        var outcome =
                core.commands.record(logTrouble(acme(), TroubleCategory.WRONG_PLAN), Recording.of("bob", "corr-2"));

        assertThat(outcome.sequence()).isEqualTo(2);
        assertThat(outcome.replayed()).isFalse();
        assertThat(core.queries.entries(acme()).toList())
                .extracting(
                        HistoryEntry::sequence,
                        HistoryEntry::type,
                        HistoryEntry::recordedBy,
                        HistoryEntry::correlationId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "PartyRegistered", "alice", "corr-1"),
                        org.assertj.core.groups.Tuple.tuple(2L, "TroubleLogged", "bob", "corr-2"));
    }

    @Test
    void theProjection_keepsTheReadModelCurrent() {
        core.commands.record(register(acme()), alice);
        core.commands.record(logTrouble(acme(), TroubleCategory.WRONG_PLAN), alice);
        core.commands.record(
                recordPaymentShort(acme(), "INV-1", 11000, 10560, ShortfallReason.BANK_FEE_DEDUCTED, 0), alice);
        core.commands.record(terminate(acme()), alice);

        var view = core.queries.get(acme());
        assertThat(view.terminated()).isTrue();
        assertThat(view.troubleCount()).isEqualTo(1);
        assertThat(view.outstanding().value()).isEqualTo(440);
        assertThat(view.lastSequence()).isEqualTo(4);

        core.commands.record(settlePayment(acme(), "INV-1", 440), alice);
        assertThat(core.queries.get(acme()).outstanding().value()).isZero();
        assertThat(core.queries.search(new PartySearch("アクメ", null, 0, 10)).items())
                .hasSize(1);
    }

    @Test
    void domainRejections_reachTheCallerAsTheDomainException_andRecordNothing() {
        assertThatExceptionOfType(UnknownPartyException.class)
                .isThrownBy(() -> core.commands.record(terminate(acme()), alice));
        core.commands.record(register(acme()), alice);
        core.commands.record(terminate(acme()), alice);
        assertThatExceptionOfType(HistoryConflictException.class)
                .isThrownBy(() -> core.commands.record(terminate(acme()), alice))
                .withMessageContaining("already terminated");
        assertThat(core.queries.entries(acme()).toList()).hasSize(2);
    }

    @Test
    void unknownParty_hasNoHistory() {
        assertThat(core.queries.entries(PartyFixtures.party(99))).isEmpty();
        assertThatExceptionOfType(UnknownPartyException.class)
                .isThrownBy(() -> core.queries.get(PartyFixtures.party(99)));
    }

    @Test
    void aRepeatedIdempotencyKey_recordsOnce_andAnswersAsTheFirstTime() {
        var keyed = new Recording("alice", "corr-1", "key-1", "fingerprint-A");
        var first = core.commands.record(register(acme()), keyed);
        var again = core.commands.record(register(acme()), keyed);

        assertThat(again.partyId()).isEqualTo(first.partyId());
        assertThat(again.sequence()).isEqualTo(first.sequence());
        assertThat(again.replayed()).isTrue();
        assertThat(core.queries.entries(acme()).toList()).hasSize(1);
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequest_isRejected() {
        core.commands.record(register(acme()), new Recording("alice", "c", "key-1", "fingerprint-A"));
        assertThatExceptionOfType(IdempotencyConflictException.class)
                .isThrownBy(() -> core.commands.record(
                        register(new PartyId(java.util.UUID.randomUUID())),
                        new Recording("alice", "c", "key-1", "fingerprint-B")))
                .matches(e -> !e.inProgress());
    }

    @Test
    void aFailedRequest_givesItsKeyBack_soTheRetryGoesThrough() {
        var keyed = new Recording("alice", "c", "key-1", "fingerprint-A");
        assertThatExceptionOfType(UnknownPartyException.class)
                .isThrownBy(() -> core.commands.record(terminate(acme()), keyed));
        assertThat(core.idempotency.size()).isZero();

        core.commands.record(register(acme()), alice);
        assertThat(core.commands.record(terminate(acme()), keyed).replayed()).isFalse();
    }
}
