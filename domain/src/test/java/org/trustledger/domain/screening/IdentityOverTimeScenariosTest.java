package org.trustledger.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustledger.domain.screening.ScreeningFixtures.call;
import static org.trustledger.domain.screening.ScreeningReasonCode.DIRECT_CUSTOMER;
import static org.trustledger.domain.screening.ScreeningReasonCode.LINKED_TO_TERMINATED;
import static org.trustledger.domain.screening.ScreeningReasonCode.NO_CONCERN;
import static org.trustledger.domain.screening.ScreeningReasonCode.NO_RECORD;
import static org.trustledger.domain.screening.ScreeningReasonCode.NUMBER_WITHHELD;
import static org.trustledger.domain.screening.ScreeningReasonCode.POSSIBLE_LINK;
import static org.trustledger.domain.screening.ScreeningReasonCode.TERMINATED_PARTY;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.identity.WebDomain;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyCommand.AmendParty;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.RetractEntry;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyFixtures;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyIdentityHistory;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.screening.ScreeningFixtures.Call;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustStatus;

/**
 * Screening that remembers every identity a party ever had — former phones, addresses, names, representatives, bank
 * accounts, e-mail addresses and web domains, and the numbers its callers gave — and that says so honestly when nothing
 * is known. The ledger is built from real histories through the decider, amendments and a retraction included; each
 * hit has a near miss beside it that must not be caught.
 */
class IdentityOverTimeScenariosTest {
    private static final PartyId KITAICHI = PartyFixtures.party(31);
    private static final PartyId HIKARI = PartyFixtures.party(32);
    private static final PartyId ZEROONE = PartyFixtures.party(33);
    private static final PartyId BACKANDFORTH = PartyFixtures.party(34);
    private static final PartyId RETRACTED = PartyFixtures.party(35);
    private static final PartyId BRIGHT = PartyFixtures.party(36);

    private static final String NEW_NAME = "株式会社ノースライン";
    private static final String OLD_ADDRESS = "北海道札幌市中央区北一条西四丁目2番 北一ビル6階";
    private static final BankAccount OLD_BANK =
            new BankAccount("北洋銀行", "札幌駅前支店", BankAccount.AccountType.ORDINARY, "1234567", "キタイチコネクト");
    private static final BankAccount NEW_BANK =
            new BankAccount("北海道銀行", "本店", BankAccount.AccountType.ORDINARY, "7654321", "ノースコネクト");

    private static final Instant REGISTERED = Instant.parse("2025-04-01T01:00:00Z");
    private static final Instant CALLED = Instant.parse("2025-06-01T01:00:00Z");
    private static final Instant MOVED = Instant.parse("2026-05-20T01:00:00Z");
    private static final Instant ENDED = Instant.parse("2026-08-01T01:00:00Z");

    static final List<Candidate> LEDGER = List.of(
            candidate(kitaichi(), TrustStatus.TERMINATED),
            candidate(
                    history(
                            HIKARI,
                            PartyKind.CARRIER,
                            details(
                                    "光ファイバー東日本株式会社",
                                    "03-3500-1000",
                                    "東京都港区芝五丁目7番1号 芝ビル10階",
                                    null,
                                    null,
                                    List.of("support@hikari-east.co.jp"),
                                    List.of("https://hikari-east.co.jp/"))),
                    TrustStatus.GOOD),
            candidate(
                    history(
                            ZEROONE,
                            PartyKind.RESELLER,
                            details(
                                    "株式会社ゼロワン",
                                    "03-7000-0101",
                                    null,
                                    null,
                                    null,
                                    List.of("zeroone.sales@gmail.com", "zero1@docomo.ne.jp"),
                                    List.of())),
                    TrustStatus.TERMINATED),
            candidate(backAndForth(), TrustStatus.TERMINATED),
            candidate(retracted(), TrustStatus.TERMINATED),
            candidate(
                    history(
                            BRIGHT,
                            PartyKind.RESELLER,
                            details("ブライト合同会社", "045-600-7070", null, null, null, List.of(), List.of("ブライト.jp"))),
                    TrustStatus.TERMINATED));

    record Scenario(
            String name, Supplier<Call> call, Verdict verdict, List<ScreeningReasonCode> codes, String formerUntil) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Scenario> scenarios() {
        List<Scenario> rows = new ArrayList<>();
        // The reseller: moved, changed number, renamed and terminated; a "new" company comes back.
        rows.add(linkedFormer("old number", () -> call().company(NEW_NAME).phone("011-222-3301")));
        rows.add(linkedFormer(
                "old number, full-width", () -> call().company(NEW_NAME).phone("０１１（２２２）３３０１")));
        rows.add(linkedFormer("old number, +81", () -> call().company(NEW_NAME).phone("+81 11 222 3301")));
        rows.add(
                linkedFormer("old number with ー", () -> call().company(NEW_NAME).phone("011ー222ー3301")));
        rows.add(noRecord(
                "near miss: old number one digit off",
                () -> call().company(NEW_NAME).phone("011-222-3302")));
        rows.add(linkedFormer(
                "old address, same floor", () -> call().company(NEW_NAME).address(OLD_ADDRESS)));
        rows.add(linkedFormer(
                "old address, same floor, no prefecture, numbers as digits",
                () -> call().company(NEW_NAME).address("札幌市中央区北一条西4-2 北一ビル６階")));
        rows.add(new Scenario(
                "near miss: old building, another floor",
                () -> call().company(NEW_NAME).address("北海道札幌市中央区北一条西四丁目2番 北一ビル9階"),
                Verdict.CAUTION,
                List.of(POSSIBLE_LINK),
                "2026-05"));
        rows.add(linked(
                "salesperson's own mobile, recorded on a caller",
                () -> call().company(NEW_NAME).phone("080-1212-3434")));
        rows.add(linked(
                "salesperson's mobile as an IME types it",
                () -> call().company(NEW_NAME).phone("０８０ー１２１２ー３４３４")));
        rows.add(noRecord(
                "near miss: a mobile one digit off the salesperson's",
                () -> call().company(NEW_NAME).phone("080-1212-3435")));
        rows.add(new Scenario(
                "old representative alone: a question",
                () -> call().company(NEW_NAME).representative("中村 浩"),
                Verdict.CAUTION,
                List.of(POSSIBLE_LINK),
                "2026-05"));
        rows.add(linkedFormer(
                "old representative and old building on another floor: two links",
                () -> call().company(NEW_NAME).representative("中村浩").address("北海道札幌市中央区北一条西四丁目2番 北一ビル9階")));
        rows.add(linkedFormer("old bank account", () -> call().company(NEW_NAME).bankAccount(OLD_BANK)));
        rows.add(noRecord(
                "near miss: same bank and branch, another account",
                () -> call().company(NEW_NAME)
                        .bankAccount(new BankAccount(
                                "北洋銀行", "札幌駅前支店", BankAccount.AccountType.ORDINARY, "1234568", "ノースライン"))));
        rows.add(new Scenario(
                "calling under its old name is the terminated party itself",
                () -> call().company("株式会社北一コネクト"),
                Verdict.REFUSE,
                List.of(TERMINATED_PARTY),
                null));
        rows.add(new Scenario(
                "calling under its old name, legal form after",
                () -> call().company("北一コネクト株式会社"),
                Verdict.REFUSE,
                List.of(TERMINATED_PARTY),
                null));
        rows.add(noRecord("near miss: a name one word off the old one", () -> call().company("株式会社北一コネクション")));
        rows.add(linkedFormer(
                "old e-mail address", () -> call().company(NEW_NAME).email("info@kitaichi-connect.co.jp")));
        rows.add(linkedFormer(
                "old e-mail address in capitals and full width",
                () -> call().company(NEW_NAME).email("ＩＮＦＯ＠Kitaichi-Connect.co.jp")));
        rows.add(new Scenario(
                "another mailbox at the old domain: a link",
                () -> call().company(NEW_NAME).email("tanaka@kitaichi-connect.co.jp"),
                Verdict.CAUTION,
                List.of(POSSIBLE_LINK),
                "2026-05"));
        rows.add(new Scenario(
                "old website as a URL",
                () -> call().company(NEW_NAME).website("https://www.kitaichi-connect.co.jp/contact?from=ad"),
                Verdict.CAUTION,
                List.of(POSSIBLE_LINK),
                "2026-05"));
        rows.add(linked("today's e-mail address", () -> call().company(NEW_NAME).email("sales@north-connect.jp")));
        rows.add(new Scenario(
                "today's domain, another mailbox",
                () -> call().company(NEW_NAME).email("ceo@north-connect.jp"),
                Verdict.CAUTION,
                List.of(POSSIBLE_LINK),
                null));
        rows.add(new Scenario(
                "today's website written full-width",
                () -> call().company(NEW_NAME).website("ｎｏｒｔｈ－ｃｏｎｎｅｃｔ．ｊｐ"),
                Verdict.CAUTION,
                List.of(POSSIBLE_LINK),
                null));
        rows.add(noRecord(
                "near miss: the same name under .com",
                () -> call().company(NEW_NAME).website("north-connect.com")));
        rows.add(noRecord(
                "near miss: a domain that only ends like it",
                () -> call().company(NEW_NAME).website("mynorth-connect.jp")));
        rows.add(linked(
                "website and old representative: two links",
                () -> call().company(NEW_NAME).website("north-connect.jp").representative("中村 浩")));
        // Free mail weighs nothing, but an address of one's own is still one's own.
        rows.add(linked("the same gmail address", () -> call().company(NEW_NAME).email("zeroone.sales@gmail.com")));
        rows.add(linked(
                "the same gmail address in capitals",
                () -> call().company(NEW_NAME).email("ZeroOne.Sales@GMAIL.COM")));
        rows.add(noRecord(
                "near miss: another gmail address",
                () -> call().company(NEW_NAME).email("someone.else@gmail.com")));
        rows.add(noRecord(
                "near miss: another docomo address",
                () -> call().company(NEW_NAME).email("other@docomo.ne.jp")));
        rows.add(noRecord(
                "near miss: gmail.com given as a website",
                () -> call().company(NEW_NAME).website("gmail.com")));
        // International domains, written either way.
        rows.add(new Scenario(
                "a Japanese domain written in punycode",
                () -> call().company(NEW_NAME).website("http://XN--ECKVDTB8D.jp/"),
                Verdict.CAUTION,
                List.of(POSSIBLE_LINK),
                null));
        rows.add(new Scenario(
                "a mailbox at the Japanese domain",
                () -> call().company(NEW_NAME).email("info@ブライト.jp"),
                Verdict.CAUTION,
                List.of(POSSIBLE_LINK),
                null));
        // A number given up and taken back again is today's; the one in between is former.
        rows.add(linked(
                "a number given up and taken back",
                () -> call().company(NEW_NAME).phone("03-6100-2000")));
        rows.add(new Scenario(
                "the number it had in between",
                () -> call().company(NEW_NAME).phone("03-6100-3000"),
                Verdict.REFUSE,
                List.of(LINKED_TO_TERMINATED),
                "2026-02"));
        // A retracted amendment never happened.
        rows.add(noRecord(
                "near miss: the address of a retracted amendment",
                () -> call().company(NEW_NAME).address("東京都豊島区東池袋三丁目1番1号 サンシャイン60 45階")));
        rows.add(linked(
                "the address the retraction left standing",
                () -> call().company(NEW_NAME).address("東京都豊島区南池袋一丁目1番1号 南池袋ビル3階")));
        // Honest answers.
        rows.add(noRecord(
                "a bank account sent by e-mail, no phone at all",
                () -> call().company(NEW_NAME)
                        .bankAccount(new BankAccount(
                                "ゆうちょ銀行", "〇一八支店", BankAccount.AccountType.ORDINARY, "9999999", "ノースライン"))
                        .via(Channel.EMAIL)));
        rows.add(new Scenario(
                "a withheld number and nothing known",
                () -> call().company(NEW_NAME).numberWithheld(),
                Verdict.NO_RECORD,
                List.of(NO_RECORD, NUMBER_WITHHELD),
                null));
        rows.add(new Scenario(
                "a withheld number from the terminated party under its name",
                () -> call().company("株式会社ノースコネクト").numberWithheld(),
                Verdict.REFUSE,
                List.of(TERMINATED_PARTY, NUMBER_WITHHELD),
                null));
        rows.add(noRecord(
                "an e-mail never says its number was withheld",
                () -> call().company(NEW_NAME).numberWithheld().via(Channel.EMAIL)));
        rows.add(new Scenario(
                "a known good carrier by its e-mail address",
                () -> call().email("support@hikari-east.co.jp"),
                Verdict.ACCEPT,
                List.of(NO_CONCERN),
                null));
        rows.add(new Scenario(
                "a known good carrier by its web address",
                () -> call().company("光ファイバー東日本株式会社").website("https://www.hikari-east.co.jp/support/"),
                Verdict.ACCEPT,
                List.of(NO_CONCERN),
                null));
        rows.add(new Scenario(
                "a customer asking for themselves with no record is served",
                () -> call().caller("佐々木 美咲").phone("090-7777-1234").kind(PartyKind.CUSTOMER),
                Verdict.ACCEPT,
                List.of(DIRECT_CUSTOMER),
                null));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theShopWouldSignTheAnswer(Scenario scenario) {
        ScreeningResult result = new Screening().screen(scenario.call().get().request(), LEDGER);

        assertThat(result.reasonCodes()).containsExactlyInAnyOrderElementsOf(scenario.codes());
        assertThat(result.verdict()).isEqualTo(scenario.verdict());
        if (scenario.formerUntil() != null) {
            assertThat(result.matches())
                    .flatExtracting(Match::evidence)
                    .extracting(e -> e.detail().formerUntil())
                    .contains(scenario.formerUntil());
            assertThat(result.matches())
                    .flatExtracting(Match::evidence)
                    .filteredOn(e -> e.detail().former())
                    .allSatisfy(e -> assertThat(e.text()).startsWith("former "));
        }
    }

    @Test
    void thereAreAtLeastFortyNewScenarios() {
        assertThat(scenarios().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void aFormerDetailIsLabelledWithTheMonthItStoppedBeingCurrent() {
        ScreeningResult result = new Screening()
                .screen(call().company(NEW_NAME).phone("011-222-3301").request(), LEDGER);

        IdentityEvidence evidence = result.matches().get(0).evidence().get(0);
        assertThat(evidence.grade()).isEqualTo(IdentityEvidence.Grade.IDENTIFYING);
        assertThat(evidence.detail().formerUntil()).isEqualTo("2026-05");
        assertThat(evidence.text()).isEqualTo("former phone number (until 2026-05): same phone number 011-222-3301");
        assertThat(evidence.detail().asArgument()).containsEntry("formerUntil", "2026-05");
    }

    @Test
    void todaysDetailsCarryNoFormerMark() {
        ScreeningResult result = new Screening()
                .screen(call().company(NEW_NAME).phone("011-555-7788").request(), LEDGER);

        assertThat(result.matches().get(0).evidence())
                .allSatisfy(e -> assertThat(e.detail().former()).isFalse());
        assertThat(result.matches().get(0).evidence().get(0).detail().asArgument())
                .doesNotContainKey("formerUntil");
    }

    private static Scenario linkedFormer(String name, Supplier<Call> call) {
        return new Scenario(name, call, Verdict.REFUSE, List.of(LINKED_TO_TERMINATED), "2026-05");
    }

    private static Scenario linked(String name, Supplier<Call> call) {
        return new Scenario(name, call, Verdict.REFUSE, List.of(LINKED_TO_TERMINATED), null);
    }

    private static Scenario noRecord(String name, Supplier<Call> call) {
        return new Scenario(name, call, Verdict.NO_RECORD, List.of(NO_RECORD), null);
    }

    private static PartyState kitaichi() {
        PartyState state = history(
                KITAICHI,
                PartyKind.RESELLER,
                new PartyDetails(
                        new PartyName("株式会社北一コネクト"),
                        List.of(PhoneNumber.parse("011-222-3301")),
                        new Address(OLD_ADDRESS),
                        new PersonName("中村 浩"),
                        OLD_BANK,
                        List.of(EmailAddress.of("info@kitaichi-connect.co.jp")),
                        List.of(WebDomain.of("https://www.kitaichi-connect.co.jp"))));
        state = apply(
                state,
                new IdentifyCaller(
                        KITAICHI, new PersonName("加藤 大輔"), true, "営業", PhoneNumber.parse("080-1212-3434"), CALLED));
        state = apply(
                state,
                new AmendParty(
                        KITAICHI,
                        PartyKind.RESELLER,
                        new PartyDetails(
                                new PartyName("株式会社ノースコネクト"),
                                List.of(PhoneNumber.parse("011-555-7788")),
                                new Address("北海道札幌市北区北七条西二丁目8番 北七ビル3階"),
                                new PersonName("小林 誠"),
                                NEW_BANK,
                                List.of(EmailAddress.of("sales@north-connect.jp")),
                                List.of(WebDomain.of("north-connect.jp"))),
                        MOVED));
        return apply(state, new TerminateRelationship(KITAICHI, "勧誘トラブル", ENDED));
    }

    private static PartyState backAndForth() {
        PartyDetails first = details("株式会社ユアコール", "03-6100-2000", null, null, null, List.of(), List.of());
        PartyState state = history(BACKANDFORTH, PartyKind.RESELLER, first);
        state = apply(
                state,
                new AmendParty(
                        BACKANDFORTH,
                        PartyKind.RESELLER,
                        details("株式会社ユアコール", "03-6100-3000", null, null, null, List.of(), List.of()),
                        Instant.parse("2026-01-10T01:00:00Z")));
        return apply(
                state, new AmendParty(BACKANDFORTH, PartyKind.RESELLER, first, Instant.parse("2026-02-10T01:00:00Z")));
    }

    private static PartyState retracted() {
        PartyDetails real =
                details("株式会社イケブクロ回線", "03-6200-4000", "東京都豊島区南池袋一丁目1番1号 南池袋ビル3階", null, null, List.of(), List.of());
        PartyState state = history(RETRACTED, PartyKind.RESELLER, real);
        state = apply(
                state,
                new AmendParty(
                        RETRACTED,
                        PartyKind.RESELLER,
                        details(
                                "株式会社イケブクロ回線",
                                "03-6200-4000",
                                "東京都豊島区東池袋三丁目1番1号 サンシャイン60 45階",
                                null,
                                null,
                                List.of(),
                                List.of()),
                        Instant.parse("2026-03-01T01:00:00Z")));
        return apply(state, new RetractEntry(RETRACTED, 2, "別の取引先の住所を誤って入力", Instant.parse("2026-03-02T01:00:00Z")));
    }

    static PartyState history(PartyId id, PartyKind kind, PartyDetails details) {
        return apply(PartyState.INITIAL, new RegisterParty(id, kind, details, REGISTERED));
    }

    static PartyState apply(PartyState state, PartyCommand command) {
        PartyState next = state;
        for (var event : PartyDecider.decide(command, state)) {
            next = PartyDecider.evolve(next, event);
        }
        return next;
    }

    static Candidate candidate(PartyState state, TrustStatus status) {
        return new Candidate(
                state.partyId(),
                state.kind(),
                state.details().identity(),
                new TrustAssessment(status, 0, List.of()),
                false,
                false,
                List.copyOf(state.callers()),
                PartyIdentityHistory.of(state));
    }

    static PartyDetails details(
            String name,
            String phone,
            String address,
            String representative,
            BankAccount bank,
            List<String> emails,
            List<String> websites) {
        return new PartyDetails(
                new PartyName(name),
                List.of(PhoneNumber.parse(phone)),
                address == null ? null : new Address(address),
                representative == null ? null : new PersonName(representative),
                bank,
                emails.stream().map(EmailAddress::of).toList(),
                websites.stream().map(WebDomain::of).toList());
    }
}
