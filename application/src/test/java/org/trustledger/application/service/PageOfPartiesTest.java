package org.trustledger.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trustledger.application.fakes.InMemoryCore;
import org.trustledger.application.fakes.InMemoryTrustViews;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.ReinstateRelationship;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.screening.LinkRule;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.trust.TrustStatus;

/** A page of parties assessed from one read of the page stores what assessing each party on its own stores. */
class PageOfPartiesTest {
    private static final Instant T0 = Instant.parse("2026-02-01T01:00:00Z");
    private static final Instant AS_OF = T0.plusSeconds(86_400);
    private static final Recording MANAGER = Recording.of("manager", "review");

    private final InMemoryCore core = new InMemoryCore(Clock.fixed(T0, ZoneOffset.UTC));
    private final List<PartyId> parties = new ArrayList<>();

    @AfterEach
    void tearDown() {
        core.close();
    }

    @Test
    void pagesOfParties_storeTheSameAssessmentsAsEachPartyAssessedAlone_linksAcrossPagesIncluded() {
        recordALedger();
        InMemoryTrustViews alone = new InMemoryTrustViews();
        TrustService eachAlone =
                new TrustService(core.index, core.histories, core.folds, core.policy, new Screening(), alone);
        parties.forEach(party -> eachAlone.refresh(party, AS_OF, false));

        InMemoryTrustViews paged = new InMemoryTrustViews();
        Counting index = new Counting(core.index);
        // Pages of three split the parties sharing a building, so a link crosses pages.
        for (int from = 0; from < parties.size(); from += 3) {
            PageOfParties page = new PageOfParties(core.folds, index);
            List<PartyId> these = parties.subList(from, Math.min(parties.size(), from + 3));
            page.read(these);
            TrustService assessing = new TrustService(page, core.histories, page, core.policy, new Screening(), paged);
            these.forEach(party -> assessing.refresh(party, AS_OF, false));
            assertThat(index.asked).as("each key asked once a page").doesNotHaveDuplicates();
            index.asked.clear();
        }

        for (PartyId party : parties) {
            assertThat(paged.find(party)).as("party %s", party).isEqualTo(alone.find(party));
        }
        assertThat(parties.stream()
                        .map(party ->
                                alone.find(party).orElseThrow().assessment().status())
                        .toList())
                .contains(TrustStatus.PROVISIONAL);
    }

    @Test
    void aLookup_answersWhatTheIndexAnswers_crowdedKeysCutToTheLimit_andOthersAskTheIndex() {
        recordALedger();
        Counting index = new Counting(core.index);
        PageOfParties page = new PageOfParties(core.folds, index);
        page.read(parties);
        for (PartyId party : parties) {
            Set<String> keys =
                    LinkRule.lookupKeys(core.folds.current(party).orElseThrow().state());
            for (int limit : List.of(2, 50)) {
                assertThat(new HashSet<>(page.lookup(keys, limit)))
                        .as("party %s, %d a key", party, limit)
                        .isEqualTo(new HashSet<>(core.index.lookup(keys, limit)));
            }
        }
        int asked = index.calls;
        assertThat(page.lookup(Set.of("a key no party of the page has"), 50)).isEmpty();
        assertThat(index.calls).isEqualTo(asked + 1);
    }

    /**
     * A terminated reseller with two parties at its building, six more in a crowded one of which one is terminated and
     * then reinstated, and a caller two parties share.
     */
    private void recordALedger() {
        PartyId nextline = register("株式会社ネクストライン", "03-5321-7788", "東京都新宿区西新宿一丁目2番3号 サンライズビル5階");
        core.commands.record(new TerminateRelationship(nextline, "トラブル多発", T0.plusSeconds(60)), MANAGER);
        register("合同会社ネクスト光サポート", "03-5321-9900", "新宿区西新宿1-2-3 サンライズビル5F");
        register("サンライズ通信", "03-5321-9901", "東京都新宿区西新宿1-2-3 サンライズビル5階");
        for (int i = 0; i < 6; i++) {
            PartyId tenant = register("中野テナント" + i, "03-3380-00" + (10 + i), "東京都中野区中野4-1-1 中野タワー3階");
            if (i == 0) {
                core.commands.record(new TerminateRelationship(tenant, "勧誘の苦情", T0.plusSeconds(300)), MANAGER);
                core.commands.record(new ReinstateRelationship(tenant, "改善を確認", T0.plusSeconds(400)), MANAGER);
            }
            if (i < 2) {
                core.commands.record(
                        new IdentifyCaller(
                                tenant,
                                new PersonName("鈴木 一郎"),
                                true,
                                "営業",
                                PhoneNumber.parse("090-1111-2231"),
                                T0.plusSeconds(500)),
                        MANAGER);
            }
        }
    }

    private PartyId register(String name, String phone, String address) {
        PartyId id = new PartyId(UUID.randomUUID());
        var details = new PartyDetails(
                new PartyName(name), List.of(PhoneNumber.parse(phone)), new Address(address), null, null);
        core.commands.record(
                new RegisterParty(id, PartyKind.RESELLER, details, T0.plusSeconds(parties.size())), MANAGER);
        parties.add(id);
        return id;
    }

    private static final class Counting implements PartyIdentityIndex {
        private final PartyIdentityIndex index;
        int calls;
        final List<String> asked = new ArrayList<>();

        Counting(PartyIdentityIndex index) {
            this.index = index;
        }

        @Override
        public List<KeyMatch> lookup(Set<String> keys, int limitPerKey) {
            calls++;
            asked.addAll(keys);
            return index.lookup(keys, limitPerKey);
        }
    }
}
