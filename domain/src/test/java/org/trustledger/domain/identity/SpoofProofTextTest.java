package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustledger.domain.InvalidValueException;

/** One fold for names, addresses and keys against text written to slip past; misleading text refused at the edge. */
class SpoofProofTextTest {

    @ParameterizedTest(name = "{0} ≡ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            髙橋          | 高橋
            山﨑          | 山崎
            渡邉          | 渡辺
            渡邊          | 渡辺
            齋藤          | 斎藤
            齊藤          | 斎藤
            斉藤          | 斎藤
            澤田          | 沢田
            濱口          | 浜口
            櫻井          | 桜井
            國分          | 国分
            廣田          | 広田
            德永          | 徳永
            𠮷野          | 吉野
            石槗          | 石橋
            ネクス卜      | ネクスト
            亻ンク        | インク
            サンプ口      | サンプロ
            ソフト工ンジン | ソフトエンジン
            ブル一ウェ一ブ | ブルーウェーブ
            サ-バ-        | サーバー
            ブル–ウェ–ブ  | ブルーウェーブ
            """)
    void lookAlikesAndVariantsFoldToOneKey(String written, String canonical) {
        assertThat(JapaneseText.normalize(written)).isEqualTo(JapaneseText.normalize(canonical));
    }

    @ParameterizedTest(name = "{0} ≢ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            工業          | エ業
            入口          | 入ロ
            ビル二階      | ビルニ階
            第一          | 第ー
            渡部          | 渡辺
            吉田          | 吉野
            1-2-3         | 1ー2ー4
            """)
    void realWordsKeepTheirKanji(String one, String other) {
        assertThat(JapaneseText.normalize(one)).isNotEqualTo(JapaneseText.normalize(other));
    }

    @ParameterizedTest(name = "U+{0} is dropped")
    @ValueSource(
            strings = {
                "00AD", "200B", "200C", "200D", "200E", "200F", "061C", "FE0F", "FE00", "3164", "FFA0", "2060", "FEFF",
                "180E", "034F", "115F", "1160", "E0100", "202E", "2066"
            })
    void invisibleCharactersAreDropped(String hex) {
        String invisible = Character.toString(Integer.parseInt(hex, 16));

        assertThat(JapaneseText.normalize("ネク" + invisible + "ストライン")).isEqualTo("ネクストライン");
        assertThat(CompanyNameKey.of("株式会社ネク" + invisible + "ストライン").core()).isEqualTo("ネクストライン");
        assertThat(PersonNameKey.of("佐藤" + invisible + "健一").value()).isEqualTo("佐藤健一");
    }

    @Test
    void aStoredNameKeepsWhatWasWritten() {
        PartyName name = PartyName.of("髙橋商事 株式会社");

        assertThat(name.value()).isEqualTo("髙橋商事 株式会社");
        assertThat(name.key().core()).isEqualTo("高橋商事");
    }

    @ParameterizedTest(name = "U+{0} is refused")
    @ValueSource(strings = {"202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069", "0007", "009B"})
    void textThatCanOnlyMisleadIsRefusedByTheFactories(String hex) {
        String text = "ネクスト" + Character.toString(Integer.parseInt(hex, 16)) + "ライン";
        List<Function<String, Object>> factories =
                List.of(PartyName::of, PersonName::of, PersonName::ofNullable, Address::of, Address::ofNullable);

        for (Function<String, Object> factory : factories) {
            assertThatThrownBy(() -> factory.apply(text))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("U+" + hex)
                    .extracting(e -> ((InvalidValueException) e).messageKey())
                    .isEqualTo("error.text.misleading");
        }
    }

    @Test
    void storedTextWithABidiControlStillReads() {
        String stored = "ネクスト\u202Eライン";

        assertThat(new PartyName(stored).value()).isEqualTo(stored);
        assertThat(new Address(stored).value()).isEqualTo(stored);
        assertThat(new PartyName(stored).key().core()).isEqualTo("ネクストライン");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            株式会社サンプル通信 大阪支店           | サンプル通信
            株式会社サンプル通信大阪支店            | サンプル通信
            サンプル通信株式会社 東京本社           | サンプル通信
            サンプル通信株式会社大阪支店            | サンプル通信
            サンプル通信(株)名古屋営業所            | サンプル通信
            株式会社サンプル通信 カスタマーセンター | サンプル通信
            株式会社サンプル通信 第二営業部         | サンプル通信
            株式会社サンプル通信第2営業所           | サンプル通信
            株式会社サンプル通信（旧ネクスト）      | サンプル通信
            【代理店】株式会社サンプル通信          | サンプル通信
            サンプル通信［本社］                    | サンプル通信
            株式会社ライフサポートセンター          | ライフサポートセンター
            株式会社 東京センター                   | 東京センター
            (株)サンプル通信                        | サンプル通信
            株式会社サンプル通信サービス 大阪支店   | サンプル通信サービス
            """)
    void branchesAndNotesAreSetAsideInTheCore(String written, String core) {
        assertThat(CompanyNameKey.of(written).core()).isEqualTo(core);
    }

    @ParameterizedTest(name = "{0}: town {1}, municipality {2}")
    @CsvSource(delimiter = '|', textBlock = """
            東京都新宿区西新宿一丁目2番3号      | 西新宿       | 新宿区
            西新宿1-2-3                         | 西新宿       | ''
            北海道札幌市中央区北一条西4-2       | 北一条西     | 札幌市中央区
            三重県四日市市諏訪町1-5             | 諏訪町       | 四日市市
            新宿区市谷本村町5-1                 | 市谷本村町   | 新宿区
            埼玉県北葛飾郡杉戸町清地2-9         | 清地         | 北葛飾郡杉戸町
            横浜市中区本町1-2-3                 | 本町         | 横浜市中区
            """)
    void anAddressKnowsItsTownAndMunicipality(String written, String town, String municipality) {
        AddressKey key = AddressKey.parse(written);

        assertThat(key.town()).isEqualTo(town);
        assertThat(key.municipality()).isEqualTo(municipality);
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            西新宿一丁目2番3号 サンライズビル５階 | 東京都新宿区西新宿1-2-3 サンライズビル5F | SAME_FLOOR_OR_ROOM | true
            札幌市北一条西4-2 北一ビル6F          | 札幌市中央区北一条西4-2 北一ビル6階      | SAME_FLOOR_OR_ROOM | true
            中央区北一条西4-2 北一ビル6F          | 札幌市中央区北一条西4-2 北一ビル6階      | SAME_FLOOR_OR_ROOM | true
            新宿区西新宿1-2-3 5F                  | 東京都新宿区西新宿1-2-3 サンライズビル5F | SAME_FLOOR_OR_ROOM | false
            八王子市西新宿1-2-3 サンライズビル5F  | 新宿区西新宿1-2-3 サンライズビル5F       | NONE               | false
            西新宿1-2-3 サンライズビル5F          | 東京都新宿区西新宿1-2-4 サンライズビル5F | NONE               | false
            大阪府梅田2-4-6                       | 東京都新宿区梅田2-4-6                    | NONE               | false
            """)
    void addressesMatchWithoutTheirCityOrWard(String one, String other, AddressMatch match, boolean townOnly) {
        AddressKey left = AddressKey.parse(one);
        AddressKey right = AddressKey.parse(other);

        assertThat(left.match(right)).isEqualTo(match);
        assertThat(right.match(left)).isEqualTo(match);
        assertThat(left.matchesByTownOnly(right)).isEqualTo(townOnly);
    }

    @Test
    void theTownKeyFindsAnAddressWrittenWithOrWithoutItsWard() {
        assertThat(IdentityKeys.of(null, null, new Address("東京都新宿区西新宿一丁目2番3号 サンライズビル5階"), null, null))
                .contains("town:西新宿|1-2-3", "addr:新宿区西新宿|1-2-3");
        assertThat(IdentityKeys.of(null, null, new Address("西新宿1-2-3"), null, null))
                .contains("town:西新宿|1-2-3");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "03ー1234ー5678",
                "03－1234－5678",
                "03一1234一5678",
                "03-1234-5678（代表）",
                "03-1234-5678 (FAX)",
                "０３－１２３４－５６７８（ＦＡＸ）",
                "代表：03-1234-5678",
                "TEL 03-1234-5678",
                "03\u200B-1234-5678"
            })
    void phonesAsJapaneseStaffTypeThem(String written) {
        assertThat(PhoneNumber.parse(written)).isEqualTo(PhoneNumber.parse("03-1234-5678"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"03-1234-5678（内線）", "03ー1234ー5678 FAXで", "代表"})
    void phoneNotesDoNotHideWhatIsMissing(String written) {
        assertThatThrownBy(() -> PhoneNumber.parse(written)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void anExtensionInBracketsStaysAnExtension() {
        assertThat(PhoneNumber.parse("03ー1234ー5678（内線12）").extension()).isEqualTo("12");
    }
}
