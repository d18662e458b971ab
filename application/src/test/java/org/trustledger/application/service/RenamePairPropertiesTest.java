package org.trustledger.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.trustledger.application.fakes.InMemoryCore;
import org.trustledger.application.port.in.Recording;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.ReinstateRelationship;
import org.trustledger.domain.party.PartyCommand.ReviewLink;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.trust.SequencedEvent;
import org.trustledger.domain.trust.TrustStatus;

/**
 * Whatever a manager does to a terminated reseller and its likely rename, in whatever order, the two stay one business
 * once the rename is confirmed, and the rename waits for review exactly while the link is open.
 */
class RenamePairPropertiesTest {
    private static final Instant T0 = Instant.parse("2026-02-01T01:00:00Z");
    private static final Recording MANAGER = Recording.of("manager", "review");

    /** What a manager may do; the parties are the original (0), its rename (1) and an unrelated reseller (2). */
    enum Step {
        TERMINATE_ORIGINAL,
        TERMINATE_RENAME,
        TERMINATE_OTHER,
        REINSTATE_ORIGINAL,
        REINSTATE_RENAME,
        REINSTATE_OTHER,
        CONFIRM_RENAME,
        DISMISS_RENAME,
        CONFIRM_WITH_OTHER
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.of(Step.class).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 40)
    void pairsStayTogether_andReviewIsPendingExactlyWhileTheLinkIsOpen(@ForAll("steps") List<Step> steps) {
        try (InMemoryCore core = new InMemoryCore(Clock.fixed(T0, ZoneOffset.UTC))) {
            PartyId original = new PartyId(UUID.randomUUID());
            PartyId rename = new PartyId(UUID.randomUUID());
            PartyId other = new PartyId(UUID.randomUUID());
            register(core, original, "株式会社ネクストライン", "03-5321-7788", "新宿区西新宿1-2-3 サンライズビル5F");
            register(core, rename, "合同会社ネクスト光", "03-5321-7788", null);
            register(core, other, "無関係通信株式会社", "06-1111-2222", "大阪市北区梅田1-1-1");
            Instant at = T0;
            for (Step step : steps) {
                at = at.plusSeconds(60);
                PartyCommand command = switch (step) {
                    case TERMINATE_ORIGINAL -> new TerminateRelationship(original, "停止", at);
                    case TERMINATE_RENAME -> new TerminateRelationship(rename, "停止", at);
                    case TERMINATE_OTHER -> new TerminateRelationship(other, "停止", at);
                    case REINSTATE_ORIGINAL -> new ReinstateRelationship(original, "再開", at);
                    case REINSTATE_RENAME -> new ReinstateRelationship(rename, "再開", at);
                    case REINSTATE_OTHER -> new ReinstateRelationship(other, "再開", at);
                    case CONFIRM_RENAME -> new ReviewLink(rename, original, true, "同一と確認", at);
                    case DISMISS_RENAME -> new ReviewLink(rename, original, false, "別会社と確認", at);
                    case CONFIRM_WITH_OTHER -> new ReviewLink(rename, other, true, "同一と確認", at);
                };
                try {
                    core.commands.record(command, MANAGER);
                } catch (HistoryConflictException refused) {
                    // A step the history forbids is refused with a reason and changes nothing.
                }
                check(core, original, rename, other, at);
            }
        }
    }

    private static void check(InMemoryCore core, PartyId original, PartyId rename, PartyId other, Instant at) {
        PartyState first = state(core, original);
        PartyState second = state(core, rename);
        assertThat(second.sameBusiness())
                .as("the unrelated party shares nothing to confirm")
                .doesNotContain(other);
        if (second.sameBusiness().contains(original)) {
            assertThat(first.sameBusiness()).contains(rename);
            assertThat(second.terminated())
                    .as("a confirmed pair is refused together")
                    .isEqualTo(first.terminated());
        }
        boolean pending = first.terminated()
                && !second.terminated()
                && !second.reviewedLinks().contains(original);
        TrustStatus status = core.trust.assess(rename, at).status();
        assertThat(status == TrustStatus.PROVISIONAL)
                .as("under review: " + status)
                .isEqualTo(pending);
        assertThat(core.trustViews.find(rename).orElseThrow().assessment().status())
                .as("the stored status agrees")
                .isEqualTo(status);
    }

    private static PartyState state(InMemoryCore core, PartyId party) {
        return PartyDecider.replay(
                core.histories.of(party).stream().map(SequencedEvent::event).toList());
    }

    private static void register(InMemoryCore core, PartyId id, String name, String phone, String address) {
        var details = new PartyDetails(
                new PartyName(name), List.of(PhoneNumber.parse(phone)), Address.ofNullable(address), null, null);
        core.commands.record(new RegisterParty(id, PartyKind.RESELLER, details, T0), MANAGER);
    }
}
