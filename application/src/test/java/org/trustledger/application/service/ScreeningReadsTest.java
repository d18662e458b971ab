package org.trustledger.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trustledger.application.fakes.InMemoryCore;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.screening.Match;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.trust.TrustStatus;

/**
 * What one screening reads does not grow with its candidates: every candidate's link keys are looked up in one index
 * query, and each party — candidate or neighbour of one — is read once, however many candidates it neighbours.
 */
class ScreeningReadsTest {
    private static final Instant T0 = Instant.parse("2026-02-01T01:00:00Z");
    private static final Recording STAFF = Recording.of("staff", "call-1");
    private static final String FLOOR = "東京都新宿区西新宿一丁目2番3号 サンライズビル5階";

    private final InMemoryCore core = new InMemoryCore(Clock.fixed(T0, ZoneOffset.UTC));
    private final AtomicInteger lookups = new AtomicInteger();
    private final Map<PartyId, Integer> reads = new ConcurrentHashMap<>();
    private final PartyIdentityIndex countingIndex = (keys, limitPerKey) -> {
        lookups.incrementAndGet();
        return core.index.lookup(keys, limitPerKey);
    };
    private final PartyHistories countingHistories = partyId -> {
        reads.merge(partyId, 1, Integer::sum);
        return core.histories.of(partyId);
    };
    private final ScreeningService screening =
            new ScreeningService(countingIndex, countingHistories, core.policy, new Screening(), core.commands);

    @AfterEach
    void tearDown() {
        core.close();
    }

    @Test
    void tenantsOfOneFloor_areLookedUpTogether_andEachReadOnce_stillLinkedToTheTerminatedOne() {
        PartyId terminated = register("株式会社ネクストライン", "03-5321-7788", FLOOR);
        core.commands.record(new TerminateRelationship(terminated, "トラブル多発", T0.plusSeconds(60)), STAFF);
        PartyId renamed = register("合同会社ネクスト光サポート", "03-5321-9900", "新宿区西新宿1-2-3 サンライズビル5F");
        register("株式会社サンライズ通信", "03-5321-1001", FLOOR);
        register("有限会社ひかり代理店", "03-5321-1002", FLOOR);

        var result = screening.screen(byAddress("新宿区西新宿1-2-3 サンライズビル5F"), T0.plusSeconds(600));

        assertThat(result.matches()).hasSize(4);
        assertThat(result.matches())
                .filteredOn(m -> m.partyId().equals(renamed))
                .extracting(Match::status)
                .containsExactly(TrustStatus.PROVISIONAL);
        // The call's own keys, then all four candidates' link keys at once.
        assertThat(lookups).hasValue(2);
        assertThat(reads)
                .hasSize(4)
                .allSatisfy((party, times) ->
                        assertThat(times).as("reads of %s", party).isEqualTo(1));
    }

    private PartyId register(String name, String phone, String address) {
        PartyId id = new PartyId(UUID.randomUUID());
        var details = new PartyDetails(
                new PartyName(name), List.of(PhoneNumber.parse(phone)), new Address(address), null, null);
        core.commands.record(new RegisterParty(id, PartyKind.RESELLER, details, T0), STAFF);
        return id;
    }

    private static ScreeningRequest byAddress(String address) {
        return new ScreeningRequest(
                null, null, false, null, new Address(address), null, null, null, false, null, false, null, null);
    }
}
