package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseTextTest {

    @ParameterizedTest(name = "{0} ≡ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ＡＢＣ                 | ABC
            ABC                    | abc
            ５階                   | 5階
            ｻﾝﾗｲｽﾞ                 | サンライズ
            ﾈｸｽﾄﾗｲﾝ                | ネクストライン
            ㈱                     | (株)
            （株）                 | (株)
            山田 太郎              | 山田太郎
            山田　太郎             | 山田太郎
            ' 山 田\t太 郎 '       | 山田太郎
            1‐2‐3                  | 1-2-3
            1‑2‑3                  | 1-2-3
            1‒2‒3                  | 1-2-3
            1–2–3                  | 1-2-3
            1—2—3                  | 1-2-3
            1―2―3                  | 1-2-3
            1−2−3                  | 1-2-3
            １－２－３             | 1-2-3
            1ー2ー3                 | 1-2-3
            1ｰ2ｰ3                  | 1-2-3
            西新宿ー1              | 西新宿-1
            10〜12                 | 10~12
            10～12                 | 10~12
            ｶﾞ                     | ガ
            """)
    void notationVariantsNormaliseAlike(String written, String canonical) {
        assertThat(JapaneseText.normalize(written)).isEqualTo(JapaneseText.normalize(canonical));
    }

    @ParameterizedTest(name = "{0} ≢ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            サンライズ             | サンライス
            ネクストライン         | ネクストリンク
            ネクストライン         | ネクストライン1
            コーヒー               | コヒ
            サーバー               | サーパー
            1-2-3                  | 1-2-4
            """)
    void nearMissesStayApart(String one, String other) {
        assertThat(JapaneseText.normalize(one)).isNotEqualTo(JapaneseText.normalize(other));
    }

    @ParameterizedTest(name = "{0} keeps its long vowel mark")
    @CsvSource({"サンライズー", "コーヒー", "サーバー", "スーパー2", "ﾗｰﾒﾝ"})
    void longVowelMarkInsideKatakanaStays(String word) {
        assertThat(JapaneseText.normalize(word)).contains("ー");
    }

    @ParameterizedTest(name = "fold keeps a word boundary in ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            'Nextline　 Inc.'      | nextline inc.
            ' 1-2-3  5F '          | 1-2-3 5f
            """)
    void foldKeepsOneSpaceBetweenWords(String written, String folded) {
        assertThat(JapaneseText.fold(written)).isEqualTo(folded);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {"ねくすとらいん|ネクストライン", "さくら通信|サクラ通信", "ゔぁ|ヴァ", "いすゞ|イスヾ", "ABC|ABC", "サンライズ|サンライズ"})
    void foldKana_readsHiraganaAsKatakana(String written, String folded) {
        org.assertj.core.api.Assertions.assertThat(JapaneseText.foldKana(written))
                .isEqualTo(folded);
    }
}
