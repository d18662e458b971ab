package org.trustledger.adapters.persistence.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.out.ReadModelShadow;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEventSamples;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.Yen;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustStatus;

/** The rebuild's tables: shaped as the migrations shape the live ones, filled in bulk, and swapped in whole. */
class JdbcReadModelShadowTest {
    static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");
    static final String COLUMNS = "SELECT LOWER(column_name) AS name, LOWER(data_type) AS type, is_nullable,"
            + " character_maximum_length AS length, column_default AS dflt FROM information_schema.columns"
            + " WHERE LOWER(table_name) = :table AND LOWER(table_schema) = :schema ORDER BY ordinal_position";

    private DataSource open(Kind kind) {
        DataSource migrated = TestDatabases.migrated(kind);
        return kind == Kind.H2 ? new FencedDataSource(migrated, new ConnectionFence(Duration.ofSeconds(5))) : migrated;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theRebuildsTables_haveTheLiveTablesColumns_inTheirOrder(Kind kind) {
        DataSource dataSource = open(kind);
        new JdbcReadModelShadow(dataSource, Duration.ofSeconds(5)).create();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String schema = "public";

        for (String table : List.of("party_view", "party_identity_key", "trust_view")) {
            List<Map<String, Object>> live = columns(jdbc, table, schema);
            assertThat(live).as(table).isNotEmpty();
            assertThat(columns(jdbc, table + "_rebuild", schema)).as(table).isEqualTo(live);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSwap_putsTheNewTablesInPlace_underTheLiveIndexNames_andDropsTheOld(Kind kind) {
        DataSource dataSource = open(kind);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        JdbcReadModelShadow shadow = new JdbcReadModelShadow(dataSource, Duration.ofSeconds(5));
        jdbc.sql("INSERT INTO party_identity_key (identity_key, party_id) VALUES ('old', 'old-party')")
                .update();
        List<String> indexesBefore = indexes(jdbc, kind);

        ReadModelShadow.Tables tables = shadow.create();
        PartyView view = view("株式会社ネクストライン");
        tables.partyViews().save(view);
        tables.identityIndexWriter().add(view.partyId(), Set.of("phone:0312345678", "name:ネクストライン"));
        tables.identityIndexWriter().remove(view.partyId(), Set.of("name:ネクストライン"));
        tables.trustViews().save(view.partyId(), new TrustAssessment(TrustStatus.NEW, 0, List.of()), T0);
        assertThat(tables.partyViews().find(view.partyId())).contains(view);
        List<String> caughtUp = new ArrayList<>();
        shadow.swap(() -> {
            tables.flush();
            caughtUp.add("ran");
        });

        assertThat(caughtUp).containsExactly("ran");
        assertThat(jdbc.sql("SELECT party_id FROM party_view")
                        .query(String.class)
                        .list())
                .containsExactly(view.partyId().toString());
        assertThat(jdbc.sql("SELECT identity_key FROM party_identity_key")
                        .query(String.class)
                        .list())
                .containsExactly("phone:0312345678");
        assertThat(jdbc.sql("SELECT status FROM trust_view").query(String.class).list())
                .containsExactly("NEW");
        assertThat(indexes(jdbc, kind)).isEqualTo(indexesBefore);
        assertThat(tables(jdbc)).doesNotContain("party_view_rebuild", "party_view_retired", "trust_view_rebuild");

        // and once more, which would fail if any index had kept its rebuild name
        shadow.create();
        shadow.swap(() -> {});
        assertThat(jdbc.sql("SELECT COUNT(*) FROM party_view").query(Long.class).single())
                .isZero();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFailedCatchUp_leavesTheLiveTablesAsTheyWere(Kind kind) {
        DataSource dataSource = open(kind);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        JdbcReadModelShadow shadow = new JdbcReadModelShadow(dataSource, Duration.ofSeconds(5));
        jdbc.sql("INSERT INTO party_identity_key (identity_key, party_id) VALUES ('kept', 'party')")
                .update();
        shadow.create();

        assertThatThrownBy(() -> shadow.swap(() -> {
                    throw new IllegalStateException("the event store went away");
                }))
                .hasMessageContaining("the event store went away");
        shadow.discard();

        assertThat(jdbc.sql("SELECT identity_key FROM party_identity_key")
                        .query(String.class)
                        .list())
                .containsExactly("kept");
        assertThat(tables(jdbc)).doesNotContain("party_identity_key_rebuild");
    }

    private static List<Map<String, Object>> columns(JdbcClient jdbc, String table, String schema) {
        return jdbc.sql(COLUMNS)
                .param("table", table)
                .param("schema", schema)
                .query()
                .listOfRows();
    }

    private static List<String> tables(JdbcClient jdbc) {
        return jdbc.sql("SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_schema) = 'public'")
                .query(String.class)
                .list();
    }

    /** The read models' secondary and key indexes by name; H2 names its key indexes itself, so only ours count. */
    private static List<String> indexes(JdbcClient jdbc, Kind kind) {
        String sql = kind == Kind.H2
                ? "SELECT LOWER(index_name) FROM information_schema.indexes WHERE LOWER(index_name) LIKE 'ix_%'"
                : "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'";
        return jdbc.sql(sql).query(String.class).list().stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .filter(name ->
                        name.contains("party_view") || name.contains("trust_view") || name.contains("identity_key"))
                .sorted()
                .toList();
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
}
