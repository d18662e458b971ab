package org.trustledger.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.trustledger.application.port.in.FindPartiesQuery;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.Recording;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.BankAccount.AccountType;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.LogTrouble;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;
import org.trustledger.domain.party.PartyCommand.RecordPaymentShort;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.party.Yen;

/**
 * Loads a realistic ledger into an empty store when {@code trustledger.demo-data} is true: the shop's own stories of
 * a reseller that went wrong and came back under another name, direct customers, and a carrier.
 */
@Component
@ConditionalOnBooleanProperty("trustledger.demo-data")
class DemoData implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final RecordPartyCommandUseCase record;
    private final FindPartiesQuery parties;
    private final Clock clock;
    private final Recording recording = Recording.of("demo", "demo-data");

    DemoData(RecordPartyCommandUseCase record, FindPartiesQuery parties, Clock clock) {
        this.record = record;
        this.parties = parties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (parties.search(new PartySearch(null, null, 0, 1)).total() > 0) {
            LOG.info("The ledger already holds parties; demo data is loaded only into an empty store");
            return;
        }
        Instant now = clock.instant();
        nextline(now);
        renamedNextline(now);
        customers(now);
        carrier(now);
        bestConnect(now);
        LOG.info("Loaded the demo ledger");
    }

    /** The reseller whose every proxy job went wrong, until the shop stopped working with it. */
    private void nextline(Instant now) {
        PartyId id = id();
        register(
                id,
                PartyKind.RESELLER,
                new PartyDetails(
                        new PartyName("株式会社ネクストライン"),
                        List.of(PhoneNumber.parse("03-5321-7788")),
                        new Address("東京都新宿区西新宿一丁目2番3号 サンライズビル5階"),
                        new PersonName("山田 太郎"),
                        new BankAccount("みずほ銀行", "新宿支店", AccountType.ORDINARY, "1234567", "カ）ネクストライン")),
                daysAgo(now, 300));
        send(new ReceiveRequest(
                id, Channel.PHONE, true, "光回線に乗り換えたお客様宅でのルーター設定の代行", Answer.ACCEPTED, List.of(), daysAgo(now, 290)));
        send(new LogTrouble(
                id,
                TroubleCategory.WRONG_PLAN,
                Severity.SEVERE,
                "マンションタイプの回線に戸建て向けプロバイダプランで契約されており、どう設定しても接続できない",
                date(now, 282),
                daysAgo(now, 281)));
        send(new LogTrouble(
                id,
                TroubleCategory.CREDENTIALS_MISHANDLED,
                Severity.MAJOR,
                "接続用パスワードが手書きのFAXで届き誤記。問い合わせると「担当者の個人アカウントを使ってくれ」との回答",
                date(now, 275),
                daysAgo(now, 274)));
        send(new IdentifyCaller(id, null, false, "営業", PhoneNumber.parse("03-5321-7788"), daysAgo(now, 270)));
        send(new RecordPaymentShort(
                id,
                "INV-0131",
                new Yen(16500),
                new Yen(16060),
                ShortfallReason.BANK_FEE_DEDUCTED,
                12,
                daysAgo(now, 250)));
        send(new LogTrouble(
                id,
                TroubleCategory.PROMISE_BROKEN,
                Severity.MAJOR,
                "初月の費用と出張費を負担すると約束したが、督促を重ねても支払われない",
                date(now, 240),
                daysAgo(now, 239)));
        send(new TerminateRelationship(id, "代理依頼が毎回トラブルになるため、代理サポートの取引を停止する", daysAgo(now, 230)));
    }

    /** A "new" reseller at exactly the same address and building: a rename to get past the block. */
    private void renamedNextline(Instant now) {
        PartyId id = id();
        register(
                id,
                PartyKind.RESELLER,
                new PartyDetails(
                        new PartyName("合同会社ネクスト光サポート"),
                        List.of(PhoneNumber.parse("03-5321-9900")),
                        new Address("東京都新宿区西新宿1-2-3 サンライズビル 5F"),
                        null,
                        null),
                daysAgo(now, 20));
        send(new IdentifyCaller(id, null, false, "担当", PhoneNumber.parse("03-5321-9900"), daysAgo(now, 20)));
    }

    /** Customers asking for themselves, one of them signed up by the terminated reseller and now returning. */
    private void customers(Instant now) {
        PartyId tanaka = id();
        register(
                tanaka,
                PartyKind.CUSTOMER,
                new PartyDetails(
                        new PartyName("田中 花子"),
                        List.of(PhoneNumber.parse("090-1111-2222")),
                        new Address("東京都世田谷区桜新町二丁目8番5号"),
                        null,
                        null),
                daysAgo(now, 200));
        send(new ReceiveRequest(
                tanaka,
                Channel.PHONE,
                false,
                "代理店に乗り換えさせられた光回線がつながらない。マンションタイプへの契約変更と設定",
                Answer.ACCEPTED,
                List.of(),
                daysAgo(now, 200)));
        send(new ReceiveRequest(
                tanaka,
                Channel.WEB_FORM,
                false,
                "不要なオプションの解約手続きを一緒にしてほしい",
                Answer.ACCEPTED,
                List.of(),
                daysAgo(now, 30)));

        PartyId sato = id();
        register(
                sato,
                PartyKind.CUSTOMER,
                new PartyDetails(new PartyName("佐藤 一郎"), List.of(PhoneNumber.parse("045-333-4444")), null, null, null),
                daysAgo(now, 5));
        send(new ReceiveRequest(
                sato, Channel.WEB_FORM, false, "Wi-Fiが奥の部屋まで届かない", Answer.ACCEPTED, List.of(), daysAgo(now, 5)));
    }

    /** A carrier the shop works with, reached through its toll-free number. */
    private void carrier(Instant now) {
        PartyId id = id();
        register(
                id,
                PartyKind.CARRIER,
                new PartyDetails(
                        new PartyName("光ネットワーク株式会社"),
                        List.of(PhoneNumber.parse("0120-123-456")),
                        new Address("東京都千代田区大手町一丁目1番1号 大手町タワー20階"),
                        null,
                        null),
                daysAgo(now, 400));
        send(new ReceiveRequest(
                id, Channel.EMAIL, false, "回線工事後の宅内機器設定の依頼", Answer.ACCEPTED, List.of(), daysAgo(now, 120)));
    }

    /** A reseller still in business with the shop, slow to answer and paying short: one to watch. */
    private void bestConnect(Instant now) {
        PartyId id = id();
        register(
                id,
                PartyKind.RESELLER,
                new PartyDetails(
                        new PartyName("ベストコネクト(株)"),
                        List.of(PhoneNumber.parse("06-6123-4567")),
                        new Address("大阪府大阪市北区梅田3-1-1 梅田ビル12F"),
                        new PersonName("鈴木 次郎"),
                        null),
                daysAgo(now, 90));
        send(new LogTrouble(
                id,
                TroubleCategory.UNRESPONSIVE,
                Severity.MAJOR,
                "担当者が毎回替わり、折り返しの連絡が来ない",
                date(now, 60),
                daysAgo(now, 59)));
        send(new RecordPaymentShort(
                id,
                "INV-0412",
                new Yen(22000),
                new Yen(18000),
                ShortfallReason.DISCOUNT_AFTER_WORK,
                0,
                daysAgo(now, 40)));
    }

    private void register(PartyId id, PartyKind kind, PartyDetails details, Instant at) {
        send(new RegisterParty(id, kind, details, at));
    }

    private void send(PartyCommand command) {
        record.record(command, recording);
    }

    private static PartyId id() {
        return new PartyId(UUID.randomUUID());
    }

    private static Instant daysAgo(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }

    private static LocalDate date(Instant now, int daysAgo) {
        return daysAgo(now, daysAgo).atZone(PartyDecider.SHOP_ZONE).toLocalDate();
    }
}
