package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class AddressKeyPropertyTest {

    private static final String KANJI_DIGITS = "〇一二三四五六七八九";

    @Property
    void anyTextParsesWithoutThrowingAndMatchesSymmetrically(
            @ForAll("addressLike") String one, @ForAll("addressLike") String other) {
        AddressKey a = AddressKey.parse(one);
        AddressKey b = AddressKey.parse(other);

        assertThat(a.match(b)).isEqualTo(b.match(a));
    }

    @Property
    void addressesThatMatchShareAnIndexKey(@ForAll("addressLike") String one, @ForAll("addressLike") String other) {
        AddressKey a = AddressKey.parse(one);
        AddressKey b = AddressKey.parse(other);

        // The index must find every candidate the matcher would grade above NONE.
        if (a.match(b) != AddressMatch.NONE) {
            assertThat(a.indexKey()).isNotEmpty().isEqualTo(b.indexKey());
        }
    }

    @Property
    void anyTextMatchesItselfUnlessItIsEmpty(@ForAll @StringLength(max = 40) String text) {
        AddressKey key = AddressKey.parse(text);

        if (!JapaneseText.normalize(text).isEmpty()) {
            assertThat(key.match(AddressKey.parse(text))).isNotEqualTo(AddressMatch.NONE);
        }
    }

    @Property
    void chomeBanGoNotationsAgree(
            @ForAll @IntRange(min = 1, max = 19) int chome,
            @ForAll @IntRange(min = 1, max = 99) int ban,
            @ForAll @IntRange(min = 1, max = 99) int go,
            @ForAll @IntRange(min = 1, max = 20) int floor) {
        String kanji = "渋谷区恵比寿" + kanji(chome) + "丁目" + kanji(ban) + "番" + kanji(go) + "号 恵比寿ビル" + floor + "階";
        String digits = "東京都渋谷区恵比寿 " + chome + "-" + ban + "-" + go + " 恵比寿ビル " + floor + "F";
        String fullWidth = "渋谷区恵比寿" + fullWidth(chome + "丁目" + ban + "－" + go + " 恵比寿ビル" + floor + "Ｆ");

        AddressKey reference = AddressKey.parse(digits);
        assertThat(AddressKey.parse(kanji).match(reference)).isEqualTo(AddressMatch.SAME_FLOOR_OR_ROOM);
        assertThat(AddressKey.parse(fullWidth).match(reference)).isEqualTo(AddressMatch.SAME_FLOOR_OR_ROOM);
        assertThat(AddressKey.parse(kanji).indexKey()).isEqualTo(reference.indexKey());
    }

    @Property
    void oneBlockNumberOffIsNoMatch(
            @ForAll @IntRange(min = 1, max = 19) int chome,
            @ForAll @IntRange(min = 1, max = 99) int ban,
            @ForAll @IntRange(min = 1, max = 98) int go) {
        AddressKey one = AddressKey.parse("渋谷区恵比寿" + chome + "-" + ban + "-" + go);
        AddressKey other = AddressKey.parse("渋谷区恵比寿" + chome + "-" + ban + "-" + (go + 1));

        assertThat(one.match(other)).isEqualTo(AddressMatch.NONE);
        assertThat(one.indexKey()).isNotEqualTo(other.indexKey());
    }

    @Provide
    Arbitrary<String> addressLike() {
        return Arbitraries.strings()
                .withChars("東京都新宿区西渋谷町一二三四五六十百千〇丁目番地号の階室館棟第#fFbB-ー－‐ 　0123456789０１２３ビル()")
                .ofMaxLength(30);
    }

    // 十二 and 二十三, not 一二: the way chome and ban are written out in kanji.
    private static String kanji(int number) {
        int tens = number / 10;
        int units = number % 10;
        String tensPart = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(KANJI_DIGITS.charAt(tens))) + "十";
        return tensPart + (units == 0 ? "" : String.valueOf(KANJI_DIGITS.charAt(units)));
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return out.toString();
    }
}
