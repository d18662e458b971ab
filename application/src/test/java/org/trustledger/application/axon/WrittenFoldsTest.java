package org.trustledger.application.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustledger.domain.party.PartyFixtures.T0;
import static org.trustledger.domain.party.PartyFixtures.T0_DATE;
import static org.trustledger.domain.party.PartyFixtures.acme;
import static org.trustledger.domain.party.PartyFixtures.details;
import static org.trustledger.domain.party.PartyFixtures.identifyCaller;
import static org.trustledger.domain.party.PartyFixtures.logTrouble;
import static org.trustledger.domain.party.PartyFixtures.party;
import static org.trustledger.domain.party.PartyFixtures.register;

import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trustledger.application.fakes.InMemoryCore;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.Recording;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.TroubleCategory;

/** The trust projection assesses the party a command wrote from the fold the command left, not one read back. */
class WrittenFoldsTest {
    private final InMemoryCore core = new InMemoryCore(Clock.fixed(T0, ZoneOffset.UTC));
    private final Recording alice = Recording.of("alice", "corr-1");

    @AfterEach
    void tearDown() {
        core.close();
    }

    @Test
    void aWrite_reassessesItsPartyWithoutReadingItsFoldBack_andStoresWhatTheStoredFoldAssesses() {
        core.commands.record(register(acme()), alice);
        core.commands.record(identifyCaller(acme(), "担当", false), alice);
        core.foldReads.clear();

        core.commands.record(logTrouble(acme(), TroubleCategory.WRONG_PLAN), alice);

        assertThat(core.foldReads).doesNotContainKey(acme());
        var stored = core.trustViews.find(acme()).orElseThrow();
        assertThat(stored.assessment()).isEqualTo(core.trust.assess(acme(), stored.assessedAt()));
        assertThat(stored.assessment().reasons()).isNotEmpty();
    }

    @Test
    void aWriteStampedBeforeThePartysLatestEntry_onAPartyRestoredFromASnapshot_isRecordedAtThatEntrysTime_andFolded() {
        core.commands.record(register(acme()), alice);
        core.commands.record(logTrouble(acme(), TroubleCategory.WRONG_PLAN, T0_DATE, T0.plusSeconds(7_200)), alice);
        // Stamped before the latest entry, as a writer that waited for another's turn is: the party is snapshotted.
        var third = core.commands.record(
                logTrouble(acme(), TroubleCategory.WRONG_PLAN, T0_DATE, T0.plusSeconds(3_600)), alice);
        assertThat(third.sequence()).isEqualTo(3);
        core.foldReads.clear();

        // Restored from that snapshot, which holds no entries: the event still goes into the fold in order.
        var fourth = core.commands.record(
                logTrouble(acme(), TroubleCategory.WRONG_PLAN, T0_DATE, T0.plusSeconds(1_800)), alice);

        assertThat(fourth.sequence()).isEqualTo(4);
        assertThat(core.queries.entries(acme()).map(HistoryEntry::recordedAt).toList())
                .containsExactly(T0, T0.plusSeconds(7_200), T0.plusSeconds(7_200), T0.plusSeconds(7_200));
        assertThat(core.foldReads)
                .as("the projection took the fold the command left")
                .doesNotContainKey(acme());
        var stored = core.trustViews.find(acme()).orElseThrow();
        assertThat(stored.assessment()).isEqualTo(core.trust.assess(acme(), stored.assessedAt()));
    }

    @Test
    void aWriteThatChangesLinks_readsItsFoldOnlyForItsNeighboursAssessments() {
        PartyId first = party(1);
        PartyId second = party(2);
        core.commands.record(register(first, PartyKind.RESELLER, details("株式会社ファースト", "03-5555-0001")), alice);
        core.foldReads.clear();

        // The same number: the first is the second's neighbour and is re-assessed with it.
        core.commands.record(register(second, PartyKind.RESELLER, details("株式会社セカンド", "03-5555-0001")), alice);

        // The second is read once, by the first's assessment, which looks for links to terminated parties among its
        // neighbours; its own assessment and the search for its neighbours take the fold its command left.
        assertThat(core.foldReads).containsEntry(second, 1).containsKey(first);
        for (PartyId party : new PartyId[] {first, second}) {
            var stored = core.trustViews.find(party).orElseThrow();
            assertThat(stored.assessment()).isEqualTo(core.trust.assess(party, stored.assessedAt()));
        }
    }
}
