package org.trustledger.adapters.persistence.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustledger.adapters.persistence.eventstore.EventStoreConfiguration;
import org.trustledger.adapters.persistence.eventstore.StableNameEventSerializer;
import org.trustledger.adapters.persistence.eventstore.UniqueKeyViolations;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.Erasure;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyPeople;
import org.trustledger.domain.party.PersonId;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.TroubleCategory;

/**
 * A private customer's personal values in the event store on each supported database: stored encrypted, read back as
 * they were, serialised to the same bytes each time (the seals need it), and read as erased once the key is destroyed.
 */
class JdbcPersonKeysTest {
    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");
    private static final String NAME = "山田 花子";
    private static final String PHONE = "+819012345678";
    private static final String ADDRESS = "東京都中野区中野五丁目1番2号";
    private static final String EMAIL = "hanako.yamada@example.jp";

    private DataSource dataSource;
    private JdbcClient jdbc;
    private JdbcPersonIds ids;
    private JdbcPersonKeys keys;
    private Serializer serializer;
    private JdbcEventStorageEngine engine;

    private void open(Kind kind, MasterKey master) {
        dataSource = TestDatabases.migrated(kind);
        jdbc = JdbcClient.create(dataSource);
        ids = new JdbcPersonIds(jdbc, master, Clock.systemUTC());
        keys = new JdbcPersonKeys(jdbc, master, ids, Clock.fixed(T0, ZoneOffset.UTC));
        serializer = StableNameEventSerializer.strict(keys);
        engine = engine(serializer);
    }

    private JdbcEventStorageEngine engine(Serializer eventSerializer) {
        return JdbcEventStorageEngine.builder()
                .eventSerializer(eventSerializer)
                .upcasterChain(EventStoreConfiguration.upcasters())
                .snapshotSerializer(Jackson3Serializer.builder().build())
                .connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .persistenceExceptionResolver(new UniqueKeyViolations())
                .schema(new EventStoreConfiguration().eventSchema())
                .build();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPrivateCustomersValues_areStoredEncrypted_andReadBackAsTheyWere(Kind kind) {
        open(kind, MasterKey.ofBase64(MasterKey.generate()));
        PartyId person = new PartyId(UUID.randomUUID());
        List<PartyEvent> events = customer(person);

        append(person, events, 0);

        assertThat(read(person)).isEqualTo(events);
        assertThat(storedPayloads(person))
                .noneMatch(payload -> payload.contains(NAME)
                        || payload.contains("山田")
                        || payload.contains(PHONE)
                        || payload.contains(ADDRESS)
                        || payload.contains(EMAIL))
                .anyMatch(payload -> payload.contains("戸建てプランで契約"));
        assertThat(keys.find(PersonId.of(person)))
                .hasValueSatisfying(key -> assertThat(key.destroyedAt()).isNull());
        assertThat(keys.entriesInPlaintext(person)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anEvent_serialisesToTheSameBytesEachTime_soItsSealIsOverWhatIsStored(Kind kind) {
        open(kind, MasterKey.ofBase64(MasterKey.generate()));
        PartyId person = new PartyId(UUID.randomUUID());
        PartyEvent registered = customer(person).get(0);

        byte[] first = serializer.serialize(registered, byte[].class).getData();
        byte[] second = serializer.serialize(registered, byte[].class).getData();
        append(person, List.of(registered), 0);

        assertThat(second).isEqualTo(first);
        assertThat(storedPayloads(person)).containsExactly(new String(first, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void onceTheKeyIsDestroyed_everyPersonalValueReadsAsErased_andIdentifiesNoOne(Kind kind) {
        open(kind, MasterKey.ofBase64(MasterKey.generate()));
        PartyId person = new PartyId(UUID.randomUUID());
        append(person, customer(person), 0);

        keys.destroy(PersonId.of(person), T0.plusSeconds(60));

        List<PartyEvent> read = read(person);
        PartyRegistered registered = (PartyRegistered) read.get(0);
        assertThat(registered.kind()).isEqualTo(PartyKind.CUSTOMER);
        assertThat(registered.details().name().value()).isEqualTo(Erasure.MARK);
        assertThat(registered.details().phones()).extracting(PhoneNumber::e164).containsExactly(Erasure.MARK);
        assertThat(registered.details().address().value()).isEqualTo(Erasure.MARK);
        assertThat(registered.details().emails())
                .extracting(EmailAddress::value)
                .containsExactly(Erasure.MARK);
        assertThat(registered.details().identity().indexKeys()).isEmpty();
        CallerIdentified caller = (CallerIdentified) read.get(1);
        assertThat(caller.name().value()).isEqualTo(Erasure.MARK);
        assertThat(caller.callBack().e164()).isEqualTo(Erasure.MARK);
        assertThat(caller.name().key().callerIndexKeys()).isEmpty();
        TroubleLogged trouble = (TroubleLogged) read.get(2);
        assertThat(trouble.category()).isEqualTo(TroubleCategory.WRONG_PLAN);
        assertThat(keys.find(PersonId.of(person)))
                .hasValueSatisfying(key -> assertThat(key.destroyedAt()).isEqualTo(T0.plusSeconds(60)));
        assertThat(jdbc.sql("SELECT wrapped_key FROM person_key WHERE person_id = :p")
                        .param("p", person.toString())
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aReseller_isStoredExactlyAsWithoutEncryption(Kind kind) {
        open(kind, MasterKey.ofBase64(MasterKey.generate()));
        PartyId reseller = new PartyId(UUID.randomUUID());
        PartyRegistered registered =
                new PartyRegistered(reseller, PartyKind.RESELLER, details("株式会社ネクストライン", "+81312345678"), T0);

        assertThat(serializer.serialize(registered, byte[].class).getData())
                .isEqualTo(StableNameEventSerializer.strict()
                        .serialize(registered, byte[].class)
                        .getData());
        assertThat(keys.find(PersonId.of(reseller))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void entriesStoredBeforeEncryptionBegan_areCounted_forTheyStillHoldTheData(Kind kind) {
        open(kind, MasterKey.ofBase64(MasterKey.generate()));
        PartyId person = new PartyId(UUID.randomUUID());
        PartyDetails details = details(NAME, PHONE);
        JdbcEventStorageEngine before = engine(StableNameEventSerializer.strict());
        before.appendEvents(message(person, 0, new PartyRegistered(person, PartyKind.CUSTOMER, details, T0)));

        append(person, List.of(new PartyAmended(person, PartyKind.CUSTOMER, details, T0.plusSeconds(1))), 1);

        assertThat(keys.entriesInPlaintext(person)).isEqualTo(1);
        assertThat(read(person)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rotatingTheMasterKey_rewrapsEveryPersonsKey_andTheDataStillReads(Kind kind) {
        MasterKey old = MasterKey.ofBase64(MasterKey.generate());
        open(kind, old);
        PartyId person = new PartyId(UUID.randomUUID());
        List<PartyEvent> events = customer(person);
        append(person, events, 0);

        MasterKey current = MasterKey.ofBase64(MasterKey.generate());
        keys = new JdbcPersonKeys(
                jdbc, current, new JdbcPersonIds(jdbc, current, Clock.systemUTC()), Clock.systemUTC());
        assertThat(keys.rewrap(old)).isEqualTo(1);
        assertThat(keys.rewrap(old)).isZero();
        serializer = StableNameEventSerializer.strict(keys);
        engine = engine(serializer);

        assertThat(read(person)).isEqualTo(events);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aResellersCallersAndRepresentative_areEachStoredUnderTheirOwnKey_andOneErasedLeavesTheOthers(Kind kind) {
        open(kind, MasterKey.ofBase64(MasterKey.generate()));
        PartyId reseller = new PartyId(UUID.randomUUID());
        PartyId other = new PartyId(UUID.randomUUID());
        CallerIdentified salesperson = caller(reseller, "佐藤 一郎", "+819011112222", 1);
        CallerIdentified colleague = caller(reseller, "鈴木 次郎", "+819033334444", 2);
        List<PartyEvent> events = List.of(
                new PartyRegistered(reseller, PartyKind.RESELLER, withRepresentative("高橋 三郎"), T0),
                salesperson,
                colleague);
        append(reseller, events, 0);
        // The same salesperson, by name and number, calling for another reseller is the same person, with one key.
        append(other, List.of(new PartyRegistered(other, PartyKind.RESELLER, withRepresentative(null), T0)), 0);
        append(other, List.of(caller(other, "佐藤　一郎", "+819011112222", 3)), 1);

        assertThat(read(reseller)).isEqualTo(events);
        assertThat(storedPayloads(reseller))
                .noneMatch(payload -> payload.contains("佐藤")
                        || payload.contains("鈴木")
                        || payload.contains("高橋")
                        || payload.contains("+819011112222")
                        || payload.contains("+819033334444"))
                .anyMatch(payload -> payload.contains("株式会社ネクストライン"));
        PersonId sato = person(salesperson);
        assertThat(keys.find(PersonId.of(reseller))).isEmpty();
        assertThat(keys.find(sato)).isPresent();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_key")
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(keys.holdsUnderOwnKey(sato, reseller, 2)).isTrue();
        assertThat(keys.holdsUnderOwnKey(sato, reseller, 3)).isFalse();
        assertThat(keys.holdsUnderOwnKey(sato, other, 2)).isTrue();

        keys.destroy(sato, T0.plusSeconds(60));

        List<PartyEvent> after = read(reseller);
        assertThat(((PartyRegistered) after.get(0)).details().representative().value())
                .isEqualTo("高橋 三郎");
        assertThat(((PartyRegistered) after.get(0)).details().name().value()).isEqualTo("株式会社ネクストライン");
        CallerIdentified erased = (CallerIdentified) after.get(1);
        assertThat(erased.name().value()).isEqualTo(Erasure.MARK);
        assertThat(erased.callBack().e164()).isEqualTo(Erasure.MARK);
        assertThat(erased.role()).isEqualTo("営業");
        assertThat(after.get(2)).isEqualTo(colleague);
        assertThat(((CallerIdentified) read(other).get(1)).name().value()).isEqualTo(Erasure.MARK);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCallerOfAPrivateCustomer_staysUnderTheCustomersKey(Kind kind) {
        open(kind, MasterKey.ofBase64(MasterKey.generate()));
        PartyId customer = new PartyId(UUID.randomUUID());
        CallerIdentified daughter = caller(customer, "山田 桃子", "+819055556666", 1);
        append(customer, List.of(customer(customer).get(0), daughter), 0);

        assertThat(keys.holdsUnderOwnKey(person(daughter), customer, 2)).isFalse();
        assertThat(keys.find(person(daughter))).isEmpty();
        keys.destroy(PersonId.of(customer), T0.plusSeconds(60));
        assertThat(((CallerIdentified) read(customer).get(1)).name().value()).isEqualTo(Erasure.MARK);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void twoCommandsNamingOneNewPersonAtOnce_bothSucceed_underTheOneKeyStoredFirst(Kind kind) throws Exception {
        open(kind, MasterKey.ofBase64(MasterKey.generate()));
        if (kind == Kind.H2) {
            // H2 gives up waiting for another session's row after a second by default; this test must not race that.
            jdbc.sql("SET DEFAULT_LOCK_TIMEOUT 120000").update();
        }
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        JdbcClient transactional = JdbcClient.create(dataSource);
        MasterKey master = MasterKey.ofBase64(MasterKey.generate());
        JdbcPersonIds sharedIds = new JdbcPersonIds(transactional, master, Clock.systemUTC());
        JdbcPersonKeys racing = new JdbcPersonKeys(transactional, master, sharedIds, Clock.systemUTC());
        Serializer sealing = StableNameEventSerializer.strict(racing);
        CallerIdentified first = caller(new PartyId(UUID.randomUUID()), "佐藤 一郎", "+819011112222", 1);
        CallerIdentified second = caller(new PartyId(UUID.randomUUID()), "佐藤 一郎", "+819011112222", 2);
        sharedIds.ensureKey();
        CountDownLatch firstSealed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // The first holds its new key uncommitted until the second is waiting to store one for the same person.
            Future<byte[]> one = pool.submit(() -> transactions.execute(status -> {
                byte[] bytes = sealing.serialize(first, byte[].class).getData();
                firstSealed.countDown();
                await(release);
                return bytes;
            }));
            await(firstSealed);
            Future<byte[]> two = pool.submit(() -> transactions.execute(
                    status -> sealing.serialize(second, byte[].class).getData()));
            awaitASessionWaitingForALock(kind);
            release.countDown();

            byte[] sealedFirst = one.get(2, TimeUnit.MINUTES);
            byte[] sealedSecond = two.get(2, TimeUnit.MINUTES);

            assertThat(jdbc.sql("SELECT COUNT(*) FROM person_key")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            CallerIdentified readFirst = sealing.deserialize(new SimpleSerializedObject<>(
                    sealedFirst, byte[].class, sealing.typeForClass(CallerIdentified.class)));
            CallerIdentified readSecond = sealing.deserialize(new SimpleSerializedObject<>(
                    sealedSecond, byte[].class, sealing.typeForClass(CallerIdentified.class)));
            assertThat(readFirst).isEqualTo(first);
            assertThat(readSecond).isEqualTo(second);
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitASessionWaitingForALock(Kind kind) throws InterruptedException {
        String waiting = kind == Kind.H2
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                        + " WHERE EXECUTING_STATEMENT LIKE 'INSERT INTO person_key%'"
                : "SELECT COUNT(*) FROM pg_stat_activity"
                        + " WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO person_key%'";
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (jdbc.sql(waiting).query(Integer.class).single() == 0) {
            assertThat(System.nanoTime())
                    .as("a session waiting for the first's key")
                    .isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(2, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private PersonId person(CallerIdentified caller) {
        return ids.of(PartyPeople.named(caller, null, null).getFirst().identity());
    }

    private static CallerIdentified caller(PartyId party, String name, String phone, int second) {
        return new CallerIdentified(
                party, new PersonName(name), true, "営業", new PhoneNumber(phone, null), T0.plusSeconds(second));
    }

    private static PartyDetails withRepresentative(String representative) {
        return new PartyDetails(
                new PartyName("株式会社ネクストライン"),
                List.of(new PhoneNumber("+81312345678", null)),
                null,
                representative == null ? null : new PersonName(representative),
                null,
                List.of(),
                List.of());
    }

    private static List<PartyEvent> customer(PartyId person) {
        return List.of(
                new PartyRegistered(person, PartyKind.CUSTOMER, details(NAME, PHONE), T0),
                new CallerIdentified(
                        person, new PersonName(NAME), true, "本人", new PhoneNumber(PHONE, null), T0.plusSeconds(1)),
                new TroubleLogged(
                        person, TroubleCategory.WRONG_PLAN, Severity.MINOR, "戸建てプランで契約", null, T0.plusSeconds(2)));
    }

    private static PartyDetails details(String name, String phone) {
        return new PartyDetails(
                new PartyName(name),
                List.of(new PhoneNumber(phone, null)),
                new Address(ADDRESS),
                null,
                null,
                List.of(new EmailAddress(EMAIL)),
                List.of());
    }

    private void append(PartyId party, List<PartyEvent> events, int firstSequence) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            messages.add(message(party, firstSequence + i, events.get(i)));
        }
        engine.appendEvents(messages);
    }

    private static DomainEventMessage<?> message(PartyId party, long sequence, PartyEvent event) {
        return new GenericDomainEventMessage<>(
                "PartyAggregate", party.toString(), sequence, event, MetaData.with("recordedBy", "staff-1"));
    }

    private List<PartyEvent> read(PartyId party) {
        return engine.readEvents(party.toString())
                .asStream()
                .map(message -> (PartyEvent) message.getPayload())
                .toList();
    }

    private List<String> storedPayloads(PartyId party) {
        return jdbc.sql(
                        "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = :p ORDER BY sequence_number")
                .param("p", party.toString())
                .query((rs, row) -> new String(rs.getBytes(1), StandardCharsets.UTF_8))
                .list();
    }
}
