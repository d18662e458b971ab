package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trustledger.domain.party.DeciderSpec.given;
import static org.trustledger.domain.party.PartyFixtures.acme;
import static org.trustledger.domain.party.PartyFixtures.registered;
import static org.trustledger.domain.party.PartyFixtures.reinstate;
import static org.trustledger.domain.party.PartyFixtures.reinstated;
import static org.trustledger.domain.party.PartyFixtures.terminate;
import static org.trustledger.domain.party.PartyFixtures.terminated;

import org.junit.jupiter.api.Test;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.UnknownPartyException;

/** The fixture must be able to fail, or every test written with it proves nothing. */
class DeciderSpecTest {
    private final PartyId acme = acme();

    @Test
    void then_failsWhenOtherEventsAreProduced() {
        assertThatThrownBy(() -> given(registered(acme)).when(terminate(acme)).then(reinstated(acme)))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void then_failsWhenFewerEventsAreExpectedThanProduced() {
        assertThatThrownBy(() -> given(registered(acme)).when(terminate(acme)).then())
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void then_failsWhenTheCommandIsRejected() {
        assertThatThrownBy(() -> given(registered(acme), terminated(acme))
                        .when(terminate(acme))
                        .then(terminated(acme)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("rejected")
                .hasCauseInstanceOf(HistoryConflictException.class);
    }

    @Test
    void then_returnsTheStateAfterTheProducedEvents() {
        PartyState state = given(registered(acme)).when(terminate(acme)).then(terminated(acme));

        assertThat(state.terminated()).isTrue();
        assertThat(state.eventCount()).isEqualTo(2);
    }

    @Test
    void thenNothing_failsWhenEventsAreProduced() {
        assertThatThrownBy(() -> given(registered(acme)).when(terminate(acme)).thenNothing())
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void thenRejectedWith_failsWhenTheCommandIsAccepted() {
        assertThatThrownBy(() -> given(registered(acme))
                        .when(terminate(acme))
                        .thenRejectedWith(HistoryConflictException.class, "terminated"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("RelationshipTerminated");
    }

    @Test
    void thenRejectedWith_failsOnAnotherExceptionType() {
        assertThatThrownBy(() -> given(registered(acme))
                        .when(reinstate(acme))
                        .thenRejectedWith(UnknownPartyException.class, "not terminated"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void thenRejectedWith_failsOnAnotherMessage() {
        assertThatThrownBy(() -> given(registered(acme))
                        .when(reinstate(acme))
                        .thenRejectedWith(HistoryConflictException.class, "already terminated"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void thenRejectedWith_refusesABlankFragmentThatWouldMatchAnyMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> given(registered(acme))
                        .when(reinstate(acme))
                        .thenRejectedWith(HistoryConflictException.class, " "));
    }

    @Test
    void thenRejectedWith_returnsTheException() {
        HistoryConflictException rejection = given(registered(acme))
                .when(reinstate(acme))
                .thenRejectedWith(HistoryConflictException.class, "nothing to reinstate");

        assertThat(rejection).hasMessageContaining(acme.toString());
    }
}
