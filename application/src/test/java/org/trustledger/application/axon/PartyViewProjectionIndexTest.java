package org.trustledger.application.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trustledger.application.fakes.InMemoryCore;
import org.trustledger.application.port.in.Recording;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyCommand.AmendParty;
import org.trustledger.domain.party.PartyCommand.ErasePersonalData;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.RetractEntry;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;

/** The projection files each party in the identity index through its own port, and refiles it when details change. */
class PartyViewProjectionIndexTest {
    private static final Instant T0 = Instant.parse("2026-02-01T01:00:00Z");
    private static final Recording STAFF = Recording.of("staff", "call");

    private final InMemoryCore core = new InMemoryCore(Clock.fixed(T0, ZoneOffset.UTC));
    private final PartyId party = new PartyId(UUID.randomUUID());

    @AfterEach
    void tearDown() {
        core.close();
    }

    @Test
    void aRegisteredParty_isFiledUnderItsIdentityKeys() {
        PartyDetails details = details("03-5321-7788 内線12", "東京都新宿区西新宿一丁目2番3号 サンライズビル5階");
        core.commands.record(new RegisterParty(party, PartyKind.RESELLER, details, T0), STAFF);

        assertThat(core.index.keysOf(party))
                .containsExactlyInAnyOrderElementsOf(details.identity().indexKeys())
                .contains("phone:+81353217788", "name:ネクストライン");
    }

    @Test
    void anAmendment_filesThePartyUnderItsNewKeys_andKeepsTheOldOnesAsFormer_withWhenTheyStopped() {
        core.commands.record(new RegisterParty(party, PartyKind.RESELLER, details("03-5321-7788", null), T0), STAFF);
        core.commands.record(
                new AmendParty(party, PartyKind.RESELLER, details("03-9999-0000", null), T0.plusSeconds(60)), STAFF);

        assertThat(core.index.keysOf(party))
                .containsExactlyInAnyOrder("phone:+81399990000", "phone:+81353217788", "name:ネクストライン");
        assertThat(core.index.formerKeysOf(party)).containsExactly(Map.entry("phone:+81353217788", T0.plusSeconds(60)));
    }

    @Test
    void aRetractedAmendment_takesItsKeysBack_andTheOldOnesAreCurrentAgain() {
        core.commands.record(new RegisterParty(party, PartyKind.RESELLER, details("03-5321-7788", null), T0), STAFF);
        core.commands.record(
                new AmendParty(party, PartyKind.RESELLER, details("03-9999-0000", null), T0.plusSeconds(60)), STAFF);
        core.commands.record(
                new AmendParty(party, PartyKind.RESELLER, details("03-1111-0000", null), T0.plusSeconds(120)), STAFF);

        core.commands.record(new RetractEntry(party, 3, "別の取引先の番号だった", T0.plusSeconds(180)), STAFF);

        assertThat(core.index.keysOf(party))
                .containsExactlyInAnyOrder("phone:+81399990000", "phone:+81353217788", "name:ネクストライン");
        assertThat(core.index.formerKeysOf(party)).containsExactly(Map.entry("phone:+81353217788", T0.plusSeconds(60)));
    }

    @Test
    void aCallersNumber_isFiledLikeThePartysOwn_andARetractedCallerTakesItBack() {
        core.commands.record(new RegisterParty(party, PartyKind.RESELLER, details("03-5321-7788", null), T0), STAFF);
        core.commands.record(
                new IdentifyCaller(party, new PersonName("加藤 大輔"), true, "営業", PhoneNumber.parse("080-1212-3434"), T0),
                STAFF);
        assertThat(core.index.keysOf(party)).contains("phone:+818012123434", "caller:加藤大輔");

        core.commands.record(new RetractEntry(party, 2, "別の会社の担当者だった", T0.plusSeconds(60)), STAFF);
        assertThat(core.index.keysOf(party)).doesNotContain("phone:+818012123434", "caller:加藤大輔");
    }

    @Test
    void otherEvents_leaveTheIndexAlone_andKeysOtherFactsFiledStay() {
        core.commands.record(new RegisterParty(party, PartyKind.RESELLER, details("03-5321-7788", null), T0), STAFF);
        core.index.add(party, java.util.Set.of("caller:サトウケンイチ"));

        core.commands.record(
                new IdentifyCaller(party, null, false, "営業", PhoneNumber.parse("090-1111-2222"), T0), STAFF);
        core.commands.record(
                new AmendParty(party, PartyKind.RESELLER, details("03-9999-0000", null), T0.plusSeconds(60)), STAFF);

        assertThat(core.index.keysOf(party))
                .containsExactlyInAnyOrder(
                        "phone:+81399990000",
                        "phone:+81353217788",
                        "phone:+819011112222",
                        "name:ネクストライン",
                        "caller:サトウケンイチ");
    }

    @Test
    void anErasure_takesThePartyOutFromUnderEveryKeyFiledBefore_andFilesOnlyWhatItsHistoryStillGives() {
        core.commands.record(new RegisterParty(party, PartyKind.CUSTOMER, details("090-8765-4321", null), T0), STAFF);
        // Filed from values read before the person's key was destroyed (as a rebuild may have done), which the history,
        // read now, no longer gives.
        core.index.add(party, java.util.Set.of("caller:サギヌマチカゲ"));
        core.index.retire(party, java.util.Set.of("phone:+81311112222"), T0);

        core.commands.record(new ErasePersonalData(party, "本人からの請求", T0.plusSeconds(60)), STAFF);

        assertThat(core.index.keysOf(party)).containsExactlyInAnyOrder("phone:+819087654321", "name:ネクストライン");
        assertThat(core.index.formerKeysOf(party)).isEmpty();
    }

    @Test
    void aCallerWhoGaveTheirFullName_isFiledUnderTheirNameAndReading_oneWhoWithheldItIsNot() {
        core.commands.record(new RegisterParty(party, PartyKind.RESELLER, details("03-5321-7788", null), T0), STAFF);

        core.commands.record(new IdentifyCaller(party, new PersonName("鈴木 一郎（すずき いちろう）"), true, "営業", null, T0), STAFF);
        core.commands.record(new IdentifyCaller(party, new PersonName("佐藤"), false, "営業", null, T0), STAFF);

        assertThat(core.index.keysOf(party))
                .contains("caller:鈴木一郎", "caller:スズキイチロウ")
                .noneMatch(key -> key.contains("佐藤"));
    }

    @Test
    void aRetractedCaller_isNoLongerALink_unlessTheSameCallerStillCountsFromAnotherCall() {
        core.commands.record(new RegisterParty(party, PartyKind.RESELLER, details("03-5321-7788", null), T0), STAFF);
        core.commands.record(new IdentifyCaller(party, new PersonName("鈴木 一郎"), true, "営業", null, T0), STAFF);
        core.commands.record(new IdentifyCaller(party, new PersonName("高橋 健"), true, "営業", null, T0), STAFF);
        core.commands.record(new IdentifyCaller(party, new PersonName("高橋 健"), true, "営業", null, T0), STAFF);

        // Entry 2, 鈴木, was another company's caller; entry 3, 高橋, was recorded twice.
        core.commands.record(new RetractEntry(party, 2, "別の会社の担当者だった", T0.plusSeconds(60)), STAFF);
        core.commands.record(new RetractEntry(party, 3, "二重に記録した", T0.plusSeconds(120)), STAFF);

        assertThat(core.index.keysOf(party))
                .contains("caller:高橋健", "phone:+81353217788", "name:ネクストライン")
                .noneMatch(key -> key.contains("鈴木") || key.contains("スズキ"));
    }

    private static PartyDetails details(String phone, String address) {
        return new PartyDetails(
                new PartyName("株式会社ネクストライン"),
                List.of(PhoneNumber.parse(phone)),
                Address.ofNullable(address),
                null,
                null);
    }
}
