package org.trustledger.adapters.persistence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.eventstore.EventStoreConfiguration;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.port.in.ReportsQuery.PartyShortfall;
import org.trustledger.application.port.out.ReportData.ScreenedRequest;
import org.trustledger.application.port.out.ReportData.TroubleEntry;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyEventSamples;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.party.Yen;
import org.trustledger.domain.trust.TrustStatus;

/** The reports read the stored events and the trust view on each supported database. */
class JdbcReportDataTest {
    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

    private DataSource dataSource;
    private JdbcEventStorageEngine engine;
    private JdbcReportData reports;

    private void open(Kind kind) {
        dataSource = TestDatabases.migrated(kind);
        var configuration = new EventStoreConfiguration();
        engine = JdbcEventStorageEngine.builder()
                .eventSerializer(configuration.eventSerializer())
                .upcasterChain(EventStoreConfiguration.upcasters())
                .snapshotSerializer(Jackson3Serializer.builder().build())
                .connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                .schema(configuration.eventSchema())
                .build();
        reports = new JdbcReportData(JdbcClient.create(dataSource), configuration.eventSerializer());
    }

    /** A party with one event of every kind, then two requests recorded from screenings. */
    private PartyId givenALedger() {
        PartyId party = new PartyId(UUID.randomUUID());
        List<PartyEvent> events = new ArrayList<>(PartyEventSamples.everyKind(party, T0));
        events.add(new RequestReceived(
                party,
                Channel.PHONE,
                true,
                "代理の設定訪問",
                Answer.REFUSED,
                List.of("screening:PROXY_FROM_RESELLER"),
                T0.plusSeconds(3600)));
        events.add(new RequestReceived(
                party, Channel.PHONE, false, "自社の設定", null, List.of("screening:NAME_WITHHELD"), T0.plusSeconds(7200)));
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            messages.add(new GenericDomainEventMessage<>(
                    "PartyAggregate", party.toString(), i, events.get(i), MetaData.with("recordedBy", "staff")));
        }
        engine.appendEvents(messages);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        OffsetDateTime at = T0.atOffset(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO party_view (generation, party_id, kind, name, name_key, details, terminated,"
                        + " outstanding_yen, trouble_count, registered_at, updated_at, last_sequence)"
                        + " VALUES (1, :id, 'RESELLER', '株式会社ネクストライン', 'ネクストライン', '{}', FALSE, 0, 1, :at, :at, 12)")
                .param("id", party.toString())
                .param("at", at)
                .update();
        // A rebuild's generation, not yet serving, counts for nothing.
        jdbc.sql("INSERT INTO trust_view (generation, party_id, status, score, reasons, assessed_at)"
                        + " VALUES (2, :id, 'WATCH', 0, '[]', :at)")
                .param("id", UUID.randomUUID().toString())
                .param("at", at)
                .update();
        for (TrustStatus status : List.of(TrustStatus.TERMINATED, TrustStatus.TERMINATED, TrustStatus.GOOD)) {
            jdbc.sql("INSERT INTO trust_view (generation, party_id, status, score, reasons, assessed_at)"
                            + " VALUES (1, :id, :status, 0, '[]', :at)")
                    .param("id", UUID.randomUUID().toString())
                    .param("status", status.name())
                    .param("at", at)
                    .update();
        }
        return party;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void troubles_comeWithTheirCategoryAndDay_fromTheGivenInstantOn(Kind kind) {
        open(kind);
        givenALedger();

        assertThat(reports.troublesSince(T0))
                .containsExactly(
                        new TroubleEntry(T0.plusSeconds(240), LocalDate.of(2026, 1, 5), TroubleCategory.WRONG_PLAN));
        assertThat(reports.troublesSince(T0.plusSeconds(241))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void shortfalls_sumWhatEachPartyPaidShort_besideWhatItStillOwes(Kind kind) {
        open(kind);
        PartyId party = givenALedger();

        assertThat(reports.shortfallsByParty(10)).containsExactly(new PartyShortfall(party, "株式会社ネクストライン", 440, 0));
        assertThat(reports.shortfallsByParty(0)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theStatusMix_countsStoredStatuses(Kind kind) {
        open(kind);
        givenALedger();

        assertThat(reports.statusCounts())
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(TrustStatus.TERMINATED, 2L, TrustStatus.GOOD, 1L));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void onlyRequestsRecordedFromAScreening_countAsScreenings_withTheirAnswer(Kind kind) {
        open(kind);
        givenALedger();

        assertThat(reports.screenedRequestsSince(T0))
                .containsExactly(
                        new ScreenedRequest(T0.plusSeconds(3600), Answer.REFUSED),
                        new ScreenedRequest(T0.plusSeconds(7200), null));
        assertThat(reports.screenedRequestsSince(T0.plusSeconds(3601)))
                .containsExactly(new ScreenedRequest(T0.plusSeconds(7200), null));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRetractedTroubleOrShortfall_countsInNoReport_whileATroubleStoredInAnOlderShapeStillDoes(Kind kind) {
        open(kind);
        PartyId party = new PartyId(UUID.randomUUID());
        List<PartyEvent> events = List.of(
                PartyEventSamples.everyKind(party, T0).get(0),
                new PartyEvent.TroubleLogged(
                        party, TroubleCategory.WRONG_PLAN, Severity.MINOR, "別の代理店の件", null, T0.plusSeconds(60)),
                new PartyEvent.TroubleLogged(
                        party,
                        TroubleCategory.UNRESPONSIVE,
                        Severity.MINOR,
                        "折り返しなし",
                        "担当者が毎回違う",
                        null,
                        T0.plusSeconds(120)),
                new PartyEvent.PaymentShort(
                        party,
                        "INV-9",
                        new Yen(1000),
                        new Yen(0),
                        new Yen(1000),
                        ShortfallReason.UNPAID,
                        0,
                        T0.plusSeconds(180)),
                new PartyEvent.EntryRetracted(party, 2, "別の代理店の件だった", T0.plusSeconds(240)),
                new PartyEvent.EntryRetracted(party, 4, "請求書の誤り", T0.plusSeconds(300)));
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            messages.add(new GenericDomainEventMessage<>("PartyAggregate", party.toString(), i, events.get(i)));
        }
        engine.appendEvents(messages);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO party_view (generation, party_id, kind, name, name_key, details, terminated,"
                        + " outstanding_yen, trouble_count, registered_at, updated_at, last_sequence)"
                        + " VALUES (1, :id, 'RESELLER', '株式会社ネクストライン', 'ネクストライン', '{}', FALSE, 0, 1, :at, :at, 6)")
                .param("id", party.toString())
                .param("at", T0.atOffset(ZoneOffset.UTC))
                .update();
        // A trouble stored before troubles had a note, revision and all, for another party.
        String other = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                        + " time_stamp, payload_type, payload, meta_data) VALUES (:id, :party, 1, 'PartyAggregate',"
                        + " '2026-03-01T01:03:00Z', 'TroubleLogged', :payload, :meta)")
                .param("id", UUID.randomUUID().toString())
                .param("party", other)
                .param(
                        "payload",
                        ("{\"partyId\":{\"value\":\"" + other + "\"},\"category\":\"DATA_ERROR\","
                                        + "\"severity\":\"MINOR\",\"description\":\"宛名の誤記\",\"occurredOn\":null,"
                                        + "\"recordedAt\":\"2026-03-01T01:03:00Z\"}")
                                .getBytes(StandardCharsets.UTF_8))
                .param("meta", "{}".getBytes(StandardCharsets.UTF_8))
                .update();

        assertThat(reports.troublesSince(T0))
                .containsExactly(
                        new TroubleEntry(T0.plusSeconds(120), null, TroubleCategory.UNRESPONSIVE),
                        new TroubleEntry(T0.plusSeconds(180), null, TroubleCategory.DATA_ERROR));
        assertThat(reports.shortfallsByParty(10)).isEmpty();
    }
}
