package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustledger.domain.party.PartyFixtures.T0;
import static org.trustledger.domain.party.PartyFixtures.acme;
import static org.trustledger.domain.party.PartyFixtures.party;
import static org.trustledger.domain.party.PartyFixtures.registered;
import static org.trustledger.domain.party.PartyFixtures.terminated;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.party.PartyCommand.RecordRename;
import org.trustledger.domain.party.PartyCommand.ReinstateRelationship;
import org.trustledger.domain.party.PartyCommand.ReviewLink;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.PartyEvent.RenameConfirmed;

/** The follow-ups of a confirmed rename carry facts — the cause and the other party — and only the manager's words. */
class RenamePairsTest {
    private final PartyId renamed = party(7);
    private final PartyId acme = acme();

    @Test
    void givenAConfirmedReview_whenFollowedUp_thenTheOriginalRecordsTheRenameWithTheManagersWordsOnly() {
        var review = new ReviewLink(renamed, acme, true, "代表者と口座が同じ", T0);

        assertThat(RenamePairs.followUps(review, PartyDecider.replay(List.of(registered(renamed))), Map.of()))
                .containsExactly(new RecordRename(acme, renamed, "代表者と口座が同じ", T0));
    }

    @Test
    void givenAPair_whenOneIsTerminated_thenTheOtherIsTerminatedForTheSameBusiness_withTheManagersWords() {
        PartyState after = PartyDecider.replay(List.of(
                registered(acme),
                new RenameConfirmed(acme, renamed, "確認", T0),
                new PartyEvent.RelationshipTerminated(acme, "再び代理依頼", T0)));
        PartyState partner = PartyDecider.replay(List.of(registered(renamed)));

        assertThat(RenamePairs.followUps(
                        new TerminateRelationship(acme, "再び代理依頼", T0), after, Map.of(renamed, partner)))
                .containsExactly(
                        new TerminateRelationship(renamed, RelationshipCause.SAME_BUSINESS, acme, "再び代理依頼", T0));
    }

    @Test
    void givenATerminatedPair_whenOneIsReinstated_thenTheOtherIsReinstatedForTheSameBusiness() {
        PartyState after = PartyDecider.replay(List.of(registered(acme), new RenameConfirmed(acme, renamed, "確認", T0)));
        PartyState partner = PartyDecider.replay(List.of(registered(renamed), terminated(renamed)));

        assertThat(RenamePairs.followUps(new ReinstateRelationship(acme, "改善を確認", T0), after, Map.of(renamed, partner)))
                .containsExactly(
                        new ReinstateRelationship(renamed, RelationshipCause.SAME_BUSINESS, acme, "改善を確認", T0));
    }
}
