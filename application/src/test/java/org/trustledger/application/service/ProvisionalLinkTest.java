package org.trustledger.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trustledger.application.fakes.InMemoryCore;
import org.trustledger.application.port.in.Recording;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.ReinstateRelationship;
import org.trustledger.domain.party.PartyCommand.ReviewLink;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.trust.ReasonCode;
import org.trustledger.domain.trust.TrustStatus;

/** A party linked to a terminated one is PROVISIONAL until a manager reviews the link. */
class ProvisionalLinkTest {
    private static final Instant T0 = Instant.parse("2026-02-01T01:00:00Z");
    private static final Recording MANAGER = Recording.of("manager", "review");

    private final InMemoryCore core = new InMemoryCore(Clock.fixed(T0, ZoneOffset.UTC));
    private final PartyId nextline = new PartyId(UUID.randomUUID());
    private final PartyId renamed = new PartyId(UUID.randomUUID());

    @AfterEach
    void tearDown() {
        core.close();
    }

    private void registerBoth() {
        register(nextline, "株式会社ネクストライン", "03-5321-7788", "東京都新宿区西新宿一丁目2番3号 サンライズビル5階", T0);
        core.commands.record(new TerminateRelationship(nextline, "トラブル多発", T0.plusSeconds(60)), MANAGER);
        register(renamed, "合同会社ネクスト光サポート", "03-5321-9900", "新宿区西新宿1-2-3 サンライズビル5F", T0.plusSeconds(120));
    }

    @Test
    void aPartyAtTheTerminatedOnesBuilding_isProvisional_bothReadAndStored() {
        registerBoth();

        var assessment = core.trust.assess(renamed, T0.plusSeconds(180));
        assertThat(assessment.status()).isEqualTo(TrustStatus.PROVISIONAL);
        assertThat(assessment.reasonCodes()).contains("LINKED_TO_TERMINATED");
        assertThat(core.trustViews.find(renamed).orElseThrow().assessment().status())
                .isEqualTo(TrustStatus.PROVISIONAL);
    }

    @Test
    void terminatingAParty_makesItsNeighboursProvisionalAtOnce() {
        register(renamed, "合同会社ネクスト光サポート", "03-5321-9900", "新宿区西新宿1-2-3 サンライズビル5F", T0);
        register(nextline, "株式会社ネクストライン", "03-5321-7788", "東京都新宿区西新宿一丁目2番3号 サンライズビル5階", T0);
        assertThat(core.trustViews.find(renamed).orElseThrow().assessment().status())
                .isEqualTo(TrustStatus.NEW);

        core.commands.record(new TerminateRelationship(nextline, "トラブル多発", T0.plusSeconds(60)), MANAGER);
        assertThat(core.trustViews.find(renamed).orElseThrow().assessment().status())
                .isEqualTo(TrustStatus.PROVISIONAL);
    }

    @Test
    void aDismissedLink_nolongerCounts() {
        registerBoth();
        core.commands.record(new ReviewLink(renamed, nextline, false, "同じビルの別テナントと確認", T0.plusSeconds(240)), MANAGER);

        assertThat(core.trust.assess(renamed, T0.plusSeconds(300)).status()).isEqualTo(TrustStatus.NEW);
        assertThat(core.trustViews.find(renamed).orElseThrow().assessment().status())
                .isEqualTo(TrustStatus.NEW);
    }

    @Test
    void aConfirmedRename_endsTheRelationship() {
        registerBoth();
        core.commands.record(new ReviewLink(renamed, nextline, true, "代表者と口座が同じ", T0.plusSeconds(240)), MANAGER);

        assertThat(core.trust.assess(renamed, T0.plusSeconds(300)).status()).isEqualTo(TrustStatus.TERMINATED);
        assertThat(core.queries.entries(renamed).toList())
                .extracting(e -> e.type())
                .containsExactly("PartyRegistered", "LinkReviewed", "RelationshipTerminated");
    }

    @Test
    void aBareStreetAddress_isNoLink() {
        register(nextline, "株式会社ネクストライン", "03-5321-7788", "東京都新宿区西新宿一丁目2番3号 サンライズビル5階", T0);
        core.commands.record(new TerminateRelationship(nextline, "トラブル多発", T0.plusSeconds(60)), MANAGER);
        register(renamed, "別の会社", "03-1111-2222", "新宿区西新宿1-2-3", T0.plusSeconds(120));

        assertThat(core.trust.assess(renamed, T0.plusSeconds(180)).status()).isEqualTo(TrustStatus.NEW);
    }

    @Test
    void theProvisionalReason_namesTheTerminatedPartyAndTheEvidence() {
        registerBoth();

        var reason = core.trust
                .assess(renamed, T0.plusSeconds(180))
                .reason(ReasonCode.LINKED_TO_TERMINATED)
                .orElseThrow();
        assertThat(reason.args())
                .containsEntry("party", List.of("株式会社ネクストライン"))
                .containsEntry("partyIds", List.of(nextline.value().toString()))
                .containsEntry("evidenceKinds", List.of("ADDRESS"));
    }

    @Test
    void aReview_needsAKnownTerminatedPartySharingEvidence_andHappensOnce() {
        registerBoth();
        PartyId stranger = new PartyId(UUID.randomUUID());
        register(stranger, "無関係の会社", "06-1111-2222", "大阪府大阪市北区梅田1-1-1", T0.plusSeconds(130));
        PartyId nil = new PartyId(new UUID(0, 0));

        assertThatThrownBy(() -> review(renamed, nil, true))
                .isInstanceOf(HistoryConflictException.class)
                .hasMessageContaining("no party");
        assertThatThrownBy(() -> review(nextline, stranger, true))
                .isInstanceOf(HistoryConflictException.class)
                .hasMessageContaining("not terminated");
        core.commands.record(new TerminateRelationship(stranger, "別件", T0.plusSeconds(200)), MANAGER);
        assertThatThrownBy(() -> review(renamed, stranger, true))
                .isInstanceOf(HistoryConflictException.class)
                .hasMessageContaining("shares no");
        review(renamed, nextline, false);
        assertThatThrownBy(() -> review(renamed, nextline, true))
                .isInstanceOf(HistoryConflictException.class)
                .hasMessageContaining("already reviewed");
        assertThat(core.queries.entries(renamed).toList())
                .extracting(e -> e.type())
                .containsExactly("PartyRegistered", "LinkReviewed");
    }

    @Test
    void aConfirmedRename_isTerminatedAndReinstatedTogetherWithItsOriginal() {
        registerBoth();
        review(renamed, nextline, true);
        assertThat(core.queries.entries(nextline).toList())
                .extracting(e -> e.type())
                .contains("RenameConfirmed");

        core.commands.record(new ReinstateRelationship(nextline, "改善を確認", T0.plusSeconds(300)), MANAGER);
        assertThat(status(nextline)).isNotEqualTo(TrustStatus.TERMINATED);
        assertThat(status(renamed)).isNotIn(TrustStatus.TERMINATED, TrustStatus.PROVISIONAL);

        core.commands.record(new TerminateRelationship(nextline, "再発", T0.plusSeconds(400)), MANAGER);
        assertThat(status(nextline)).isEqualTo(TrustStatus.TERMINATED);
        assertThat(status(renamed)).isEqualTo(TrustStatus.TERMINATED);

        core.commands.record(new ReinstateRelationship(renamed, "改善を確認", T0.plusSeconds(500)), MANAGER);
        assertThat(status(nextline)).isNotEqualTo(TrustStatus.TERMINATED);
        assertThat(status(renamed)).isNotEqualTo(TrustStatus.TERMINATED);
    }

    @Test
    void theSameSalespersonAtAnotherFloorOfTheBuilding_putsTheNewCompanyUnderReview() {
        register(nextline, "株式会社ネクストライン", "03-5321-7788", "東京都新宿区西新宿一丁目2番3号 サンライズビル5階", T0);
        core.commands.record(
                new IdentifyCaller(nextline, new PersonName("鈴木 一郎"), true, "営業", null, T0.plusSeconds(10)), MANAGER);
        core.commands.record(new TerminateRelationship(nextline, "トラブル多発", T0.plusSeconds(60)), MANAGER);
        register(renamed, "株式会社ブライト光ネット", "03-1111-2222", "新宿区西新宿1-2-3 サンライズビル9F", T0.plusSeconds(120));
        assertThat(status(renamed)).as("another floor alone is one link").isEqualTo(TrustStatus.NEW);

        core.commands.record(
                new IdentifyCaller(renamed, new PersonName("鈴木一郎"), true, "営業", null, T0.plusSeconds(180)), MANAGER);

        assertThat(status(renamed)).isEqualTo(TrustStatus.PROVISIONAL);
        assertThat(core.trustViews.find(renamed).orElseThrow().assessment().status())
                .isEqualTo(TrustStatus.PROVISIONAL);
    }

    private TrustStatus status(PartyId id) {
        return core.trust.assess(id, T0.plusSeconds(1000)).status();
    }

    private void review(PartyId party, PartyId linked, boolean confirmed) {
        core.commands.record(new ReviewLink(party, linked, confirmed, "確認済み", T0.plusSeconds(240)), MANAGER);
    }

    private void register(PartyId id, String name, String phone, String address, Instant at) {
        var details = new PartyDetails(
                new PartyName(name), List.of(PhoneNumber.parse(phone)), new Address(address), null, null);
        core.commands.record(new RegisterParty(id, PartyKind.RESELLER, details, at), MANAGER);
    }
}
