package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.trustledger.adapters.persistence.party.PartySearchColumns;
import org.trustledger.domain.identity.JapaneseText;
import org.trustledger.domain.identity.PersonNameKey;
import org.trustledger.domain.party.PartyDetails;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files every party again under the keys of today's folding — invisible characters dropped, look-alikes and variant
 * kanji read as the usual character, branches and notes set aside in company names, and a town key for addresses
 * written without their city or ward — and fills the search columns the same way, so that parties stored before are
 * found as new ones are. Callers' keys are not in the party's details: the stored ones are folded again, which gives
 * what their names would give now, since the new folding works character by character on text already folded.
 */
public class V18__Refold_identity_keys_and_search_columns extends BaseJavaMigration {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 500;
    /** The width of the identity index's key column, as in V3. */
    private static final int MAX_KEY_LENGTH = 400;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet callers = select.executeQuery(
                        "SELECT party_id, identity_key FROM party_identity_key WHERE identity_key LIKE 'caller:%'")) {
            while (callers.next()) {
                String name = callers.getString("identity_key").substring(PersonNameKey.CALLER_PREFIX.length());
                String folded = JapaneseText.foldKana(JapaneseText.normalize(name));
                if (!folded.isEmpty()) {
                    keys.computeIfAbsent(callers.getString("party_id"), id -> new LinkedHashSet<>())
                            .add(PersonNameKey.CALLER_PREFIX + folded);
                }
            }
        }
        try (Statement select = connection.createStatement();
                ResultSet parties = select.executeQuery("SELECT party_id, name, details FROM party_view");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE party_view SET name_key = ?, search_key = ? WHERE party_id = ?")) {
            int pending = 0;
            while (parties.next()) {
                String id = parties.getString("party_id");
                String name = parties.getString("name");
                String stored = parties.getString("details");
                PartyDetails details = JSON.readValue(stored, PartyDetails.class);
                update.setString(1, PartySearchColumns.nameKey(name));
                update.setString(2, PartySearchColumns.coreKey(name));
                update.setString(3, id);
                update.addBatch();
                keys.computeIfAbsent(id, party -> new LinkedHashSet<>())
                        .addAll(details.identity().indexKeys());
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
        try (Statement clear = connection.createStatement()) {
            clear.executeUpdate("DELETE FROM party_identity_key");
        }
        try (PreparedStatement index =
                connection.prepareStatement("INSERT INTO party_identity_key (identity_key, party_id) VALUES (?, ?)")) {
            int pending = 0;
            for (Map.Entry<String, Set<String>> party : keys.entrySet()) {
                for (String key : party.getValue()) {
                    if (key.length() <= MAX_KEY_LENGTH) {
                        index.setString(1, key);
                        index.setString(2, party.getKey());
                        index.addBatch();
                        if (++pending == BATCH) {
                            index.executeBatch();
                            pending = 0;
                        }
                    }
                }
            }
            index.executeBatch();
        }
    }
}
