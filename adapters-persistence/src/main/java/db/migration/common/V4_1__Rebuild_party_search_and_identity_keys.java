package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.trustledger.adapters.persistence.party.PartySearchColumns;
import org.trustledger.domain.party.PartyDetails;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the search columns of V4 for parties already stored, and files them again in the identity index, whose
 * name keys now read hiragana as katakana: both are worked out by the domain's normalisation, which SQL cannot do.
 */
public class V4_1__Rebuild_party_search_and_identity_keys extends BaseJavaMigration {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 500;
    /** The width of the identity index's key column, as in V3. */
    private static final int MAX_KEY_LENGTH = 400;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement clear = connection.createStatement()) {
            clear.executeUpdate("DELETE FROM party_identity_key");
        }
        try (Statement select = connection.createStatement();
                ResultSet parties = select.executeQuery("SELECT party_id, name, details FROM party_view");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE party_view SET name_key = ?, search_key = ?, phone_digits = ? WHERE party_id = ?");
                PreparedStatement index = connection.prepareStatement(
                        "INSERT INTO party_identity_key (identity_key, party_id) VALUES (?, ?)")) {
            int pending = 0;
            while (parties.next()) {
                String id = parties.getString("party_id");
                String name = parties.getString("name");
                String stored = parties.getString("details");
                PartyDetails details = JSON.readValue(stored, PartyDetails.class);
                update.setString(1, PartySearchColumns.nameKey(name));
                update.setString(2, PartySearchColumns.coreKey(name));
                update.setString(3, PartySearchColumns.phoneDigits(details.phones()));
                update.setString(4, id);
                update.addBatch();
                for (String key : details.identity().indexKeys()) {
                    if (key.length() <= MAX_KEY_LENGTH) {
                        index.setString(1, key);
                        index.setString(2, id);
                        index.addBatch();
                    }
                }
                if (++pending == BATCH) {
                    update.executeBatch();
                    index.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
            index.executeBatch();
        }
    }
}
