package org.trustledger.adapters.persistence.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.out.PartyIdentityIndex.KeyMatch;
import org.trustledger.domain.party.PartyId;

/** Parties stored before the search columns existed are found, and screened, as if saved today. */
class PartySearchMigrationTest {
    private static final String PARTY = "6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f60";

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPartyStoredBeforeV4_isFoundByItsCoreAndPhoneDigits_andIndexedWithKanaFolded(Kind kind) {
        DataSource dataSource = TestDatabases.blank(kind);
        migrate(dataSource, kind, "3");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // The row as V3's JdbcPartyViews wrote it: old name key, phones without extension, the hiragana name key.
        jdbc.sql("""
                INSERT INTO party_view (party_id, kind, name, name_key, details, terminated, outstanding_yen,
                                        trouble_count, registered_at, updated_at, last_sequence)
                VALUES (:id, 'RESELLER', 'ねくすとらいん株式会社', 'ねくすとらいん株式会社', :details, FALSE, 0, 0,
                        TIMESTAMP WITH TIME ZONE '2026-03-01 01:00:00+00', TIMESTAMP WITH TIME ZONE '2026-03-01 01:00:00+00', 3)""")
                .param("id", PARTY)
                .param(
                        "details",
                        "{\"name\":{\"value\":\"ねくすとらいん株式会社\"},"
                                + "\"phones\":[{\"e164\":\"+81353217788\"}],\"address\":null,\"representative\":null,"
                                + "\"bankAccount\":null}")
                .update();
        jdbc.sql("INSERT INTO party_phone (party_id, e164) VALUES (:id, '+81353217788')")
                .param("id", PARTY)
                .update();
        jdbc.sql("INSERT INTO party_identity_key (identity_key, party_id) VALUES ('name:ねくすとらいん', :id)")
                .param("id", PARTY)
                .update();
        jdbc.sql("INSERT INTO party_identity_key (identity_key, party_id) VALUES ('phone:+81353217788', :id)")
                .param("id", PARTY)
                .update();

        migrate(dataSource, kind, "latest");

        var views = new JdbcPartyViews(jdbc);
        for (String q : List.of("(株)ネクストライン", "ネクストライン", "7788", "03-5321-7788")) {
            assertThat(views.search(new PartySearch(q, null, 0, 50)).items())
                    .as(q)
                    .extracting(v -> v.partyId().toString())
                    .containsExactly(PARTY);
        }
        var index = new JdbcPartyIdentityIndex(jdbc);
        assertThat(index.lookup(Set.of("name:ネクストライン", "phone:+81353217788", "name:ねくすとらいん"), 10))
                .extracting(KeyMatch::key, KeyMatch::parties)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("name:ネクストライン", List.of(PartyId.of(PARTY))),
                        org.assertj.core.groups.Tuple.tuple("phone:+81353217788", List.of(PartyId.of(PARTY))));
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
