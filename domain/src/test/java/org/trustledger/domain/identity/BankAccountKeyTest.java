package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trustledger.domain.identity.BankAccount.AccountType;

class BankAccountKeyTest {

    @ParameterizedTest(name = "{0} {1} {2} → {3} {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            三井住友銀行         | 新宿支店   | 0123456  | 三井住友     | 新宿   | 0123456
            三井住友             | 新宿       | 123456   | 三井住友     | 新宿   | 0123456
            株式会社三井住友銀行 | 新宿 支店  | 123-456  | 三井住友     | 新宿   | 0123456
            ﾐﾂｲｽﾐﾄﾓ              | ｼﾝｼﾞｭｸ     | １２３４５６７ | ミツイスミトモ | シンジュク | 1234567
            MUFG Bank            | Shinjuku   | 1234567  | mufg         | shinjuku | 1234567
            京都信金             | 本店       | 1234567  | 京都信用金庫 | 本店   | 1234567
            京都銀行             | 本店       | 1234567  | 京都         | 本店   | 1234567
            ゆうちょ銀行         | 〇一八店   | 1234567  | ユウチョ     | 018    | 1234567
            ゆうちょ銀行         | 018        | 1234567  | ユウチョ     | 018    | 1234567
            ゆうちょ銀行         | 〇一八     | 12345678 | ユウチョ     | 018    | 12345678
            """)
    void normalisesBankBranchAndNumber(
            String bank, String branch, String number, String keyBank, String keyBranch, String keyNumber) {
        BankAccountKey key =
                BankAccount.of(bank, branch, AccountType.ORDINARY, number, null).key();

        assertThat(key).isEqualTo(new BankAccountKey(keyBank, keyBranch, AccountType.ORDINARY, keyNumber));
    }

    @ParameterizedTest(name = "{0}/{1}/{2} ≢ {3}/{4}/{5}")
    @CsvSource(delimiter = '|', textBlock = """
            三井住友銀行 | 新宿支店 | 1234567 | 三井住友銀行     | 新宿支店 | 1234568
            三井住友銀行 | 新宿支店 | 1234567 | 三井住友銀行     | 渋谷支店 | 1234567
            三井住友銀行 | 新宿支店 | 1234567 | みずほ銀行       | 新宿支店 | 1234567
            京都銀行     | 本店     | 1234567 | 京都信用金庫     | 本店     | 1234567
            三井住友銀行 | 新宿支店 | 1234567 | 三井住友銀行     | 新宿支店 | 12345670
            """)
    void oneDigitOrOneNameOffIsAnotherAccount(
            String bank, String branch, String number, String otherBank, String otherBranch, String otherNumber) {
        BankAccountKey one =
                BankAccount.of(bank, branch, AccountType.ORDINARY, number, null).key();
        BankAccountKey other = BankAccount.of(otherBank, otherBranch, AccountType.ORDINARY, otherNumber, null)
                .key();

        assertThat(one).isNotEqualTo(other);
        assertThat(one.indexKey()).isNotEqualTo(other.indexKey());
    }

    @Test
    void accountTypeIsPartOfTheKey() {
        BankAccountKey ordinary = BankAccount.of("三井住友", "新宿", AccountType.ORDINARY, "1234567", null)
                .key();
        BankAccountKey current = BankAccount.of("三井住友", "新宿", AccountType.CURRENT, "1234567", null)
                .key();

        assertThat(ordinary).isNotEqualTo(current);
        assertThat(ordinary.indexKey()).isEqualTo("bank:三井住友|新宿|ordinary|1234567");
    }
}
