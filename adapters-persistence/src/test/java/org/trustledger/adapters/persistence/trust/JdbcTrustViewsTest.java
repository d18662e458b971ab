package org.trustledger.adapters.persistence.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.trust.Reason;
import org.trustledger.domain.trust.ReasonCode;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustStatus;

/** Stored trust assessments on each supported database. */
class JdbcTrustViewsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAssessment_readsBackWithItsReasons_andASecondSaveReplacesIt(Kind kind) {
        var views = new JdbcTrustViews(JdbcClient.create(TestDatabases.migrated(kind)));
        PartyId party = new PartyId(UUID.randomUUID());
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("count", 2);
        args.put("weight", 7.5);
        var unreliable = new TrustAssessment(
                TrustStatus.UNRELIABLE, 7.5, List.of(Reason.of(ReasonCode.TROUBLES, args, List.of(2L, 4L))));

        views.save(party, unreliable, T0);
        var stored = views.find(party).orElseThrow();
        assertThat(stored.assessedAt()).isEqualTo(T0);
        assertThat(stored.assessment().status()).isEqualTo(TrustStatus.UNRELIABLE);
        assertThat(stored.assessment().score()).isEqualTo(7.5);
        assertThat(stored.assessment().reasons().getFirst().eventSequences()).containsExactly(2L, 4L);
        assertThat(stored.assessment().reasons().getFirst().args()).containsEntry("weight", 7.5);

        var terminated = new TrustAssessment(
                TrustStatus.TERMINATED, 0, List.of(Reason.of(ReasonCode.TERMINATED, Map.of(), List.of(5L))));
        views.save(party, terminated, T0.plusSeconds(60));
        assertThat(views.find(party).orElseThrow().assessment().status()).isEqualTo(TrustStatus.TERMINATED);
        assertThat(views.partyIds(0, 10)).containsExactly(party);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void partyIds_pageThroughEveryParty_inAStableOrder(Kind kind) {
        var views = new JdbcTrustViews(JdbcClient.create(TestDatabases.migrated(kind)));
        var assessment = new TrustAssessment(
                TrustStatus.NEW, 0, List.of(Reason.of(ReasonCode.NO_EVIDENCE, Map.of(), List.of())));
        for (int i = 0; i < 7; i++) {
            views.save(new PartyId(UUID.randomUUID()), assessment, T0);
        }
        var first = views.partyIds(0, 4);
        var rest = views.partyIds(4, 4);
        assertThat(first).hasSize(4);
        assertThat(rest).hasSize(3).doesNotContainAnyElementsOf(first);
    }
}
