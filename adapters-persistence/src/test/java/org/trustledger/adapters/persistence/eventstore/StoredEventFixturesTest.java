package org.trustledger.adapters.persistence.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.RelationshipReinstated;
import org.trustledger.domain.party.PartyEvent.RelationshipTerminated;
import org.trustledger.domain.party.PartyEvent.RenameConfirmed;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;
import org.trustledger.domain.party.PartyEventTypes;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.party.PersonId;
import org.trustledger.domain.party.PersonalDataRequestKind;
import org.trustledger.domain.party.PersonalDataRequests;
import org.trustledger.domain.party.RelationshipCause;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.TroubleCategory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fixed JSON fixtures of stored events, written once and never regenerated: one per stored event type at its current
 * revision, and one per older revision still in stores. Each must load under its stored name and revision, through
 * the upcasters, and fold, so that a change of shape or a tightened rule never makes yesterday's history unreadable.
 * Reading is strict: a field renamed, unknown or missing fails, naming it, rather than being dropped or read as null.
 */
class StoredEventFixturesTest {
    private static final String PARTY = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A stored row's fixture: the file, the stored type name and the revision it was stored under. */
    private record Fixture(String file, String type, String revision) {}

    private static final List<Fixture> FIXTURES = List.of(
            new Fixture("01-PartyRegistered", "PartyRegistered", null),
            new Fixture("02-PartyAmended", "PartyAmended", null),
            new Fixture("03-RequestReceived", "RequestReceived", null),
            new Fixture("04-CallerIdentified", "CallerIdentified", null),
            // Stored before staff could add their own note: kept as it was, forever.
            new Fixture("05-TroubleLogged", "TroubleLogged", null),
            new Fixture("06-PaymentShort", "PaymentShort", null),
            new Fixture("07-PaymentSettled", "PaymentSettled", null),
            new Fixture("08-RelationshipTerminated", "RelationshipTerminated", null),
            new Fixture("09-RelationshipReinstated", "RelationshipReinstated", null),
            new Fixture("10-LinkReviewed", "LinkReviewed", null),
            new Fixture("11-RenameConfirmed", "RenameConfirmed", null),
            new Fixture("12-EntryRetracted", "EntryRetracted", null),
            new Fixture("13-TroubleLogged-r2", "TroubleLogged", "2"),
            new Fixture("14-RelationshipTerminated-r2", "RelationshipTerminated", "2"),
            new Fixture("15-RelationshipReinstated-r2", "RelationshipReinstated", "2"),
            new Fixture("16-RenameConfirmed-r2", "RenameConfirmed", "2"),
            // With the party's e-mail addresses and web domains; the two first ones were stored before them.
            new Fixture("17-PartyRegistered-r2", "PartyRegistered", "2"),
            new Fixture("18-PartyAmended-r2", "PartyAmended", "2"),
            // Stored before a person's requests were recorded: it answers none.
            new Fixture("19-PersonalDataErased", "PersonalDataErased", null),
            new Fixture("20-PersonalDataRequested", "PersonalDataRequested", null),
            new Fixture("21-PersonalDataRequestRefused", "PersonalDataRequestRefused", null),
            new Fixture("22-PersonalDataErased-r2", "PersonalDataErased", "2"),
            // A second request, to see the data, so that the answer has one to name.
            new Fixture("23-PersonalDataRequested-disclosure", "PersonalDataRequested", null),
            new Fixture("24-PersonalDataRequestAnswered", "PersonalDataRequestAnswered", null),
            // A salesperson of the reseller erased: the reseller's own data and its requests stay.
            new Fixture("25-PersonalDataErased-r3", "PersonalDataErased", "3"));

    private DataSource dataSource;
    private Serializer serializer;
    private JdbcEventStorageEngine engine;

    private void open(Kind kind) {
        dataSource = TestDatabases.migrated(kind);
        EventStoreConfiguration configuration = new EventStoreConfiguration();
        serializer = configuration.eventSerializer();
        engine = JdbcEventStorageEngine.builder()
                .eventSerializer(serializer)
                .upcasterChain(EventStoreConfiguration.upcasters())
                .snapshotSerializer(Jackson3Serializer.builder().build())
                .connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                .schema(configuration.eventSchema())
                .build();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyStoredEventType_hasAFixtureAtItsCurrentRevision_andEveryFixtureLoadsUpcastAndFolds(Kind kind)
            throws Exception {
        open(kind);
        StoredEventRevisions revisions = new StoredEventRevisions();
        PartyEventTypes.all()
                .forEach((type, name) -> assertThat(FIXTURES)
                        .as("a fixture of %s at its current revision %s", name, revisions.revisionOf(type))
                        .anyMatch(f ->
                                f.type().equals(name) && Objects.equals(f.revision(), revisions.revisionOf(type))));
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < FIXTURES.size(); i++) {
            Fixture fixture = FIXTURES.get(i);
            stored.add(fixture(fixture.file()));
            insertRow(dataSource, PARTY, i, fixture.type(), fixture.revision(), stored.get(i));
        }

        List<PartyEvent> events = engine.readEvents(PARTY)
                .asStream()
                .map(DomainEventMessage::getPayload)
                .map(PartyEvent.class::cast)
                .toList();

        assertThat(events).hasSize(FIXTURES.size());
        for (int i = 0; i < events.size(); i++) {
            Fixture fixture = FIXTURES.get(i);
            assertThat(events.get(i))
                    .isInstanceOf(PartyEventTypes.classOf(fixture.type()).orElseThrow());
            // Written back today, each event says what its fixture says, plus what the upcasters filled in.
            ObjectNode expected = (ObjectNode) JSON.readTree(stored.get(i));
            if (fixture.file().equals("05-TroubleLogged")) {
                expected.putNull("staffNote");
            }
            if (fixture.file().equals("08-RelationshipTerminated")
                    || fixture.file().equals("09-RelationshipReinstated")) {
                expected.put("cause", "MANAGER_DECISION");
                expected.putNull("otherParty");
            }
            if (fixture.file().equals("19-PersonalDataErased")) {
                expected.putNull("request");
            }
            if (fixture.file().startsWith("19-") || fixture.file().startsWith("22-")) {
                expected.putNull("person");
            }
            if (fixture.file().equals("01-PartyRegistered") || fixture.file().equals("02-PartyAmended")) {
                ((ObjectNode) expected.get("details")).putArray("emails");
                ((ObjectNode) expected.get("details")).putArray("websites");
            }
            String written =
                    new String(serializer.serialize(events.get(i), byte[].class).getData(), StandardCharsets.UTF_8);
            assertThat(JSON.readTree(written)).as(fixture.file()).isEqualTo(expected);
        }
        assertThat(((TroubleLogged) events.get(4)).staffNote()).isNull();
        assertThat(((TroubleLogged) events.get(12)).staffNote()).isEqualTo("日程調整の不履行");
        PartyState state = PartyDecider.replay(events);
        assertThat(state.registered()).isTrue();
        assertThat(state.eventCount()).isEqualTo(FIXTURES.size());
        assertThat(((PartyEvent.PartyRegistered) events.get(0)).details().emails())
                .isEmpty();
        assertThat(state.details().emails())
                .extracting(e -> e.value())
                .containsExactly("sales@nextline.co.jp", "nextline.sales@gmail.com");
        assertThat(state.retracted()).containsExactly(3L);
        assertThat(state.troubleCount()).isEqualTo(2);
        assertThat(state.terminated()).isFalse();
        assertThat(((PartyEvent.PersonalDataErased) events.get(18)).request()).isNull();
        assertThat(((PartyEvent.PersonalDataErased) events.get(18)).ofParty()).isTrue();
        assertThat(((PartyEvent.PersonalDataErased) events.get(24)).person())
                .isEqualTo(PersonId.of("8d2f6c1a-4b3e-8a7d-9c5b-1e2f3a4b5c6d"));
        assertThat(PersonalDataRequests.of(state))
                .containsExactly(
                        new PersonalDataRequests.Request(
                                20, PersonalDataRequestKind.ERASURE, Channel.PHONE, LocalDate.of(2026, 3, 1), 21L),
                        new PersonalDataRequests.Request(
                                23, PersonalDataRequestKind.DISCLOSURE, Channel.EMAIL, LocalDate.of(2026, 3, 2), 24L));
        assertThat(((PartyEvent.PersonalDataRequestAnswered) events.get(23)).note())
                .isEqualTo("書面で郵送");
        // Reading never rewrites: the old row keeps its shape and its (absent) revision.
        var oldRow = JdbcClient.create(dataSource)
                .sql("SELECT payload, payload_revision FROM domain_event_entry WHERE sequence_number = 4")
                .query((rs, n) -> new Object[] {rs.getBytes("payload"), rs.getString("payload_revision")})
                .single();
        assertThat(new String((byte[]) oldRow[0], StandardCharsets.UTF_8)).isEqualTo(stored.get(4));
        assertThat(oldRow[1]).isNull();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eventsStoredInTheProductsOldWords_readAsTheCauseTheOtherPartyAndTheManagersWords(Kind kind) throws Exception {
        open(kind);
        List<String> files = List.of(
                "prose/01-RelationshipTerminated-confirmedRename",
                "prose/02-RelationshipTerminated-sameBusiness",
                "prose/03-RelationshipReinstated-sameBusiness",
                "prose/04-RenameConfirmed-confirmedAs",
                "prose/05-RelationshipTerminated-ownWordsAlike");
        List<String> types = List.of(
                "RelationshipTerminated",
                "RelationshipTerminated",
                "RelationshipReinstated",
                "RenameConfirmed",
                "RelationshipTerminated");
        for (int i = 0; i < files.size(); i++) {
            insertRow(dataSource, PARTY, i, types.get(i), null, fixture(files.get(i)));
        }

        List<PartyEvent> events = engine.readEvents(PARTY)
                .asStream()
                .map(DomainEventMessage::getPayload)
                .map(PartyEvent.class::cast)
                .toList();

        PartyId party = new PartyId(UUID.fromString(PARTY));
        PartyId renamedFrom = new PartyId(UUID.fromString("cac826c4-5b1e-4c8f-9a2d-1f0e3d4c5b6a"));
        PartyId pair = new PartyId(UUID.fromString("9e60b5c1-2d3f-4a5b-8c6d-7e8f9a0b1c2d"));
        assertThat(events)
                .containsExactly(
                        new RelationshipTerminated(
                                party,
                                RelationshipCause.CONFIRMED_RENAME,
                                renamedFrom,
                                "確認待ちの一覧で同じ事業者と確認",
                                Instant.parse("2026-03-01T02:00:00Z")),
                        new RelationshipTerminated(
                                party,
                                RelationshipCause.SAME_BUSINESS,
                                pair,
                                null,
                                Instant.parse("2026-03-01T02:01:00Z")),
                        new RelationshipReinstated(
                                party,
                                RelationshipCause.SAME_BUSINESS,
                                pair,
                                null,
                                Instant.parse("2026-03-01T02:02:00Z")),
                        new RenameConfirmed(
                                party, pair, "確認待ちの一覧で同じ事業者と確認\n代表者も同じ", Instant.parse("2026-03-01T02:03:00Z")),
                        // A manager's own words that only begin like the product's sentence are theirs, kept whole.
                        new RelationshipTerminated(
                                party, "confirmed rename of party の件は保留、別件で停止", Instant.parse("2026-03-01T02:04:00Z")));
        // Written back today, each reads as a fresh event of the current revision would be stored.
        for (PartyEvent event : events) {
            var written = serializer.serialize(event, byte[].class);
            assertThat(written.getType().getRevision()).isEqualTo("2");
            assertThat(new String(written.getData(), StandardCharsets.UTF_8))
                    .doesNotContain("confirmed as", "together with party", "rename of party cac826c4");
        }
        assertThat(PartyDecider.replay(events).terminated()).isTrue();
        // Reading never rewrites: the row keeps the words it was stored with.
        assertThat(new String(
                        JdbcClient.create(dataSource)
                                .sql("SELECT payload FROM domain_event_entry WHERE sequence_number = 0")
                                .query(byte[].class)
                                .single(),
                        StandardCharsets.UTF_8))
                .isEqualTo(fixture(files.get(0)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNewTrouble_isStoredAtTheNewRevision_withItsNote_andReadsBackUnchanged(Kind kind) {
        open(kind);
        var trouble = new TroubleLogged(
                new PartyId(UUID.fromString(PARTY)),
                TroubleCategory.OTHER,
                Severity.MINOR,
                "工事日の連絡が前日になって三回変更された",
                "日程調整の不履行",
                null,
                Instant.parse("2026-03-02T02:00:00Z"));

        var type = serializer.typeForClass(TroubleLogged.class);

        assertThat(type.getName()).isEqualTo("TroubleLogged");
        assertThat(type.getRevision()).isEqualTo("2");
        engine.appendEvents(new GenericDomainEventMessage<>("PartyAggregate", PARTY, 0, trouble));
        assertThat(JdbcClient.create(dataSource)
                        .sql("SELECT payload_revision FROM domain_event_entry WHERE aggregate_identifier = :id")
                        .param("id", PARTY)
                        .query(String.class)
                        .single())
                .isEqualTo("2");
        assertThat(engine.readEvents(PARTY).next().getPayload()).isEqualTo(trouble);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aStoredEventThatTodaysRulesWouldRefuse_stillLoadsAsStored_andFolds(Kind kind) throws Exception {
        open(kind);
        String longName = "株式会社" + "長".repeat(PartyName.MAX_LENGTH);
        String phones = IntStream.rangeClosed(1, PartyDetails.MAX_PHONES + 1)
                .mapToObj(i -> "{\"e164\":\"+8131234%04d\",\"extension\":null}".formatted(i))
                .collect(Collectors.joining(","));
        String registered = "{\"partyId\":{\"value\":\"" + PARTY + "\"},\"kind\":\"RESELLER\",\"details\":{"
                + "\"name\":{\"value\":\"" + longName + "\"},\"phones\":[" + phones + "],"
                + "\"address\":{\"value\":\" \"},"
                + "\"representative\":{\"value\":\"" + "山".repeat(PersonName.MAX_LENGTH + 1) + "\"},"
                + "\"bankAccount\":{\"bank\":\"みずほ銀行\",\"branch\":\"新宿支店\",\"type\":\"ORDINARY\","
                + "\"number\":\"12-3456-7890\",\"holder\":null}},"
                + "\"recordedAt\":\"2026-03-01T01:00:00Z\"}";
        String shortfall = "{\"partyId\":{\"value\":\"" + PARTY + "\"},\"invoiceRef\":\"INV-1\","
                + "\"invoiced\":{\"value\":1000},\"paid\":{\"value\":1200},\"outstanding\":{\"value\":-200},"
                + "\"reason\":\"LATE\",\"daysLate\":3,\"recordedAt\":\"2026-03-01T02:00:00Z\"}";
        insertRow(dataSource, PARTY, 0, "PartyRegistered", null, registered);
        insertRow(dataSource, PARTY, 1, "PaymentShort", null, shortfall);

        List<PartyEvent> events = engine.readEvents(PARTY)
                .asStream()
                .map(DomainEventMessage::getPayload)
                .map(PartyEvent.class::cast)
                .toList();

        var details = ((PartyEvent.PartyRegistered) events.get(0)).details();
        assertThat(details.name().value()).isEqualTo(longName);
        assertThat(details.phones()).hasSize(PartyDetails.MAX_PHONES + 1);
        assertThat(details.bankAccount().number()).isEqualTo("12-3456-7890");
        assertThat(details.identity().indexKeys()).isNotEmpty();
        PartyState state = PartyDecider.replay(events);
        assertThat(state.registered()).isTrue();
        assertThat(state.details()).isEqualTo(details);
        assertThat(state.eventCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFieldUnknownRenamedOrMissing_failsLoudly_namingTheTypeRevisionAndField(Kind kind) throws Exception {
        open(kind);
        String trouble = fixture("13-TroubleLogged-r2");
        String unknown = trouble.replace("\"staffNote\"", "\"reviewedBy\":\"manager\",\"staffNote\"");
        // A field renamed: the name the record expects is missing from the stored JSON, and is named.
        String renamedNote = trouble.replace("\"staffNote\"", "\"staffNotes\"");
        String renamed = trouble.replace("\"description\"", "\"details\"");
        String missing = trouble.replace("\"severity\":\"MINOR\",", "");
        String nested = fixture("01-PartyRegistered").replace("\"e164\"", "\"number\"");

        assertUnreadable("TroubleLogged", "2", unknown, "stored event TroubleLogged (revision 2)", "'reviewedBy'");
        assertUnreadable("TroubleLogged", "2", renamedNote, "stored event TroubleLogged (revision 2)", "'staffNote");
        assertUnreadable("TroubleLogged", "2", renamed, "stored event TroubleLogged (revision 2)", "'description'");
        assertUnreadable("TroubleLogged", "2", missing, "stored event TroubleLogged (revision 2)", "'severity'");
        assertUnreadable("PartyRegistered", null, nested, "stored event PartyRegistered", "details.phones[0]");
    }

    private void assertUnreadable(String type, String revision, String json, String... named) throws SQLException {
        String aggregate = UUID.randomUUID().toString();
        insertRow(dataSource, aggregate, 0, type, revision, json.replace(PARTY, aggregate));

        assertThatThrownBy(() -> engine.readEvents(aggregate).next().getPayload())
                .satisfies(e -> {
                    for (String name : named) {
                        assertThat(e).hasStackTraceContaining(name);
                    }
                })
                .hasStackTraceContaining("at party " + aggregate + " entry 1");
        // Read as part of the ledger, as the projections and the export read it, the row is named by its global index.
        long index = JdbcClient.create(dataSource)
                .sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", aggregate)
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> {
                    try (var ledger = engine.readEvents(null, false)) {
                        ledger.filter(m -> ((DomainEventMessage<?>) m)
                                        .getAggregateIdentifier()
                                        .equals(aggregate))
                                .forEach(m -> m.getPayload());
                    }
                })
                .hasStackTraceContaining("at global index " + index + ", party " + aggregate + " entry 1");
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = StoredEventFixturesTest.class.getResourceAsStream("/event-fixtures/" + name + ".json")) {
            assertThat(in).as("fixture " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void insertRow(
            DataSource dataSource, String aggregate, long sequence, String type, String revision, String json)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                                + " time_stamp, payload_type, payload_revision, payload, meta_data)"
                                + " VALUES (?, ?, ?, 'PartyAggregate', ?, ?, ?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, aggregate);
            insert.setLong(3, sequence);
            insert.setString(4, "2026-03-01T01:00:00Z");
            insert.setString(5, type);
            insert.setString(6, revision);
            insert.setBytes(7, json.getBytes(StandardCharsets.UTF_8));
            insert.setBytes(8, "{}".getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
    }
}
