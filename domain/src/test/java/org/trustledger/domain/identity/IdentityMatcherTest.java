package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.BankAccount.AccountType;
import org.trustledger.domain.identity.IdentityEvidence.Kind;

class IdentityMatcherTest {

    private final IdentityMatcher matcher = new IdentityMatcher();

    private static final PartyIdentity BLOCKED_RESELLER = new PartyIdentity(
            new PartyName("株式会社ネクストライン"),
            List.of(PhoneNumber.parse("03-1234-5678"), PhoneNumber.parse("0120-123-456")),
            new Address("東京都新宿区西新宿1-2-3 新宿ビル5階"),
            new PersonName("代表取締役 山田 太郎"),
            new BankAccount("三井住友銀行", "新宿支店", AccountType.ORDINARY, "0123456", "ｶ)ﾈｸｽﾄﾗｲﾝ"));

    @Test
    void givenRenamedResellerAtSameFloor_whenCompared_thenEveryAttributeIsEvidence() {
        PartyIdentity renamed = new PartyIdentity(
                new PartyName("ﾈｸｽﾄﾗｲﾝ ㈱"),
                List.of(PhoneNumber.parse("(03)1234-5678")),
                new Address("新宿区西新宿一丁目2番3号 新宿ビル５Ｆ"),
                new PersonName("山田　太郎"),
                new BankAccount("三井住友", "新宿", AccountType.ORDINARY, "123456", null));

        List<IdentityEvidence> evidence = matcher.compare(BLOCKED_RESELLER, renamed);

        assertThat(evidence)
                .extracting(IdentityEvidence::kind, IdentityEvidence::weight)
                .containsExactly(
                        tuple(Kind.PHONE, 1.0),
                        tuple(Kind.ADDRESS, 1.0),
                        tuple(Kind.BANK_ACCOUNT, 1.0),
                        tuple(Kind.REPRESENTATIVE, 0.8),
                        tuple(Kind.NAME, 0.7));
        assertThat(evidence.get(0).text()).contains("03-1234-5678");
        assertThat(evidence.get(1).text()).contains("same floor or room");
    }

    @Test
    void givenNewNameAtSameBuildingOtherFloor_whenCompared_thenOnlyTheBuildingIsEvidence() {
        PartyIdentity neighbour = identity("株式会社サンライズ", "06-9876-5432", "新宿区西新宿1-2-3 新宿ビル3階");

        assertThat(matcher.compare(BLOCKED_RESELLER, neighbour))
                .extracting(IdentityEvidence::kind, IdentityEvidence::weight)
                .containsExactly(tuple(Kind.ADDRESS, 0.6));
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            東京都新宿区西新宿1-2-3 新宿ビル5F      | 1.0
            新宿区西新宿1-2-3 新宿ビル             | 0.6
            新宿区西新宿1-2-3                      | 0.5
            新宿区西新宿1-2-4 新宿ビル5階          | 0.0
            新宿区東新宿1-2-3 新宿ビル5階          | 0.0
            """)
    void addressEvidenceWeighsByStrength(String address, double weight) {
        List<IdentityEvidence> evidence = matcher.compare(BLOCKED_RESELLER, identity("合同会社サンライズ", null, address));

        assertThat(evidence.stream().mapToDouble(IdentityEvidence::weight).sum())
                .isEqualTo(weight);
    }

    @Test
    void givenSharedTollFreeNumber_whenCompared_thenItIsWeakEvidence() {
        PartyIdentity callCentreClient = identity("株式会社サンライズ", "0120-123-456", null);

        assertThat(matcher.compare(BLOCKED_RESELLER, callCentreClient))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(Kind.PHONE);
                    assertThat(e.weight()).isEqualTo(0.3);
                    assertThat(e.text()).contains("toll-free", "0120-123-456");
                });
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource(delimiter = '|', textBlock = """
            株式会社ネクストリンク | 03-1234-5679
            ネクストライン通信(株) | 03-1234-5670
            サンライス(株)         | 03-2234-5678
            """)
    void givenNearMisses_whenCompared_thenNoEvidence(String name, String phone) {
        assertThat(matcher.compare(BLOCKED_RESELLER, identity(name, phone, "東京都新宿区西新宿1-2-4")))
                .isEmpty();
    }

    @Test
    void givenSameNameOtherLegalForm_whenCompared_thenTheDetailShowsBothForms() {
        assertThat(matcher.compare(BLOCKED_RESELLER, identity("合同会社ネクストライン", null, null)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(Kind.NAME);
                    assertThat(e.text()).contains("株式会社", "合同会社");
                });
    }

    @Test
    void givenNothingKnown_whenCompared_thenNoEvidence() {
        PartyIdentity unknown = new PartyIdentity(null, null, null, null, null);

        assertThat(matcher.compare(BLOCKED_RESELLER, unknown)).isEmpty();
        assertThat(matcher.compare(unknown, unknown)).isEmpty();
    }

    @Test
    void weightsComeFromConfiguration() {
        MatchWeights cautious = new MatchWeights(0.9, 0.1, 0.9, 0.4, 0.2, 0.95, 0.5, 0.3, 0.4);
        PartyIdentity sameNumber = identity("株式会社サンライズ", "03-1234-5678", null);

        assertThat(new IdentityMatcher(cautious).compare(BLOCKED_RESELLER, sameNumber))
                .extracting(IdentityEvidence::weight)
                .containsExactly(0.9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"-0.1", "1.1", "NaN"})
    void aWeightOutsideZeroToOneIsRejected(double weight) {
        assertThatThrownBy(() -> new MatchWeights(weight, 0.3, 1.0, 0.6, 0.5, 1.0, 0.8, 0.7, 0.6))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> new IdentityEvidence(
                        Kind.PHONE,
                        IdentityEvidence.Grade.IDENTIFYING,
                        weight,
                        new IdentityEvidence.Detail("identity.detail.PHONE", java.util.List.of(), "same phone")))
                .isInstanceOf(InvalidValueException.class);
    }

    static PartyIdentity identity(String name, String phone, String address) {
        return new PartyIdentity(
                new PartyName(name),
                phone == null ? List.of() : List.of(PhoneNumber.parse(phone)),
                Address.ofNullable(address),
                null,
                null);
    }
}
