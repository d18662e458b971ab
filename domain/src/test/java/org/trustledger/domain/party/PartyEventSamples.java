package org.trustledger.domain.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.LinkReviewed;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.PaymentSettled;
import org.trustledger.domain.party.PartyEvent.PaymentShort;
import org.trustledger.domain.party.PartyEvent.RelationshipReinstated;
import org.trustledger.domain.party.PartyEvent.RelationshipTerminated;
import org.trustledger.domain.party.PartyEvent.RenameConfirmed;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;

/** A valid history holding one event of every kind, for tests of storage, projections and mapping. */
public final class PartyEventSamples {
    private PartyEventSamples() {}

    public static PartyDetails resellerDetails() {
        return new PartyDetails(
                new PartyName("株式会社ネクストライン"),
                List.of(PhoneNumber.parse("03-1234-5678")),
                new Address("東京都新宿区西新宿一丁目2番3号 サンライズビル5階"),
                new PersonName("山田 太郎"),
                new BankAccount("みずほ銀行", "新宿支店", BankAccount.AccountType.ORDINARY, "1234567", "ネクストライン"));
    }

    /** One event of every kind, in an order the decider accepts, a minute apart from {@code start}. */
    public static List<PartyEvent> everyKind(PartyId id, Instant start) {
        PartyDetails details = resellerDetails();
        PartyDetails amended = new PartyDetails(
                details.name(), List.of(PhoneNumber.parse("0120-123-456")), details.address(), null, null);
        return List.of(
                new PartyRegistered(id, PartyKind.RESELLER, details, start),
                new PartyAmended(id, PartyKind.RESELLER, amended, start.plusSeconds(60)),
                new RequestReceived(
                        id,
                        Channel.PHONE,
                        true,
                        "回線切替後の設定訪問",
                        Answer.REFUSED,
                        List.of("代理店からの代理依頼"),
                        start.plusSeconds(120)),
                new CallerIdentified(
                        id,
                        new PersonName("佐藤"),
                        false,
                        "営業",
                        PhoneNumber.parse("090-1234-5678"),
                        start.plusSeconds(180)),
                new TroubleLogged(
                        id,
                        TroubleCategory.WRONG_PLAN,
                        Severity.SEVERE,
                        "マンションタイプの回線に戸建てプラン",
                        LocalDate.of(2026, 1, 5),
                        start.plusSeconds(240)),
                new PaymentShort(
                        id,
                        "INV-2026-001",
                        new Yen(11000),
                        new Yen(10560),
                        new Yen(440),
                        ShortfallReason.BANK_FEE_DEDUCTED,
                        3,
                        start.plusSeconds(300)),
                new PaymentSettled(id, "INV-2026-001", new Yen(440), Yen.ZERO, start.plusSeconds(360)),
                new RelationshipTerminated(id, "トラブル多発", start.plusSeconds(420)),
                new RelationshipReinstated(id, "改善を確認", start.plusSeconds(480)),
                new LinkReviewed(
                        id,
                        new PartyId(new java.util.UUID(id.value().getLeastSignificantBits(), 7)),
                        false,
                        "同じビルの別テナントと確認",
                        start.plusSeconds(540)),
                new RenameConfirmed(
                        id,
                        new PartyId(new java.util.UUID(id.value().getLeastSignificantBits(), 8)),
                        "同じ代表者・同じフロアの別名と確認",
                        start.plusSeconds(600)),
                // The request, entry 3, was another reseller's: withdrawn, it stays in the history, marked.
                new PartyEvent.EntryRetracted(id, 3, "別の代理店の依頼だった", start.plusSeconds(660)));
    }
}
