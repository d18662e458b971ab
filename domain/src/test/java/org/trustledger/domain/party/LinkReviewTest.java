package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.trustledger.domain.party.DeciderSpec.given;
import static org.trustledger.domain.party.PartyFixtures.T0;
import static org.trustledger.domain.party.PartyFixtures.acme;
import static org.trustledger.domain.party.PartyFixtures.party;
import static org.trustledger.domain.party.PartyFixtures.registered;
import static org.trustledger.domain.party.PartyFixtures.terminated;

import org.junit.jupiter.api.Test;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyCommand.ReviewLink;
import org.trustledger.domain.party.PartyEvent.LinkReviewed;
import org.trustledger.domain.party.PartyEvent.RelationshipTerminated;

class LinkReviewTest {
    private final PartyId renamed = party(7);
    private final PartyId acme = acme();

    @Test
    void givenSuspectedRename_whenDismissed_thenOnlyTheReviewIsRecorded() {
        PartyState state = given(registered(renamed))
                .when(new ReviewLink(renamed, acme, false, "同じビルの別テナント", T0))
                .then(new LinkReviewed(renamed, acme, false, "同じビルの別テナント", T0));

        assertThat(state.terminated()).isFalse();
    }

    @Test
    void givenSuspectedRename_whenConfirmed_thenTheRelationshipEndsToo() {
        PartyState state = given(registered(renamed))
                .when(new ReviewLink(renamed, acme, true, "代表者と口座が同じ", T0))
                .then(
                        new LinkReviewed(renamed, acme, true, "代表者と口座が同じ", T0),
                        new RelationshipTerminated(renamed, RelationshipCause.CONFIRMED_RENAME, acme, "代表者と口座が同じ", T0));

        assertThat(state.terminated()).isTrue();
    }

    @Test
    void givenTerminatedParty_whenRenameConfirmed_thenNotTerminatedTwice() {
        given(registered(renamed), terminated(renamed))
                .when(new ReviewLink(renamed, acme, true, "確認済み", T0))
                .then(new LinkReviewed(renamed, acme, true, "確認済み", T0));
    }

    @Test
    void givenUnregisteredParty_whenReviewed_thenRejectedAsUnknown() {
        given().when(new ReviewLink(renamed, acme, false, "確認", T0))
                .thenRejectedWith(UnknownPartyException.class, "register the party first");
    }

    @Test
    void aPartyLinkedToItself_orAReviewWithoutReason_isRejectedOnConstruction() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new ReviewLink(renamed, renamed, false, "同一", T0))
                .withMessageContaining("itself");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new ReviewLink(renamed, acme, false, " ", T0))
                .extracting(InvalidValueException::field)
                .isEqualTo("reason");
    }
}
