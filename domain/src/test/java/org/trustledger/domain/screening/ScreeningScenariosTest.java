package org.trustledger.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustledger.domain.screening.ScreeningFixtures.call;
import static org.trustledger.domain.screening.ScreeningReasonCode.DIRECT_CUSTOMER;
import static org.trustledger.domain.screening.ScreeningReasonCode.LINKED_TO_TERMINATED;
import static org.trustledger.domain.screening.ScreeningReasonCode.NAME_WITHHELD;
import static org.trustledger.domain.screening.ScreeningReasonCode.NO_CONCERN;
import static org.trustledger.domain.screening.ScreeningReasonCode.NO_RECORD;
import static org.trustledger.domain.screening.ScreeningReasonCode.NUMBER_WITHHELD;
import static org.trustledger.domain.screening.ScreeningReasonCode.POOR_RECORD;
import static org.trustledger.domain.screening.ScreeningReasonCode.POSSIBLE_LINK;
import static org.trustledger.domain.screening.ScreeningReasonCode.PROVISIONAL_CALLER;
import static org.trustledger.domain.screening.ScreeningReasonCode.PROXY_FROM_RESELLER;
import static org.trustledger.domain.screening.ScreeningReasonCode.RETURNING_CUSTOMER;
import static org.trustledger.domain.screening.ScreeningReasonCode.TERMINATED_PARTY;
import static org.trustledger.domain.screening.ScreeningReasonCode.UNSETTLED_SHORTFALL;
import static org.trustledger.domain.screening.ScreeningReasonCode.WEB_FORM;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyFixtures;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.screening.ScreeningFixtures.Call;
import org.trustledger.domain.trust.Reason;
import org.trustledger.domain.trust.ReasonCode;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustStatus;

/**
 * The shop's screening rules, scenario by scenario, against one small ledger: the terminated reseller, its rename under
 * review, a customer it signed up, a reseller to watch, a carrier and a call centre. Each row is a call as staff would
 * type it, with near misses beside the hits.
 */
class ScreeningScenariosTest {
    private static final PartyId NEXTLINE = PartyFixtures.party(1);
    private static final PartyId HIKARI = PartyFixtures.party(2);
    private static final PartyId TANAKA = PartyFixtures.party(3);
    private static final PartyId WATCHED = PartyFixtures.party(4);
    private static final PartyId CARRIER = PartyFixtures.party(5);

    private static final String SUNRISE_5F = "東京都新宿区西新宿一丁目2番3号 サンライズビル5階";
    private static final BankAccount NEXTLINE_BANK =
            new BankAccount("みずほ銀行", "新宿支店", BankAccount.AccountType.ORDINARY, "1234567", "カ）ネクストライン");
    private static final String NEW_NAME = "株式会社ブライト光ネット";

    private static final List<Candidate> LEDGER = List.of(
            new Candidate(
                    NEXTLINE,
                    PartyKind.RESELLER,
                    new PartyIdentity(
                            new PartyName("株式会社ネクストライン"),
                            List.of(PhoneNumber.parse("03-5321-7788")),
                            new Address(SUNRISE_5F),
                            new PersonName("佐藤 健一"),
                            NEXTLINE_BANK),
                    status(TrustStatus.TERMINATED),
                    false,
                    false,
                    List.of(new PersonName("鈴木一郎（すずきいちろう）"))),
            new Candidate(
                    HIKARI,
                    PartyKind.RESELLER,
                    new PartyIdentity(
                            new PartyName("合同会社ネクスト光サポート"),
                            List.of(PhoneNumber.parse("03-5321-9900")),
                            new Address("新宿区西新宿1-2-3 サンライズビル5F"),
                            null,
                            null),
                    new TrustAssessment(TrustStatus.PROVISIONAL, 0, List.of(linkTo("株式会社ネクストライン", NEXTLINE))),
                    false,
                    false,
                    List.of()),
            new Candidate(
                    TANAKA,
                    PartyKind.CUSTOMER,
                    new PartyIdentity(
                            new PartyName("田中 花子"),
                            List.of(PhoneNumber.parse("090-1234-5678")),
                            new Address("神奈川県横浜市中区本町1-2-3"),
                            null,
                            null),
                    status(TrustStatus.GOOD),
                    false,
                    true,
                    List.of()),
            new Candidate(
                    WATCHED,
                    PartyKind.RESELLER,
                    new PartyIdentity(
                            new PartyName("株式会社ウォッチ通信"),
                            List.of(PhoneNumber.parse("06-1111-2222")),
                            new Address("大阪府大阪市北区梅田1-1-1 梅田ビル3F"),
                            null,
                            null),
                    status(TrustStatus.WATCH),
                    true,
                    false,
                    List.of()),
            new Candidate(
                    CARRIER,
                    PartyKind.CARRIER,
                    new PartyIdentity(
                            new PartyName("光回線サービス株式会社"), List.of(PhoneNumber.parse("0120-111-222")), null, null, null),
                    status(TrustStatus.GOOD),
                    false,
                    false,
                    List.of()));

    /** One call, what the shop's settings and the index say, and the answer the shop would sign. */
    record Scenario(
            String name,
            Supplier<Call> call,
            Map<String, Integer> crowdedKeys,
            ScreeningSettings settings,
            Verdict verdict,
            List<ScreeningReasonCode> codes,
            String question) {
        /** The same scenario, whose possible link asks the question under this message key suffix. */
        Scenario asking(String expectedQuestion) {
            return new Scenario(name, call, crowdedKeys, settings, verdict, codes, expectedQuestion);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                // The terminated reseller itself, however it writes its name.
                row(
                                "terminated reseller by its name",
                                () -> call().company("株式会社ネクストライン").kind(PartyKind.RESELLER))
                        .expect(Verdict.REFUSE, TERMINATED_PARTY),
                row("its name with the legal form after, full width", () -> call().company("ネクストライン（株）"))
                        .expect(Verdict.REFUSE, TERMINATED_PARTY),
                row("its name under another legal form is still its name", () -> call().company("合同会社ネクストライン"))
                        .expect(Verdict.REFUSE, TERMINATED_PARTY),
                row(
                                "no name, its own line, says reseller",
                                () -> call().phone("0353217788").kind(PartyKind.RESELLER))
                        .expect(Verdict.REFUSE, TERMINATED_PARTY),
                // Identifying evidence under a new name refuses.
                row(
                                "new name, its line in brackets",
                                () -> call().company(NEW_NAME).phone("(03)5321-7788"))
                        .expect(Verdict.REFUSE, LINKED_TO_TERMINATED),
                row(
                                "new name, its line in E.164",
                                () -> call().company(NEW_NAME).phone("+81 3 5321 7788"))
                        .expect(Verdict.REFUSE, LINKED_TO_TERMINATED),
                row(
                                "new name, same building and floor (5F ≡ 5階)",
                                () -> call().company(NEW_NAME).address("新宿区西新宿1丁目2-3 サンライズビル 5F"))
                        // The floor is also that of the rename under review, which is named too.
                        .expect(Verdict.REFUSE, LINKED_TO_TERMINATED, POSSIBLE_LINK)
                        .asking("UNDER_REVIEW"),
                row(
                                "new name, same floor written 一丁目2番3号 without prefecture",
                                () -> call().company(NEW_NAME).address("新宿区西新宿一丁目2番3号 サンライズビル５階"))
                        // The floor is also that of the rename under review, which is named too.
                        .expect(Verdict.REFUSE, LINKED_TO_TERMINATED, POSSIBLE_LINK)
                        .asking("UNDER_REVIEW"),
                row(
                                "new name, same bank account",
                                () -> call().company(NEW_NAME).bankAccount(NEXTLINE_BANK))
                        .expect(Verdict.REFUSE, LINKED_TO_TERMINATED),
                // A single link is a question, never a refusal.
                row(
                                "new name, another floor of the building",
                                () -> call().company(NEW_NAME).address("新宿区西新宿1-2-3 サンライズビル9F"))
                        .expect(Verdict.CAUTION, POSSIBLE_LINK)
                        .asking("ADDRESS"),
                row(
                                "new name, the street address without a building",
                                () -> call().company(NEW_NAME).address("東京都新宿区西新宿1-2-3"))
                        .expect(Verdict.CAUTION, POSSIBLE_LINK)
                        .asking("ADDRESS"),
                row(
                                "new name, the common representative name 佐藤 健一",
                                () -> call().company(NEW_NAME).representative("代表取締役 佐藤健一"))
                        .expect(Verdict.CAUTION, POSSIBLE_LINK)
                        .asking("REPRESENTATIVE"),
                row(
                                "new name, the salesperson who called for the terminated one",
                                () -> call().company(NEW_NAME).caller("鈴木 一郎"))
                        .expect(Verdict.CAUTION, POSSIBLE_LINK)
                        .asking("CALLER"),
                row(
                                "new name, the salesperson's name heard in kana",
                                () -> call().company(NEW_NAME).caller("スズキ イチロウ"))
                        .expect(Verdict.CAUTION, POSSIBLE_LINK)
                        .asking("CALLER"),
                // Two independent links refuse.
                row(
                                "representative and another floor",
                                () -> call().company(NEW_NAME)
                                        .representative("佐藤 健一")
                                        .address("新宿区西新宿1-2-3 サンライズビル9F"))
                        .expect(Verdict.REFUSE, LINKED_TO_TERMINATED),
                row(
                                "salesperson and the street address",
                                () -> call().company(NEW_NAME).caller("鈴木一郎").address("新宿区西新宿1-2-3"))
                        .expect(Verdict.REFUSE, LINKED_TO_TERMINATED),
                // Near misses.
                row(
                                "another building at the same street address",
                                () -> call().company(NEW_NAME).address("新宿区西新宿1-2-3 ムーンタワー5F"))
                        .expect(Verdict.ACCEPT, NO_CONCERN),
                row("the next block number", () -> call().company(NEW_NAME).address("新宿区西新宿1-2-4 サンライズビル5F"))
                        .expect(Verdict.NO_RECORD, NO_RECORD),
                row(
                                "a different salesperson with the same family name",
                                () -> call().company(NEW_NAME).caller("鈴木 次郎"))
                        .expect(Verdict.NO_RECORD, NO_RECORD),
                row("a name that only contains the terminated one's", () -> call().company("ネクストライン通信サービス株式会社"))
                        .expect(Verdict.NO_RECORD, NO_RECORD),
                row("the next phone number", () -> call().company(NEW_NAME).phone("03-5321-7789"))
                        .expect(Verdict.NO_RECORD, NO_RECORD),
                // Values many parties share weigh less.
                row(
                                "the floor is a virtual office forty parties use",
                                () -> call().company(NEW_NAME).address("新宿区西新宿1-2-3 サンライズビル5F"))
                        .crowded("addr:新宿区西新宿|1-2-3", 40)
                        .expect(Verdict.ACCEPT, NO_CONCERN),
                row(
                                "a crowded representative name and another floor: one link",
                                () -> call().company(NEW_NAME)
                                        .representative("佐藤健一")
                                        .address("新宿区西新宿1-2-3 サンライズビル9F"))
                        .crowded("rep:佐藤健一", 12)
                        .expect(Verdict.CAUTION, POSSIBLE_LINK)
                        .asking("ADDRESS"),
                row(
                                "a carrier's toll-free number is no identity",
                                () -> call().company(NEW_NAME).phone("0120-111-222"))
                        .expect(Verdict.ACCEPT, NO_CONCERN),
                // The rename under review.
                row("the party under review calls under its name", () -> call().company("ネクスト光サポート"))
                        .expect(Verdict.CAUTION, PROVISIONAL_CALLER),
                row("the party under review, where the shop refuses such callers", () -> call().company("ネクスト光サポート"))
                        .settings(new ScreeningSettings(
                                ScreeningSettings.DEFAULTS.matchWeights(), 0.3, 0.9, 5, Verdict.REFUSE))
                        .expect(Verdict.REFUSE, PROVISIONAL_CALLER),
                row(
                                "the party under review on the terminated one's floor",
                                () -> call().company("合同会社ネクスト光サポート")
                                        .address("新宿区西新宿1-2-3 サンライズビル5F")
                                        .kind(PartyKind.RESELLER))
                        .expect(Verdict.REFUSE, PROVISIONAL_CALLER, LINKED_TO_TERMINATED),
                row(
                                "a new name on the line of the party under review",
                                () -> call().company(NEW_NAME).phone("03-5321-9900"))
                        .expect(Verdict.CAUTION, POSSIBLE_LINK)
                        .asking("UNDER_REVIEW"),
                // Proxy requests.
                row(
                                "an unknown reseller asking for its customer",
                                () -> call().company(NEW_NAME)
                                        .kind(PartyKind.RESELLER)
                                        .onBehalfOfCustomer())
                        .expect(Verdict.REFUSE, PROXY_FROM_RESELLER),
                row(
                                "an unknown reseller asking for itself",
                                () -> call().company(NEW_NAME).kind(PartyKind.RESELLER))
                        .expect(Verdict.NO_RECORD, NO_RECORD),
                row(
                                "the reseller to watch asking for its customer",
                                () -> call().company("ウォッチ通信").onBehalfOfCustomer())
                        .expect(Verdict.REFUSE, PROXY_FROM_RESELLER, UNSETTLED_SHORTFALL, POOR_RECORD),
                row("the reseller to watch asking for itself", () -> call().company("株式会社ウォッチ通信"))
                        .expect(Verdict.CAUTION, UNSETTLED_SHORTFALL, POOR_RECORD),
                // Customers asking for themselves.
                row(
                                "the returning customer by phone",
                                () -> call().phone("090-1234-5678").kind(PartyKind.CUSTOMER))
                        .expect(Verdict.ACCEPT, DIRECT_CUSTOMER, RETURNING_CUSTOMER),
                row(
                                "the returning customer through the web form",
                                () -> call().phone("09012345678")
                                        .kind(PartyKind.CUSTOMER)
                                        .via(Channel.WEB_FORM))
                        .expect(Verdict.ACCEPT, DIRECT_CUSTOMER, RETURNING_CUSTOMER, WEB_FORM),
                row(
                                "a new customer through the web form",
                                () -> call().caller("山本 一郎")
                                        .kind(PartyKind.CUSTOMER)
                                        .via(Channel.WEB_FORM))
                        .expect(Verdict.ACCEPT, DIRECT_CUSTOMER, WEB_FORM),
                row(
                                "a customer living on the 9th floor of the building",
                                () -> call().caller("高橋 美咲")
                                        .address("新宿区西新宿1-2-3 サンライズビル9階")
                                        .kind(PartyKind.CUSTOMER))
                        .expect(Verdict.CAUTION, POSSIBLE_LINK, DIRECT_CUSTOMER)
                        .asking("CUSTOMER"),
                row(
                                "a self-declared customer on the terminated reseller's line",
                                () -> call().phone("03-5321-7788").kind(PartyKind.CUSTOMER))
                        .expect(Verdict.CAUTION, LINKED_TO_TERMINATED, DIRECT_CUSTOMER),
                row(
                                "a customer asking for someone else is no direct customer",
                                () -> call().caller("山本 一郎")
                                        .kind(PartyKind.CUSTOMER)
                                        .onBehalfOfCustomer())
                        .expect(Verdict.NO_RECORD, NO_RECORD),
                // Names and numbers withheld.
                row(
                                "a caller who withholds their name",
                                () -> call().caller("佐藤").nameWithheld().kind(PartyKind.RESELLER))
                        .expect(Verdict.CAUTION, NAME_WITHHELD),
                row(
                                "a withheld number alone changes nothing",
                                () -> call().company(NEW_NAME).numberWithheld())
                        .expect(Verdict.NO_RECORD, NO_RECORD, NUMBER_WITHHELD),
                row(
                                "a withheld number does not hide the terminated one",
                                () -> call().company("ネクストライン").numberWithheld())
                        .expect(Verdict.REFUSE, TERMINATED_PARTY, NUMBER_WITHHELD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theShopWouldSignTheAnswer(Scenario scenario) {
        Screening screening = new Screening(scenario.settings());

        ScreeningResult result =
                screening.screen(scenario.call().get().request(), LEDGER, new KeyCounts(scenario.crowdedKeys()));

        assertThat(result.verdict()).isEqualTo(scenario.verdict());
        assertThat(result.reasonCodes()).containsExactlyInAnyOrderElementsOf(scenario.codes());
        if (scenario.question() != null) {
            assertThat(result.reasons())
                    .filteredOn(r -> r.code() == POSSIBLE_LINK)
                    .extracting(ScreeningReason::messageKey)
                    .containsExactly("screening.reason.POSSIBLE_LINK." + scenario.question());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void aLinkIsNamedWithItsEvidence(Scenario scenario) {
        ScreeningResult result = new Screening(scenario.settings())
                .screen(scenario.call().get().request(), LEDGER, new KeyCounts(scenario.crowdedKeys()));

        assertThat(result.reasons())
                .filteredOn(r -> r.code() == LINKED_TO_TERMINATED || r.code() == POSSIBLE_LINK)
                .allSatisfy(r -> {
                    assertThat((List<?>) r.args().get("evidence")).isNotEmpty();
                    assertThat(r.parties()).isNotEmpty();
                    assertThat(result.matches()).extracting(Match::partyId).containsAll(r.parties());
                });
    }

    private static TrustAssessment status(TrustStatus status) {
        return new TrustAssessment(status, 0, List.of());
    }

    private static Reason linkTo(String name, PartyId party) {
        return Reason.of(
                ReasonCode.LINKED_TO_TERMINATED,
                Map.of(
                        "party", List.of(name),
                        "partyIds", List.of(party.value().toString()),
                        "evidenceKinds", List.of("ADDRESS"),
                        "evidence", List.of("same floor or room")),
                List.of());
    }

    private static Row row(String name, Supplier<Call> call) {
        return new Row(name, call);
    }

    /** A scenario being written: the call first, then what the index and settings say, then the answer. */
    private static final class Row {
        private final String name;
        private final Supplier<Call> call;
        private final Map<String, Integer> crowded = new HashMap<>();
        private ScreeningSettings settings = ScreeningSettings.DEFAULTS;

        Row(String name, Supplier<Call> call) {
            this.name = name;
            this.call = call;
        }

        Row crowded(String key, int parties) {
            crowded.put(key, parties);
            return this;
        }

        Row settings(ScreeningSettings other) {
            settings = other;
            return this;
        }

        Scenario expect(Verdict verdict, ScreeningReasonCode... codes) {
            return new Scenario(name, call, Map.copyOf(crowded), settings, verdict, List.of(codes), null);
        }
    }
}
