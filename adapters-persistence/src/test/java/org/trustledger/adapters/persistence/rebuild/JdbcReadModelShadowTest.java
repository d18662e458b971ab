package org.trustledger.adapters.persistence.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustledger.adapters.persistence.party.JdbcPartyIdentityIndex;
import org.trustledger.adapters.persistence.party.JdbcPartyViews;
import org.trustledger.adapters.persistence.people.JdbcPeopleIndex;
import org.trustledger.adapters.persistence.personal.JdbcPersonIds;
import org.trustledger.adapters.persistence.personal.MasterKey;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.adapters.persistence.trust.JdbcTrustViews;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.out.PartyIdentityIndex.KeyMatch;
import org.trustledger.application.port.out.ReadModelShadow;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonNameKey;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEventSamples;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyPeople.Appearance;
import org.trustledger.domain.party.PartyPeople.Role;
import org.trustledger.domain.party.Yen;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustStatus;

/**
 * The rebuild's generation: filled beside the serving one, which keeps serving, switched to in one transaction that
 * waits for the writes in flight and holds back the new ones, and the old one deleted.
 */
class JdbcReadModelShadowTest {
    static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

    /** The database, its serving adapters, and the rebuild's shadow, as the product wires them. */
    private record Db(
            DataSource dataSource,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            JdbcPartyViews views,
            JdbcPartyIdentityIndex index,
            JdbcTrustViews trust,
            JdbcPeopleIndex people,
            JdbcReadModelShadow shadow) {
        static Db open(Kind kind) {
            DataSource dataSource = TestDatabases.migrated(kind);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            JdbcTransactionManager manager = new JdbcTransactionManager(dataSource);
            JdbcPersonIds ids =
                    new JdbcPersonIds(jdbc, MasterKey.ofBase64(MasterKey.generate()), java.time.Clock.systemUTC());
            return new Db(
                    dataSource,
                    jdbc,
                    new TransactionTemplate(manager),
                    new JdbcPartyViews(jdbc),
                    new JdbcPartyIdentityIndex(jdbc),
                    new JdbcTrustViews(jdbc),
                    new JdbcPeopleIndex(jdbc, ids),
                    new JdbcReadModelShadow(jdbc, manager, Duration.ofMinutes(2), ids));
        }

        long serving() {
            return jdbc.sql("SELECT serving FROM read_model_generation")
                    .query(Long.class)
                    .single();
        }

        List<Long> generations(String table) {
            return jdbc.sql("SELECT DISTINCT generation FROM " + table + " ORDER BY generation")
                    .query(Long.class)
                    .list();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theServingGenerationServes_whileTheNextIsFilled_andTheSwitchServesTheNext_andDeletesTheOld(Kind kind) {
        Db db = Db.open(kind);
        PartyView old = view("旧商事株式会社");
        db.views.save(old);
        db.index.add(old.partyId(), Set.of("old"));
        db.trust.save(old.partyId(), new TrustAssessment(TrustStatus.WATCH, 5, List.of()), T0);
        db.people.file(old.partyId(), 1, T0, List.of(caller("古川")));

        ReadModelShadow.Tables tables = db.shadow.create();
        PartyView view = view("株式会社ネクストライン");
        tables.partyViews().save(view);
        tables.identityIndexWriter().add(view.partyId(), Set.of("phone:0312345678", "name:ネクストライン"));
        tables.identityIndexWriter().remove(view.partyId(), Set.of("name:ネクストライン"));
        tables.trustViews().save(view.partyId(), new TrustAssessment(TrustStatus.NEW, 0, List.of()), T0);
        tables.peopleIndex().file(view.partyId(), 2, T0, List.of(caller("新井")));
        tables.flush();
        assertThat(tables.partyViews().find(view.partyId())).contains(view);
        assertThat(tables.peopleIndex().search("新井", null, 10)).hasSize(1);
        assertThat(db.people.search("新井", null, 10)).isEmpty();
        assertThat(db.people.search("古川", null, 10)).hasSize(1);
        assertThat(tables.partyViews().find(old.partyId())).isEmpty();

        // Staff still read the serving generation, whole.
        assertThat(db.views.find(old.partyId())).isPresent();
        assertThat(db.views.find(view.partyId())).isEmpty();
        assertThat(db.views.search(new PartySearch(null, null, 0, 50)).total()).isEqualTo(1);
        assertThat(db.index.lookup(Set.of("old", "phone:0312345678"), 10))
                .extracting(KeyMatch::key)
                .containsExactly("old");

        List<String> caughtUp = new ArrayList<>();
        db.shadow.swap(() -> {
            tables.flush();
            caughtUp.add("ran");
        });

        assertThat(caughtUp).containsExactly("ran");
        assertThat(db.serving()).isEqualTo(2);
        assertThat(db.views.find(view.partyId())).isPresent();
        assertThat(db.views.find(old.partyId())).isEmpty();
        assertThat(db.views.search(new PartySearch(null, null, 0, 50)).items())
                .extracting(PartyView::partyId)
                .containsExactly(view.partyId());
        assertThat(db.index.lookup(Set.of("old", "phone:0312345678"), 10))
                .extracting(KeyMatch::key)
                .containsExactly("phone:0312345678");
        assertThat(db.trust.find(view.partyId()).orElseThrow().assessment().status())
                .isEqualTo(TrustStatus.NEW);
        assertThat(db.people.search("新井", null, 10)).hasSize(1);
        assertThat(db.people.search("古川", null, 10)).isEmpty();
        for (String table : JdbcReadModelShadow.TABLES) {
            assertThat(db.generations(table)).as(table).containsExactly(2L);
        }

        // and once more: an empty generation switched to serves nothing
        db.shadow.create();
        db.shadow.swap(() -> {});
        assertThat(db.serving()).isEqualTo(3);
        assertThat(db.jdbc
                        .sql("SELECT COUNT(*) FROM party_view")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void removingEveryKeyOfAParty_inTheNextGeneration_takesWhatWasWrittenAndWhatIsKeptBack_andLeavesTheServingOne(
            Kind kind) {
        Db db = Db.open(kind);
        PartyView erased = view("鷺沼 千景");
        db.index.add(erased.partyId(), Set.of("phone:09087654321"));
        ReadModelShadow.Tables tables = db.shadow.create();
        tables.identityIndexWriter().add(erased.partyId(), Set.of("phone:09087654321", "caller:サギヌマ"));
        tables.flush();
        tables.identityIndexWriter().retire(erased.partyId(), Set.of("phone:0311112222"), T0);
        PartyView other = view("株式会社ネクストライン");
        tables.identityIndexWriter().add(other.partyId(), Set.of("phone:09087654321"));

        tables.identityIndexWriter().removeAll(erased.partyId());

        Set<String> keys = Set.of("phone:09087654321", "caller:サギヌマ", "phone:0311112222");
        assertThat(tables.identityIndex().lookup(keys, 10))
                .extracting(KeyMatch::parties)
                .containsExactly(List.of(other.partyId()));
        assertThat(db.index.lookup(keys, 10)).extracting(KeyMatch::parties).containsExactly(List.of(erased.partyId()));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFailedCatchUp_leavesTheServingGenerationAsItWas_andTheNextRebuildStartsClean(Kind kind) {
        Db db = Db.open(kind);
        db.index.add(PartyId.of(UUID.randomUUID().toString()), Set.of("kept"));
        ReadModelShadow.Tables tables = db.shadow.create();
        tables.identityIndexWriter().add(PartyId.of(UUID.randomUUID().toString()), Set.of("half-built"));
        tables.flush();

        assertThatThrownBy(() -> db.shadow.swap(() -> {
                    throw new IllegalStateException("the event store went away");
                }))
                .hasMessageContaining("the event store went away");
        assertThat(db.serving()).isEqualTo(1);
        db.shadow.discard();

        assertThat(db.jdbc
                        .sql("SELECT identity_key FROM party_identity_key")
                        .query(String.class)
                        .list())
                .containsExactly("kept");
        assertThat(db.jdbc
                        .sql("SELECT building FROM read_model_generation")
                        .query(Long.class)
                        .optional())
                .isEmpty();
    }

    /**
     * A write that began before the switch is waited for, and its event read by the catch-up; a write that begins
     * during the switch waits for it and lands in the new generation, not in the old one that is then deleted.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void theSwitch_waitsForAWriteInFlight_andAWriteDuringTheSwitchLandsInTheNewGeneration(Kind kind) throws Exception {
        Db db = Db.open(kind);
        // A thread each: the common pool may have one worker on a small machine, and these wait on each other.
        ExecutorService threads = Executors.newFixedThreadPool(3);
        ReadModelShadow.Tables tables = db.shadow.create();
        PartyView before = view("先行書込株式会社");
        PartyView during = view("切替中書込株式会社");

        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> inFlight = CompletableFuture.runAsync(
                () -> db.transactions.executeWithoutResult(s -> {
                    db.views.save(before);
                    written.countDown();
                    await(commit);
                }),
                threads);
        assertThat(written.await(60, TimeUnit.SECONDS)).isTrue();

        List<Boolean> sawTheWriteInFlight = new ArrayList<>();
        CompletableFuture<Void> duringTheSwitch = new CompletableFuture<>();
        CompletableFuture<Void> switched = CompletableFuture.runAsync(
                () -> db.shadow.swap(() -> {
                    // What a catch-up reads: the write in flight has committed by now, or the switch would not have
                    // begun.
                    sawTheWriteInFlight.add(db.jdbc
                                    .sql("SELECT COUNT(*) FROM party_view WHERE party_id = :id")
                                    .param("id", before.partyId().toString())
                                    .query(Long.class)
                                    .single()
                            == 1);
                    tables.partyViews().save(before);
                    tables.flush();
                    CompletableFuture.runAsync(
                                    () -> db.transactions.executeWithoutResult(s -> db.views.save(during)), threads)
                            .whenComplete((done, failure) -> {
                                if (failure != null) {
                                    duringTheSwitch.completeExceptionally(failure);
                                } else {
                                    duringTheSwitch.complete(null);
                                }
                            });
                    // Long enough for a write that does not wait to have written into the old generation.
                    try {
                        duringTheSwitch.get(3, TimeUnit.SECONDS);
                    } catch (Exception stillWaiting) {
                        // as it should: it waits for this switch
                    }
                }),
                threads);
        // The switch is waiting for the write in flight by now; were it not, its catch-up would not find the write.
        Thread.sleep(1_000);
        commit.countDown();
        inFlight.get(60, TimeUnit.SECONDS);
        switched.get(60, TimeUnit.SECONDS);
        duringTheSwitch.get(60, TimeUnit.SECONDS);
        threads.shutdown();

        assertThat(sawTheWriteInFlight).containsExactly(true);
        assertThat(db.serving()).isEqualTo(2);
        assertThat(db.views.find(before.partyId())).isPresent();
        assertThat(db.views.find(during.partyId()))
                .as("the write made during the switch")
                .isPresent();
        assertThat(db.generations("party_view")).containsExactly(2L);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static PartyView view(String name) {
        var sample = PartyEventSamples.resellerDetails();
        var details = new PartyDetails(
                new PartyName(name),
                List.of(PhoneNumber.parse("03-1234-5678")),
                sample.address(),
                sample.representative(),
                sample.bankAccount());
        return new PartyView(
                new PartyId(UUID.randomUUID()), PartyKind.RESELLER, details, false, Yen.ZERO, 0, T0, T0, 1);
    }

    private static Appearance caller(String name) {
        return new Appearance(Role.CALLER, name, PersonNameKey.of(name), List.of(), "CALLER\u0000" + name);
    }
}
