package org.trustledger.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustledger.domain.screening.ScreeningFixtures.call;
import static org.trustledger.domain.screening.ScreeningReasonCode.LINKED_TO_TERMINATED;
import static org.trustledger.domain.screening.ScreeningReasonCode.NO_CONCERN;
import static org.trustledger.domain.screening.ScreeningReasonCode.NO_RECORD;
import static org.trustledger.domain.screening.ScreeningReasonCode.POSSIBLE_LINK;
import static org.trustledger.domain.screening.ScreeningReasonCode.TERMINATED_PARTY;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyFixtures;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.screening.ScreeningFixtures.Call;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustStatus;

/**
 * Screening against spellings that try to slip past, and against what Japanese staff honestly type: invisible and
 * look-alike characters, variant kanji, branch offices, addresses without their city or ward, and phones written with
 * ー or a note. Each hit has a near miss beside it — another floor, another company's branch, a really different kanji —
 * that must not be caught.
 */
class SpellingScreeningScenariosTest {
    private static final PartyId NEXTLINE = PartyFixtures.party(11);
    private static final PartyId SAMPLE = PartyFixtures.party(12);
    private static final PartyId WATANABE = PartyFixtures.party(13);
    private static final PartyId YOSHINO = PartyFixtures.party(14);
    private static final PartyId HONMACHI = PartyFixtures.party(15);
    private static final PartyId KUNIHIRO = PartyFixtures.party(16);
    private static final PartyId BLUEWAVE = PartyFixtures.party(17);
    private static final PartyId LIFE = PartyFixtures.party(18);

    private static final String NEW_NAME = "株式会社ブライト光ネット";

    private static final List<Candidate> LEDGER = List.of(
            terminated(NEXTLINE, "株式会社ネクストライン", "03-5321-7788", "東京都新宿区西新宿一丁目2番3号 サンライズビル5階", "佐藤 健一"),
            terminated(SAMPLE, "株式会社サンプル通信", "06-6111-2233", "大阪府大阪市北区梅田2-4-6 梅田スカイビル12階", "髙橋 誠"),
            terminated(WATANABE, "渡邉通信株式会社", "052-111-3344", "愛知県名古屋市中区栄3-5-7 栄ビル4F", "齋藤 一郎"),
            terminated(YOSHINO, "𠮷野ネット合同会社", "042-600-1212", "東京都八王子市本町1-2-3 本町ビル2F", "濱田 櫻子"),
            new Candidate(
                    HONMACHI,
                    PartyKind.CARRIER,
                    identity("本町回線サービス株式会社", "06-6200-3434", "大阪府大阪市中央区本町1-2-3 本町ビル2F", null),
                    new TrustAssessment(TrustStatus.GOOD, 0, List.of()),
                    false,
                    false),
            terminated(KUNIHIRO, "株式会社國廣山﨑石槗システム", "092-700-5656", "福岡県福岡市博多区博多駅前4-1-1 博多ビル7F", "德永 澤子"),
            terminated(BLUEWAVE, "株式会社ブルーウェーブ", "03-6000-1111", null, null),
            terminated(LIFE, "株式会社ライフサポート", "011-222-3301", "北海道札幌市中央区北一条西四丁目2番 北一ビル6階", null));

    record Scenario(String name, Supplier<Call> call, Verdict verdict, List<ScreeningReasonCode> codes, String detail) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Scenario> scenarios() {
        List<Scenario> rows = new ArrayList<>();
        // Invisible characters inside a terminated reseller's name: the same name.
        for (String invisible : List.of(
                "\u00AD", "\u200C", "\u200D", "\u200E", "\u200F", "\u061C", "\uFE0F", "\u3164", "\uFFA0", "\u2060")) {
            String code = String.format("U+%04X", (int) invisible.charAt(0));
            rows.add(refusedAsTerminated(
                    "ネクストライン with " + code + " inside", () -> call().company("ネク" + invisible + "ストライン")));
        }
        rows.add(accepted("near miss: another name with a soft hyphen", () -> call().company("ネク\u00ADストリンク")));
        rows.add(accepted("near miss: a longer name with a ZWJ", () -> call().company("ネクスト\u200Dラインズ")));
        // Look-alikes of katakana.
        rows.add(refusedAsTerminated("卜 (U+535C) for ト", () -> call().company("株式会社ネクス卜ライン")));
        rows.add(refusedAsTerminated("亻 (U+4EBB) for イ", () -> call().company("株式会社ネクストラ亻ン")));
        for (String dash : List.of("一", "－", "―", "‐", "‑", "–", "-", "ｰ")) {
            rows.add(refusedAsTerminated(
                    dash + " for ー in ブルーウェーブ", () -> call().company("ブル" + dash + "ウェ" + dash + "ブ株式会社")));
        }
        rows.add(accepted("near miss: the long-vowel marks left out", () -> call().company("株式会社ブルウェブ")));
        rows.add(accepted("near miss: another word after the look-alike name", () -> call().company("ブル一ウェ一ブ通信")));
        // Variant kanji in company names and people's names.
        rows.add(refusedAsTerminated("渡辺 for 渡邉", () -> call().company("渡辺通信株式会社")));
        rows.add(refusedAsTerminated("渡邊 for 渡邉", () -> call().company("渡邊通信(株)")));
        rows.add(accepted("near miss: 渡部 is another family", () -> call().company("渡部通信株式会社")));
        rows.add(refusedAsTerminated("吉 for 𠮷", () -> call().company("吉野ネット合同会社")));
        rows.add(accepted("near miss: 吉田 is another family", () -> call().company("吉田ネット合同会社")));
        rows.add(refusedAsTerminated("国広山崎石橋 for 國廣山﨑石槗", () -> call().company("株式会社国広山崎石橋システム")));
        rows.add(accepted("near miss: 山崎 but 石川", () -> call().company("株式会社国広山崎石川システム")));
        rows.add(linked(
                "高橋 for the representative 髙橋", () -> call().company(NEW_NAME).representative("高橋 誠"), "REP"));
        for (String saito : List.of("斎藤一郎", "斉藤一郎", "齊藤 一郎")) {
            rows.add(linked(
                    saito + " for the representative 齋藤 一郎",
                    () -> call().company(NEW_NAME).representative(saito),
                    "REP"));
        }
        rows.add(accepted(
                "near miss: 斎藤一朗 has another given name",
                () -> call().company(NEW_NAME).representative("斎藤一朗")));
        rows.add(linked("浜田 桜子 for 濱田 櫻子", () -> call().company(NEW_NAME).representative("浜田桜子"), "REP"));
        rows.add(linked("徳永 沢子 for 德永 澤子", () -> call().company(NEW_NAME).representative("徳永沢子"), "REP"));
        // Branches, offices and notes.
        rows.add(refusedAsTerminated("a branch after a space", () -> call().company("株式会社サンプル通信 大阪支店")));
        rows.add(refusedAsTerminated("a branch written straight after", () -> call().company("株式会社サンプル通信大阪支店")));
        rows.add(refusedAsTerminated("head office after the legal form", () -> call().company("サンプル通信株式会社 東京本社")));
        rows.add(refusedAsTerminated("an office after (株)", () -> call().company("サンプル通信(株)名古屋営業所")));
        rows.add(refusedAsTerminated("a centre", () -> call().company("株式会社サンプル通信 カスタマーセンター")));
        rows.add(refusedAsTerminated("a division", () -> call().company("株式会社サンプル通信　法人事業部")));
        rows.add(refusedAsTerminated("a regional office", () -> call().company("株式会社サンプル通信 九州支社")));
        rows.add(refusedAsTerminated("a note in brackets", () -> call().company("株式会社サンプル通信（旧社名：ネクスト）")));
        rows.add(refusedAsTerminated("a note in front", () -> call().company("【代理店】株式会社サンプル通信")));
        rows.add(refusedAsTerminated("a centre of a known place", () -> call().company("株式会社ライフサポート 札幌センター")));
        rows.add(accepted("near miss: another company's branch", () -> call().company("株式会社サンプル通信サービス 大阪支店")));
        rows.add(accepted("near miss: a shorter name's branch", () -> call().company("株式会社サンプル 大阪支店")));
        rows.add(accepted("near miss: センター that is the name itself", () -> call().company("株式会社ライフサポートセンター")));
        // Addresses without prefecture and ward.
        rows.add(refusedAsLinked(
                "the same floor, written from the town on",
                () -> call().company(NEW_NAME).address("西新宿一丁目2番3号 サンライズビル５階")));
        rows.add(refusedAsLinked(
                "the same floor of a building in Osaka, from the town on",
                () -> call().company(NEW_NAME).address("梅田2-4-6 梅田スカイビル 12F")));
        rows.add(refusedAsLinked(
                "the same floor with the city but not the ward",
                () -> call().company(NEW_NAME).address("札幌市北一条西4-2 北一ビル6F")));
        rows.add(linked(
                "near miss: another floor, from the town on",
                () -> call().company(NEW_NAME).address("西新宿1-2-3 サンライズビル9F"),
                "ADDRESS.TOWN.SAME_BUILDING"));
        rows.add(linked(
                "the floor without the building, from the town on, only links",
                () -> call().company(NEW_NAME).address("西新宿1-2-3 5階"),
                "ADDRESS.TOWN.SAME_FLOOR_OR_ROOM"));
        rows.add(linked(
                "the street address alone, from the town on",
                () -> call().company(NEW_NAME).address("西新宿1-2-3"),
                "ADDRESS.TOWN.SAME_STREET_ADDRESS"));
        rows.add(accepted(
                "near miss: the next block number",
                () -> call().company(NEW_NAME).address("西新宿1-2-4 サンライズビル5F")));
        rows.add(accepted(
                "near miss: another city with that town",
                () -> call().company(NEW_NAME).address("八王子市西新宿1-2-3 サンライズビル5F")));
        rows.add(accepted(
                "near miss: another town", () -> call().company(NEW_NAME).address("東新宿1-2-3 サンライズビル5F")));
        rows.add(linked(
                "two known cities share the town: asks which",
                () -> call().company(NEW_NAME).address("本町1-2-3 本町ビル2F"),
                "ADDRESS.TOWN_AMBIGUOUS"));
        rows.add(refusedAsLinked(
                "the city named, the same floor", () -> call().company(NEW_NAME).address("八王子市本町1-2-3 本町ビル2F")));
        rows.add(new Scenario(
                "near miss: the other city's party is in good standing",
                () -> call().company(NEW_NAME).address("大阪市中央区本町1-2-3 本町ビル2F"),
                Verdict.ACCEPT,
                List.of(NO_CONCERN),
                null));
        // Phones as staff type them.
        rows.add(refusedAsLinked(
                "ー for the dashes", () -> call().company(NEW_NAME).phone("03ー5321ー7788")));
        rows.add(refusedAsLinked(
                "（代表） after the number", () -> call().company(NEW_NAME).phone("03-5321-7788（代表）")));
        rows.add(refusedAsLinked(
                "(FAX) after the number", () -> call().company(NEW_NAME).phone("０３－５３２１－７７８８(FAX)")));
        rows.add(refusedAsLinked(
                "代表: before the number", () -> call().company(NEW_NAME).phone("代表：03-5321-7788")));
        rows.add(accepted(
                "near miss: the next number with ー",
                () -> call().company(NEW_NAME).phone("03ー5321ー7789")));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theShopWouldSignTheAnswer(Scenario scenario) {
        ScreeningResult result = new Screening().screen(scenario.call().get().request(), LEDGER);

        assertThat(result.reasonCodes()).containsExactlyInAnyOrderElementsOf(scenario.codes());
        assertThat(result.verdict()).isEqualTo(scenario.verdict());
        if (scenario.detail() != null) {
            assertThat(result.matches())
                    .flatExtracting(Match::evidence)
                    .extracting(e -> e.detail().key())
                    .contains("identity.detail." + scenario.detail());
        }
    }

    @Test
    void anAmbiguousTownNamesEveryCityItCouldBe() {
        ScreeningResult result = new Screening()
                .screen(call().company(NEW_NAME).address("本町1-2-3 本町ビル2F").request(), LEDGER);

        assertThat(result.matches())
                .flatExtracting(Match::evidence)
                .filteredOn(e -> e.detail().key().equals("identity.detail.ADDRESS.TOWN_AMBIGUOUS"))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.detail().values()).contains("八王子市、大阪市中央区"));
    }

    @Test
    void theEarlierScenariosAndTheseAreAtLeastFortyApart() {
        assertThat(scenarios().count()).isGreaterThanOrEqualTo(40);
    }

    private static Scenario refusedAsTerminated(String name, Supplier<Call> call) {
        return new Scenario(name, call, Verdict.REFUSE, List.of(TERMINATED_PARTY), null);
    }

    private static Scenario refusedAsLinked(String name, Supplier<Call> call) {
        return new Scenario(name, call, Verdict.REFUSE, List.of(LINKED_TO_TERMINATED), null);
    }

    private static Scenario linked(String name, Supplier<Call> call, String detail) {
        return new Scenario(name, call, Verdict.CAUTION, List.of(POSSIBLE_LINK), "REP".equals(detail) ? null : detail);
    }

    private static Scenario accepted(String name, Supplier<Call> call) {
        return new Scenario(name, call, Verdict.NO_RECORD, List.of(NO_RECORD), null);
    }

    private static Candidate terminated(PartyId id, String name, String phone, String address, String representative) {
        return new Candidate(
                id,
                PartyKind.RESELLER,
                identity(name, phone, address, representative),
                new TrustAssessment(TrustStatus.TERMINATED, 0, List.of()),
                false,
                false);
    }

    private static PartyIdentity identity(String name, String phone, String address, String representative) {
        return new PartyIdentity(
                new PartyName(name),
                List.of(PhoneNumber.parse(phone)),
                address == null ? null : new Address(address),
                representative == null ? null : new PersonName(representative),
                null);
    }
}
