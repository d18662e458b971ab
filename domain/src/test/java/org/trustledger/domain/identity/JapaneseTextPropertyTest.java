package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class JapaneseTextPropertyTest {

    @Property
    void normalisingTwiceChangesNothingMore(@ForAll @StringLength(max = 30) String text) {
        String once = JapaneseText.normalize(text);
        assertThat(JapaneseText.normalize(once)).isEqualTo(once);
    }

    @Property
    void normalisingJapaneseTextTwiceChangesNothingMore(@ForAll("japanese") String text) {
        String once = JapaneseText.normalize(text);
        assertThat(JapaneseText.normalize(once)).isEqualTo(once);
    }

    @Property
    void foldingTwiceChangesNothingMore(@ForAll("japanese") String text) {
        String once = JapaneseText.fold(text);
        assertThat(JapaneseText.fold(once)).isEqualTo(once);
    }

    @Property
    void fullWidthAsciiNormalisesLikeAscii(
            @ForAll @CharRange(from = ' ', to = '~') @StringLength(max = 30) String ascii) {
        assertThat(JapaneseText.normalize(fullWidth(ascii))).isEqualTo(JapaneseText.normalize(ascii));
    }

    @Property
    void normalisedTextHasNoSpaces(@ForAll("japanese") String text) {
        assertThat(JapaneseText.normalize(text)).doesNotContain(" ", "\u3000", "\t");
    }

    /** Katakana in both widths, kanji numerals, digits, dashes and spaces: the material of names and addresses. */
    @Provide
    Arbitrary<String> japanese() {
        return Arbitraries.strings()
                .withCharRange('\u30A0', '\u30FF')
                .withCharRange('\uFF61', '\uFF9F')
                .withCharRange('０', '９')
                .withChars("0123456789-‐‑‒–—―−ー〜～ 　一二三十丁目番地号階Ff#株()㈱㈲")
                .ofMaxLength(30);
    }

    // Printable ASCII sits at U+FF01..U+FF5E in full width, and the space at U+3000.
    private static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder(ascii.length());
        for (char c : ascii.toCharArray()) {
            out.append(c == ' ' ? '\u3000' : (char) (c - '!' + '\uFF01'));
        }
        return out.toString();
    }
}
