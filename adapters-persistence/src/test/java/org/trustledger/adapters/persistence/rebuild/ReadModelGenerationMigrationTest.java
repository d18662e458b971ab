package org.trustledger.adapters.persistence.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.party.JdbcPartyIdentityIndex;
import org.trustledger.adapters.persistence.party.JdbcPartyViews;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.adapters.persistence.trust.JdbcTrustViews;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.out.PartyIdentityIndex.KeyMatch;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.trust.TrustStatus;

/** Read models stored before generations (V22) are generation 1, which serves, and read as before. */
class ReadModelGenerationMigrationTest {
    private static final String PARTY = "6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f61";

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rowsStoredBeforeV22_areGenerationOne_whichServes(Kind kind) {
        DataSource dataSource = TestDatabases.blank(kind);
        migrate(dataSource, kind, "18");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                INSERT INTO party_view (party_id, kind, name, name_key, search_key, phone_digits, details, terminated,
                                        outstanding_yen, trouble_count, registered_at, updated_at, last_sequence)
                VALUES (:id, 'RESELLER', '株式会社ネクストライン', 'ねくすとらいん', 'ねくすとらいん', ' 0353217788 ', :details,
                        FALSE, 440, 2, TIMESTAMP WITH TIME ZONE '2026-03-01 01:00:00+00',
                        TIMESTAMP WITH TIME ZONE '2026-03-02 01:00:00+00', 4)""")
                .param("id", PARTY)
                .param(
                        "details",
                        "{\"name\":{\"value\":\"株式会社ネクストライン\"},"
                                + "\"phones\":[{\"e164\":\"+81353217788\"}],\"address\":null,\"representative\":null,"
                                + "\"bankAccount\":null}")
                .update();
        jdbc.sql("INSERT INTO party_identity_key (identity_key, party_id) VALUES ('phone:+81353217788', :id)")
                .param("id", PARTY)
                .update();
        jdbc.sql("INSERT INTO trust_view (party_id, status, score, reasons, assessed_at)"
                        + " VALUES (:id, 'WATCH', 4.5, '[]', TIMESTAMP WITH TIME ZONE '2026-03-02 01:00:00+00')")
                .param("id", PARTY)
                .update();

        migrate(dataSource, kind, "latest");

        assertThat(jdbc.sql("SELECT serving FROM read_model_generation")
                        .query(Long.class)
                        .list())
                .containsExactly(1L);
        // The tables that had rows before generations; the people index (V35) came after.
        for (String table : List.of("party_view", "party_identity_key", "trust_view")) {
            assertThat(jdbc.sql("SELECT generation FROM " + table)
                            .query(Long.class)
                            .list())
                    .as(table)
                    .containsExactly(1L);
        }
        var views = new JdbcPartyViews(jdbc);
        var view = views.find(PartyId.of(PARTY)).orElseThrow();
        assertThat(view.troubleCount()).isEqualTo(2);
        assertThat(view.trust().status()).isEqualTo(TrustStatus.WATCH);
        assertThat(views.search(new PartySearch("7788", null, 0, 10)).total()).isEqualTo(1);
        assertThat(new JdbcPartyIdentityIndex(jdbc).lookup(Set.of("phone:+81353217788"), 10))
                .extracting(KeyMatch::parties)
                .containsExactly(List.of(PartyId.of(PARTY)));
        assertThat(new JdbcTrustViews(jdbc).find(PartyId.of(PARTY))).isPresent();

        // The same party may now be stored once in each generation, and once only in one.
        jdbc.sql("INSERT INTO trust_view (generation, party_id, status, score, reasons, assessed_at)"
                        + " VALUES (2, :id, 'NEW', 0, '[]', TIMESTAMP WITH TIME ZONE '2026-03-02 01:00:00+00')")
                .param("id", PARTY)
                .update();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO trust_view (generation, party_id, status, score, reasons,"
                                + " assessed_at) VALUES (2, :id, 'NEW', 0, '[]', TIMESTAMP WITH TIME ZONE"
                                + " '2026-03-02 01:00:00+00')")
                        .param("id", PARTY)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        // Every writer names its generation: none is taken for granted.
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO party_identity_key (identity_key, party_id) VALUES ('k', 'p')")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static void migrate(DataSource dataSource, Kind kind, String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(
                        "classpath:db/migration/common",
                        "classpath:db/migration/" + (kind == Kind.H2 ? "h2" : "postgresql"))
                .target(target)
                .load()
                .migrate();
    }
}
