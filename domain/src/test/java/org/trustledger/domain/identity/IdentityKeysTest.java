package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.identity.BankAccount.AccountType;

class IdentityKeysTest {

    @Test
    void everyKnownAttributeGivesOneNormalisedKey() {
        Set<String> keys = IdentityKeys.of(
                new PartyName("株式会社ネクストライン"),
                List.of(PhoneNumber.parse("03-1234-5678"), PhoneNumber.parse("0120-123-456")),
                new Address("東京都新宿区西新宿一丁目2番3号 新宿ビル5階"),
                new PersonName("山田 太郎"),
                new BankAccount("三井住友銀行", "新宿支店", AccountType.ORDINARY, "123456", null));

        assertThat(keys)
                .containsExactlyInAnyOrder(
                        "phone:+81312345678",
                        "phone:+81120123456",
                        "addr:新宿区西新宿|1-2-3",
                        "town:西新宿|1-2-3",
                        "bank:三井住友|新宿|ordinary|0123456",
                        "rep:山田太郎",
                        "name:ネクストライン");
    }

    @Test
    void unknownAttributesGiveNoKeys() {
        assertThat(IdentityKeys.of(new PartyIdentity(null, null, null, null, null)))
                .isEmpty();
    }

    @Test
    void aRenamedPartyIsFoundThroughTheIndexBeforeTheMatcherGradesIt() {
        PartyIdentity blocked = new PartyIdentity(
                new PartyName("株式会社ネクストライン"),
                List.of(PhoneNumber.parse("03-1234-5678")),
                new Address("東京都新宿区西新宿1-2-3 新宿ビル5階"),
                new PersonName("代表取締役 山田太郎"),
                null);
        PartyIdentity caller = new PartyIdentity(
                new PartyName("合同会社サンライズ"),
                List.of(PhoneNumber.parse("06-1111-2222")),
                new Address("新宿区西新宿一丁目2番3号 西新宿タワー"),
                null,
                null);

        Set<String> shared = new HashSet<>(blocked.indexKeys());
        shared.retainAll(caller.indexKeys());

        assertThat(shared).containsExactlyInAnyOrder("addr:新宿区西新宿|1-2-3", "town:西新宿|1-2-3");
        assertThat(new IdentityMatcher().compare(blocked, caller))
                .extracting(IdentityEvidence::weight)
                .containsExactly(0.5);
    }
}
