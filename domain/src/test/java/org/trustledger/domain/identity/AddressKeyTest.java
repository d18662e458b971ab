package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressKeyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            東京都新宿区西新宿1-2-3                            | 東京都 | 新宿区西新宿   | 1-2-3  | ''           | ''  | ''
            新宿区西新宿一丁目2番3号                           | ''     | 新宿区西新宿   | 1-2-3  | ''           | ''  | ''
            新宿区西新宿1丁目2-3                               | ''     | 新宿区西新宿   | 1-2-3  | ''           | ''  | ''
            新宿区西新宿1-2-3号                                | ''     | 新宿区西新宿   | 1-2-3  | ''           | ''  | ''
            新宿区 西新宿 1 - 2 - 3                            | ''     | 新宿区西新宿   | 1-2-3  | ''           | ''  | ''
            新宿区西新宿1ー2ー3                                | ''     | 新宿区西新宿   | 1-2-3  | ''           | ''  | ''
            新宿区西新宿十二丁目1番地の5                       | ''     | 新宿区西新宿   | 12-1-5 | ''           | ''  | ''
            新宿区西新宿一丁目二番三号                         | ''     | 新宿区西新宿   | 1-2-3  | ''           | ''  | ''
            〒160-0023 東京都新宿区西新宿１－２－３ 新宿ビル５Ｆ | 東京都 | 新宿区西新宿   | 1-2-3  | 新宿ビル     | 5   | ''
            新宿区西新宿1-2-3 新宿ビル5階 501号室              | ''     | 新宿区西新宿   | 1-2-3  | 新宿ビル     | 5   | 501
            新宿区西新宿1-2-3 新宿ビル #501                    | ''     | 新宿区西新宿   | 1-2-3  | 新宿ビル     | ''  | 501
            新宿区西新宿1-2-3 新宿ビル 501                     | ''     | 新宿区西新宿   | 1-2-3  | 新宿ビル     | ''  | 501
            新宿区西新宿1-2-3-501                              | ''     | 新宿区西新宿   | 1-2-3  | ''           | ''  | 501
            新宿区西新宿1-2-3(新宿ビル五階)                     | ''     | 新宿区西新宿   | 1-2-3  | 新宿ビル     | 5   | ''
            新宿区西新宿1-2-3 新宿ビル 3号館 5F                | ''     | 新宿区西新宿   | 1-2-3  | 新宿ビル3号館 | 5   | ''
            大阪府大阪市北区梅田1-2-3 梅田ビルディング B1F     | 大阪府 | 大阪市北区梅田 | 1-2-3  | 梅田ビル     | b1  | ''
            千代田区一番町2-3                                  | ''     | 千代田区一番町 | 2-3    | ''           | ''  | ''
            中央区八丁堀三丁目4番5号 第二八丁堀ビル            | ''     | 中央区八丁堀   | 3-4-5  | 第2八丁堀ビル | ''  | ''
            港区六本木六丁目10番1号 六本木ヒルズ森タワー 49階  | ''     | 港区六本木     | 6-10-1 | 六本木ヒルズ森タワー | 49 | ''
            京都府京都市北区上賀茂1-2-3                        | 京都府 | 京都市北区上賀茂 | 1-2-3 | ''         | ''  | ''
            京都市中京区烏丸通三条上る場之町599                | ''     | 京都市中京区烏丸通三条上る場之町 | 599 | '' | '' | ''
            札幌市中央区北1条西2丁目3-4                        | ''     | 札幌市中央区北1条西 | 2-3-4 | ''         | ''  | ''
            千代田区霞ヶ関1-2-3                                | ''     | 千代田区霞ケ関 | 1-2-3  | ''           | ''  | ''
            """)
    void readsTheWaysAddressesAreWritten(
            String written,
            String prefecture,
            String locality,
            String blocks,
            String building,
            String floor,
            String room) {
        AddressKey key = AddressKey.parse(written);

        assertThat(key.prefecture()).isEqualTo(prefecture);
        assertThat(key.locality()).isEqualTo(locality);
        assertThat(key.blocks())
                .isEqualTo(List.of(blocks.split("-")).stream()
                        .map(Integer::valueOf)
                        .toList());
        assertThat(key.building()).isEqualTo(building);
        assertThat(key.floor()).isEqualTo(floor);
        assertThat(key.room()).isEqualTo(room);
    }

    @ParameterizedTest(name = "{0} ~ {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            東京都新宿区西新宿1-2-3                  | 新宿区西新宿一丁目2番3号                 | SAME_STREET_ADDRESS
            新宿区西新宿1丁目2-3                     | 新宿区西新宿1-2-3号                      | SAME_STREET_ADDRESS
            新宿区西新宿1-2-3 新宿ビル5階            | 東京都新宿区西新宿一丁目2番3号 新宿ビル5F | SAME_FLOOR_OR_ROOM
            新宿区西新宿1-2-3 新宿ビル5階            | 新宿区西新宿1-2-3 新宿ビル ５Ｆ          | SAME_FLOOR_OR_ROOM
            新宿区西新宿1-2-3 新宿ビル 501号室       | 新宿区西新宿1-2-3 新宿ビル #501          | SAME_FLOOR_OR_ROOM
            新宿区西新宿1-2-3-501                    | 新宿区西新宿1-2-3 新宿ビル 501号室       | SAME_FLOOR_OR_ROOM
            新宿区西新宿1-2-3 5F                     | 新宿区西新宿1-2-3 新宿ビル5階            | SAME_FLOOR_OR_ROOM
            新宿区西新宿1-2-3 新宿ビル5階            | 新宿区西新宿1-2-3 新宿ビル3階            | SAME_BUILDING
            新宿区西新宿1-2-3 新宿ビル5階            | 新宿区西新宿1-2-3 新宿ビル               | SAME_BUILDING
            新宿区西新宿1-2-3 第二新宿ビル           | 新宿区西新宿1-2-3 第2新宿ビル 2F         | SAME_BUILDING
            新宿区西新宿1-2-3 新宿ビル5階            | 新宿区西新宿1-2-3                        | SAME_STREET_ADDRESS
            新宿区西新宿1-2-3 新宿ビル5階            | 新宿区西新宿1-2-3 西新宿タワー5階        | SAME_STREET_ADDRESS
            新宿区西新宿1-2-3                        | 新宿区西新宿1-2-4                        | NONE
            新宿区西新宿1-2-3 新宿ビル5階            | 新宿区西新宿1-2-4 新宿ビル5階            | NONE
            新宿区西新宿1-2-3                        | 新宿区西新宿1-2                          | NONE
            新宿区西新宿1-2-3                        | 新宿区新宿1-2-3                          | NONE
            新宿区西新宿1-2-3                        | 渋谷区西新宿1-2-3                        | NONE
            東京都府中市宮町1-2-3                    | 広島県府中市宮町1-2-3                    | NONE
            新宿区西新宿                             | 新宿区 西新宿                            | SAME_STREET_ADDRESS
            新宿区西新宿                             | 新宿区西新宿1-2-3                        | NONE
            新宿区西新宿                             | 新宿区東新宿                             | NONE
            """)
    void gradesHowCloselyTwoAddressesAgree(String one, String other, AddressMatch expected) {
        assertThat(AddressKey.parse(one).match(AddressKey.parse(other))).isEqualTo(expected);
        assertThat(AddressKey.parse(other).match(AddressKey.parse(one))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            東京都新宿区西新宿1-2-3 新宿ビル5F      | 新宿区西新宿一丁目2番3号
            新宿区西新宿1-2-3 新宿ビル5F            | 新宿区西新宿1-2-3 西新宿タワー
            """)
    void indexKeyIgnoresPrefectureAndBuildingSoCandidatesAreFound(String one, String other) {
        assertThat(AddressKey.parse(one).indexKey())
                .isEqualTo(AddressKey.parse(other).indexKey())
                .isEqualTo("addr:新宿区西新宿|1-2-3");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
            strings = {
                "東京都",
                "1-2-3",
                "新宿区西新宿1234567890123-1",
                "一二三四五六七八九十丁目",
                "---",
                "〒",
                "#",
                "b",
                "5F",
                "第",
                "丁目番地号",
                "\u00A0"
            })
    void oddTextDoesNotThrowAndMatchesOnlyItself(String written) {
        assertThatCode(() -> AddressKey.parse(written)).doesNotThrowAnyException();
        AddressKey key = AddressKey.parse(written);
        assertThat(key.match(AddressKey.parse("新宿区西新宿1-2-3"))).isEqualTo(AddressMatch.NONE);
    }

    @Test
    void overlongFloorAndRoomNumbersStayInTheBuildingName() {
        AddressKey key = AddressKey.parse("新宿区西新宿1-2-3 99999999999階 99999999999号室");

        assertThat(key.blocks()).containsExactly(1, 2, 3);
        assertThat(key.floor()).isEmpty();
        assertThat(key.room()).isEmpty();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"東京都", "1-2-3", "新宿区西新宿"})
    void unreadableTextKeepsItsWholeNormalisedForm(String written) {
        AddressKey key = AddressKey.parse(written);

        assertThat(key.readable()).isFalse();
        assertThat(key.match(AddressKey.parse(" " + written + " "))).isEqualTo(AddressMatch.SAME_STREET_ADDRESS);
        assertThat(key.indexKey()).isEqualTo("addr:" + JapaneseText.normalize(written));
    }
}
