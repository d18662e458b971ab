package org.trustledger.adapters.persistence.rebuild;

import java.util.List;
import org.trustledger.adapters.persistence.readmodel.ReadModelTables;

/**
 * The read-model tables as the migrations leave them (V2 to V4), written once more for the tables a rebuild fills:
 * a migration that changes a read-model table changes this too, and {@code ShadowSchemaTest} compares the two.
 */
final class ShadowSchema {
    static final String SUFFIX = "_rebuild";

    private ShadowSchema() {}

    /** The statements that create the rebuild's tables, with every index under its live name plus the suffix. */
    static List<String> create(ReadModelTables t) {
        return List.of(
                "CREATE TABLE " + t.partyView() + " ("
                        + " party_id VARCHAR(36) PRIMARY KEY,"
                        + " kind VARCHAR(20) NOT NULL,"
                        + " name VARCHAR(200) NOT NULL,"
                        + " name_key VARCHAR(1000) NOT NULL,"
                        + " details TEXT NOT NULL,"
                        + " terminated BOOLEAN NOT NULL,"
                        + " outstanding_yen BIGINT NOT NULL,"
                        + " trouble_count INTEGER NOT NULL,"
                        + " registered_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                        + " updated_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                        + " last_sequence BIGINT NOT NULL,"
                        + " search_key VARCHAR(1000) DEFAULT '' NOT NULL,"
                        + " phone_digits VARCHAR(1000) DEFAULT ' ' NOT NULL)",
                "CREATE INDEX ix_party_view_name_key" + SUFFIX + " ON " + t.partyView() + " (name_key)",
                "CREATE INDEX ix_party_view_kind" + SUFFIX + " ON " + t.partyView() + " (kind)",
                "CREATE TABLE " + t.trustView() + " ("
                        + " party_id VARCHAR(36) PRIMARY KEY,"
                        + " status VARCHAR(20) NOT NULL,"
                        + " score DOUBLE PRECISION NOT NULL,"
                        + " reasons TEXT NOT NULL,"
                        + " assessed_at TIMESTAMP WITH TIME ZONE NOT NULL)",
                "CREATE INDEX ix_trust_view_status" + SUFFIX + " ON " + t.trustView() + " (status)",
                "CREATE TABLE " + t.identityKey() + " ("
                        + " identity_key VARCHAR(400) NOT NULL,"
                        + " party_id VARCHAR(36) NOT NULL,"
                        + " former_until TIMESTAMP WITH TIME ZONE,"
                        + " PRIMARY KEY (identity_key, party_id))",
                "CREATE INDEX ix_party_identity_key_party" + SUFFIX + " ON " + t.identityKey() + " (party_id)");
    }

    /** The secondary indexes' live names, each of which the rebuild's copy carries with {@link #SUFFIX}. */
    static List<String> indexes() {
        return List.of(
                "ix_party_view_name_key", "ix_party_view_kind", "ix_trust_view_status", "ix_party_identity_key_party");
    }
}
