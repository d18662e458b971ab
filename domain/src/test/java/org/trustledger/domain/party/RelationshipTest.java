package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.trustledger.domain.party.DeciderSpec.given;
import static org.trustledger.domain.party.PartyFixtures.T0;
import static org.trustledger.domain.party.PartyFixtures.acme;
import static org.trustledger.domain.party.PartyFixtures.registered;
import static org.trustledger.domain.party.PartyFixtures.reinstate;
import static org.trustledger.domain.party.PartyFixtures.reinstated;
import static org.trustledger.domain.party.PartyFixtures.terminate;
import static org.trustledger.domain.party.PartyFixtures.terminated;

import org.junit.jupiter.api.Test;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.PartyCommand.ReinstateRelationship;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;

class RelationshipTest {
    private final PartyId acme = acme();

    @Test
    void givenActiveParty_whenTerminated_thenRelationshipTerminated() {
        PartyState state = given(registered(acme)).when(terminate(acme)).then(terminated(acme));

        assertThat(state.terminated()).isTrue();
    }

    @Test
    void givenTerminatedParty_whenTerminatedAgain_thenRejected() {
        given(registered(acme), terminated(acme))
                .when(terminate(acme))
                .thenRejectedWith(HistoryConflictException.class, "already terminated");
    }

    @Test
    void givenActiveParty_whenReinstated_thenRejected() {
        given(registered(acme))
                .when(reinstate(acme))
                .thenRejectedWith(HistoryConflictException.class, "nothing to reinstate");
    }

    @Test
    void givenTerminatedParty_whenReinstated_thenRelationshipReinstated() {
        PartyState state =
                given(registered(acme), terminated(acme)).when(reinstate(acme)).then(reinstated(acme));

        assertThat(state.terminated()).isFalse();
    }

    @Test
    void givenReinstatedParty_whenReinstatedAgain_thenRejected() {
        given(registered(acme), terminated(acme), reinstated(acme))
                .when(reinstate(acme))
                .thenRejectedWith(HistoryConflictException.class, "not terminated");
    }

    @Test
    void givenReinstatedParty_whenTerminatedAgain_thenRelationshipTerminated() {
        PartyState state = given(registered(acme), terminated(acme), reinstated(acme))
                .when(terminate(acme))
                .then(terminated(acme));

        assertThat(state.terminated()).isTrue();
        assertThat(state.eventCount()).isEqualTo(4);
    }

    @Test
    void givenTerminatedPartyAmended_whenTerminatedAgain_thenStillRejected() {
        // Amending what is known of a party must not quietly lift the termination.
        given(
                        registered(acme),
                        terminated(acme),
                        PartyFixtures.amended(acme, PartyKind.OTHER, PartyFixtures.acmeDetails()))
                .when(terminate(acme))
                .thenRejectedWith(HistoryConflictException.class, "already terminated");
    }

    @Test
    void terminationOrReinstatementWithoutReason_isRejectedOnConstruction() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new TerminateRelationship(acme, " ", T0))
                .extracting(InvalidValueException::field)
                .isEqualTo("reason");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new ReinstateRelationship(acme, null, T0))
                .extracting(InvalidValueException::field)
                .isEqualTo("reason");
    }
}
