package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trustledger.domain.party.PartyFixtures.T0;
import static org.trustledger.domain.party.PartyFixtures.acme;
import static org.trustledger.domain.party.PartyFixtures.paymentSettled;
import static org.trustledger.domain.party.PartyFixtures.paymentShort;
import static org.trustledger.domain.party.PartyFixtures.registered;
import static org.trustledger.domain.party.PartyFixtures.reinstated;
import static org.trustledger.domain.party.PartyFixtures.terminated;
import static org.trustledger.domain.party.PartyFixtures.troubleLogged;
import static org.trustledger.domain.party.PartyFixtures.yen;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.UnknownEntryException;
import org.trustledger.domain.party.PartyCommand.RetractEntry;
import org.trustledger.domain.party.PartyEvent.EntryRetracted;

class RetractionTest {
    private final PartyId acme = acme();

    private final List<PartyEvent> history = new ArrayList<>(List.of(
            registered(acme), // 1
            troubleLogged(acme, TroubleCategory.WRONG_PLAN), // 2
            paymentShort(acme, "INV-1", 10_000, 6_000, ShortfallReason.UNPAID, 0), // 3
            paymentSettled(acme, "INV-1", 1_000, 3_000), // 4
            terminated(acme))); // 5

    private List<PartyEvent> retract(long sequence) {
        List<PartyEvent> events =
                PartyDecider.decide(new RetractEntry(acme, sequence, "記録の誤り", T0), PartyDecider.replay(history));
        history.addAll(events);
        return events;
    }

    private void refused(long sequence, String message) {
        assertThatThrownBy(() -> retract(sequence))
                .isInstanceOf(HistoryConflictException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aRetractedEntry_staysInTheHistory_andNoLongerCounts() {
        assertThat(retract(2)).containsExactly(new EntryRetracted(acme, 2, "記録の誤り", T0));
        assertThat(retract(5)).hasSize(1);
        retract(4);

        PartyState state = PartyDecider.replay(history);
        assertThat(state.troubleCount()).isZero();
        assertThat(state.terminated()).isFalse();
        assertThat(state.outstanding()).isEqualTo(yen(4_000));
        assertThat(state.eventCount()).isEqualTo(8);
        assertThat(state.retracted()).containsExactlyInAnyOrder(2L, 4L, 5L);
        assertThat(state.entries().get(2L)).isInstanceOf(PartyEvent.TroubleLogged.class);

        retract(3);
        assertThat(PartyDecider.replay(history).outstandingByInvoice()).isEmpty();
    }

    @Test
    void whatCannotBeRetracted_isRefusedWithTheReason() {
        refused(1, "is the registration");
        refused(3, "retract the settlements first");
        retract(2);
        refused(2, "is already retracted");
        refused(6, "is itself a retraction, of entry 2");
        assertThatThrownBy(() -> retract(99))
                .isInstanceOf(UnknownEntryException.class)
                .hasMessageContaining("has no entry 99")
                .hasMessageContaining("entries 1 to 6");
        assertThatThrownBy(() -> new RetractEntry(acme, 0, "誤り", T0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aTermination_isRetractedOnlyWhileNoLaterTerminationOrReinstatementCounts() {
        history.add(reinstated(acme)); // 6
        refused(5, "retract that first");
        retract(6);
        assertThat(PartyDecider.replay(history).terminated()).isTrue();
        retract(5);
        assertThat(PartyDecider.replay(history).terminated()).isFalse();
    }
}
