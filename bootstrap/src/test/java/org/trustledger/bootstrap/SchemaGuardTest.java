package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.support.TestDatabases;

/**
 * The PostgreSQL schema after a normal run: no large-object (oid) columns, the indexes every query relies on, and a
 * global event index without gaps.
 */
class SchemaGuardTest {

    @Test
    void afterANormalRun_noOidColumns_everyNeededIndex_andNoGapsInTheGlobalIndex() {
        try (Node node = Node.onPostgres(TestDatabases.url(TestDatabases.Kind.POSTGRESQL))) {
            Api api = node.api();
            for (int i = 0; i < 10; i++) {
                String id = api.post("/api/v1/parties", "{\"kind\":\"CARRIER\",\"name\":\"通信" + i + "株式会社\"}")
                        .body()
                        .get("partyId")
                        .asString();
                api.post(
                        "/api/v1/parties/" + id + "/troubles",
                        "{\"category\":\"WRONG_PLAN\",\"severity\":\"MINOR\",\"description\":\"誤案内\"}");
                api.post("/api/v1/parties/" + id + "/termination", "{\"reason\":\"終了\"}");
                // Refused by the history: nothing stored, no index value spent.
                api.post("/api/v1/parties/" + id + "/termination", "{\"reason\":\"重複\"}");
            }
            JdbcClient db = JdbcClient.create(node.bean(DataSource.class));
            assertThat(db.sql("SHOW statement_timeout").query(String.class).single())
                    .as("the server bounds each statement, as the README's URL asks")
                    .isEqualTo("30s");

            assertThat(db.sql("SELECT table_name || '.' || column_name FROM information_schema.columns"
                                    + " WHERE table_schema = 'public' AND data_type = 'oid'")
                            .query(String.class)
                            .list())
                    .isEmpty();

            List<String> indexes = db.sql("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")
                    .query(String.class)
                    .list();
            assertThat(indexes)
                    .contains(
                            "uk_domain_event_aggregate_sequence",
                            "domain_event_entry_pkey",
                            "snapshot_event_entry_pkey",
                            "token_entry_pkey",
                            "party_view_pkey",
                            "ix_party_view_name_key",
                            "party_identity_key_pkey",
                            "ix_party_identity_key_party",
                            "trust_view_pkey",
                            "ix_trust_view_status",
                            "idempotency_key_pkey",
                            "job_lease_pkey");

            var range = db.sql("SELECT MIN(global_index), MAX(global_index), COUNT(*) FROM domain_event_entry")
                    .query()
                    .singleRow();
            long min = ((Number) range.get("min")).longValue();
            long max = ((Number) range.get("max")).longValue();
            long count = ((Number) range.get("count")).longValue();
            assertThat(count).isEqualTo(30);
            assertThat(max - min + 1).as("no gaps").isEqualTo(count);
        }
    }
}
