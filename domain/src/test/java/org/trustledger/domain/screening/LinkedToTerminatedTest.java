package org.trustledger.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustledger.domain.screening.ScreeningFixtures.ACME;
import static org.trustledger.domain.screening.ScreeningFixtures.ACME_ADDRESS;
import static org.trustledger.domain.screening.ScreeningFixtures.ACME_PHONE;
import static org.trustledger.domain.screening.ScreeningFixtures.acme;
import static org.trustledger.domain.screening.ScreeningFixtures.identity;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.trust.TrustStatus;

/** A party already on the ledger is linked to a terminated one by the same strong evidence screening uses. */
class LinkedToTerminatedTest {
    private final Screening screening = new Screening();

    @Test
    void aNewNameAtTheSameBuildingAndFloor_isLinked() {
        var renamed = identity("合同会社ネクスト光", "03-9999-0000", "千代田区神田1-2-3 アクメビル5F");
        assertThat(screening.linkedToTerminated(renamed, List.of(acme(TrustStatus.TERMINATED)), KeyCounts.NONE))
                .containsExactly(ACME);
    }

    @Test
    void theSamePhone_isLinked_butOnlyToATerminatedParty() {
        var renamed = identity("別会社", ACME_PHONE, null);
        assertThat(screening.linkedToTerminated(renamed, List.of(acme(TrustStatus.TERMINATED)), KeyCounts.NONE))
                .containsExactly(ACME);
        assertThat(screening.linkedToTerminated(renamed, List.of(acme(TrustStatus.UNRELIABLE)), KeyCounts.NONE))
                .isEmpty();
        assertThat(screening.linkedToTerminated(renamed, List.of(acme(TrustStatus.PROVISIONAL)), KeyCounts.NONE))
                .as("a provisional party does not spread its link")
                .isEmpty();
    }

    @Test
    void weakEvidenceAlone_isNoLink() {
        var sameStreet = identity("別会社", null, "千代田区神田1-2-3");
        var sameName = identity("株式会社アクメ光通信", null, null);
        assertThat(screening.linkedToTerminated(sameStreet, List.of(acme(TrustStatus.TERMINATED)), KeyCounts.NONE))
                .isEmpty();
        assertThat(screening.linkedToTerminated(sameName, List.of(acme(TrustStatus.TERMINATED)), KeyCounts.NONE))
                .isEmpty();
    }

    @Test
    void aSharedBuildingThatManyPartiesUse_isNoLink() {
        var tenant = identity("別会社", null, ACME_ADDRESS);
        String addressKey = tenant.address().key().indexKey();
        var crowded = new KeyCounts(Map.of(addressKey, 40));
        assertThat(screening.linkedToTerminated(tenant, List.of(acme(TrustStatus.TERMINATED)), crowded))
                .isEmpty();
    }
}
