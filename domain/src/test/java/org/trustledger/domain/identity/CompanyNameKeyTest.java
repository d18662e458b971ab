package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNameKeyTest {

    @ParameterizedTest(name = "{0} → {1} + {2}")
    @CsvSource(delimiter = '|', textBlock = """
            株式会社ネクストライン           | KABUSHIKI_KAISHA   | ネクストライン
            ネクストライン(株)               | KABUSHIKI_KAISHA   | ネクストライン
            ﾈｸｽﾄﾗｲﾝ ㈱                       | KABUSHIKI_KAISHA   | ネクストライン
            ネクストライン 株式会社          | KABUSHIKI_KAISHA   | ネクストライン
            （株）ネクストライン             | KABUSHIKI_KAISHA   | ネクストライン
            ㍿ネクストライン                 | KABUSHIKI_KAISHA   | ネクストライン
            ネクスト・ライン株式会社         | KABUSHIKI_KAISHA   | ネクストライン
            有限会社サンライズ               | YUGEN_KAISHA       | サンライズ
            サンライズ(有)                   | YUGEN_KAISHA       | サンライズ
            ㈲サンライズ                     | YUGEN_KAISHA       | サンライズ
            合同会社サンライズ               | GODO_KAISHA        | サンライズ
            サンライズ(同)                   | GODO_KAISHA        | サンライズ
            合資会社サンライズ               | GOSHI_KAISHA       | サンライズ
            合名会社サンライズ               | GOMEI_KAISHA       | サンライズ
            一般社団法人サンライズ協会       | IPPAN_SHADAN_HOJIN | サンライズ協会
            Nextline Co., Ltd.               | KABUSHIKI_KAISHA   | nextline
            NEXTLINE CO.,LTD.                | KABUSHIKI_KAISHA   | nextline
            Ｎｅｘｔｌｉｎｅ Ｉｎｃ．        | KABUSHIKI_KAISHA   | nextline
            Nextline, Inc.                   | KABUSHIKI_KAISHA   | nextline
            Nextline K.K.                    | KABUSHIKI_KAISHA   | nextline
            Nextline Corporation             | KABUSHIKI_KAISHA   | nextline
            Nextline LLC                     | GODO_KAISHA        | nextline
            ネクストライン                   | NONE               | ネクストライン
            Zinc                             | NONE               | zinc
            株式会社                         | NONE               | 株式会社
            """)
    void legalFormIsSplitFromTheCore(String written, LegalForm form, String core) {
        assertThat(CompanyNameKey.of(written)).isEqualTo(new CompanyNameKey(form, core));
    }

    @ParameterizedTest(name = "{0} ≡ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            株式会社ネクストライン    | ネクストライン(株)
            株式会社ネクストライン    | ﾈｸｽﾄﾗｲﾝ ㈱
            株式会社ネクストライン    | ネクストライン 株式会社
            株式会社ネクストライン    | 合同会社ネクストライン
            ＡＢＣ株式会社            | abc(株)
            株式会社ネクストライン    | ねくすとらいん株式会社
            (株)さくら通信            | サクラ通信株式会社
            ネクスト​ライン      | ネクストライン
            """)
    void sameCompanyWrittenDifferentlySharesItsCore(String one, String other) {
        assertThat(CompanyNameKey.of(one).sameCore(CompanyNameKey.of(other))).isTrue();
        assertThat(CompanyNameKey.of(one).indexKey())
                .isEqualTo(CompanyNameKey.of(other).indexKey());
    }

    @ParameterizedTest(name = "{0} ≢ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            株式会社ネクストライン    | 株式会社ネクストリンク
            サンライズ(株)            | サンライス(株)
            サンライズ(株)            | サンライズ通信(株)
            """)
    void differentNamesDoNotShareACore(String one, String other) {
        assertThat(CompanyNameKey.of(one).sameCore(CompanyNameKey.of(other))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"株式会社ネクストライン, name:ネクストライン", "'\u00A0', ''"})
    void indexKeyCarriesTheCoreOnly(String written, String indexKey) {
        assertThat(CompanyNameKey.of(written).indexKey()).isEqualTo(indexKey);
    }
}
