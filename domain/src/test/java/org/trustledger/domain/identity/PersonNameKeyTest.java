package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameKeyTest {

    @ParameterizedTest(name = "{0} ≡ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            山田 太郎                 | 山田太郎
            山田　太郎                | 山田太郎
            ' 山田  太郎 '            | 山田太郎
            ﾔﾏﾀﾞ ﾀﾛｳ                  | ヤマダタロウ
            Taro YAMADA               | taro yamada
            代表取締役 山田太郎       | 山田太郎
            代表取締役社長　山田 太郎 | 山田太郎
            山田太郎 様               | 山田太郎
            山田太郎さん              | 山田太郎
            """)
    void sameNameWrittenDifferentlyIsOnePerson(String one, String other) {
        assertThat(new PersonName(one).key().samePerson(new PersonName(other).key()))
                .isTrue();
    }

    @ParameterizedTest(name = "{0} ≢ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            山田太郎                  | 山田次郎
            山田太郎                  | 山本太郎
            ヤマダタロウ              | ヤマダタロー
            """)
    void differentNamesAreDifferentPeople(String one, String other) {
        assertThat(new PersonName(one).key().samePerson(new PersonName(other).key()))
                .isFalse();
    }

    @ParameterizedTest(name = "{0} stays {1}")
    @CsvSource({"代表, 代表", "様, 様"})
    void aTitleAloneIsKeptRatherThanEmptied(String written, String key) {
        assertThat(PersonNameKey.of(written).value()).isEqualTo(key);
    }
}
