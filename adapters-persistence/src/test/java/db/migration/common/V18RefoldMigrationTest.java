package db.migration.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyDetails;
import tools.jackson.databind.json.JsonMapper;

/** Parties filed under yesterday's keys are found under today's folding once the migration has run. */
class V18RefoldMigrationTest {

    @Test
    void storedPartiesAndTheirCallersAreFiledUnderTodaysKeys() throws Exception {
        try (Connection connection =
                DriverManager.getConnection("jdbc:h2:mem:v18-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE party_view (party_id VARCHAR(36) PRIMARY KEY, name VARCHAR(200),"
                        + " details VARCHAR(4000), name_key VARCHAR(1000), search_key VARCHAR(1000))");
                ddl.execute("CREATE TABLE party_identity_key (identity_key VARCHAR(400) NOT NULL,"
                        + " party_id VARCHAR(36) NOT NULL, PRIMARY KEY (identity_key, party_id))");
            }
            String id = UUID.randomUUID().toString();
            PartyDetails details = new PartyDetails(
                    new PartyName("株式会社サンプル通信 大阪支店"),
                    List.of(PhoneNumber.parse("06-6111-2233")),
                    new Address("東京都新宿区西新宿一丁目2番3号 サンライズビル5階"),
                    new PersonName("髙橋 誠"),
                    null);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO party_view (party_id, name, details, name_key, search_key) VALUES (?, ?, ?, 'old', 'old')")) {
                insert.setString(1, id);
                insert.setString(2, details.name().value());
                insert.setString(3, JsonMapper.builder().build().writeValueAsString(details));
                insert.executeUpdate();
            }
            for (String old : List.of("name:サンプル通信大阪支店", "rep:髙橋誠", "caller:齋藤一郎", "caller:ネク\u00ADスト")) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO party_identity_key (identity_key, party_id) VALUES (?, ?)")) {
                    insert.setString(1, old);
                    insert.setString(2, id);
                    insert.executeUpdate();
                }
            }

            new V18__Refold_identity_keys_and_search_columns().migrate(contextOf(connection));

            assertThat(keys(connection))
                    .containsExactlyInAnyOrder(
                            "name:サンプル通信",
                            "rep:高橋誠",
                            "phone:+81661112233",
                            "addr:新宿区西新宿|1-2-3",
                            "town:西新宿|1-2-3",
                            "caller:斎藤一郎",
                            "caller:ネクスト");
            try (Statement select = connection.createStatement();
                    ResultSet row = select.executeQuery("SELECT search_key FROM party_view")) {
                row.next();
                assertThat(row.getString(1)).isEqualTo("サンプル通信");
            }
        }
    }

    private static List<String> keys(Connection connection) throws Exception {
        List<String> keys = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT identity_key FROM party_identity_key")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    private static Context contextOf(Connection connection) {
        return (Context) Proxy.newProxyInstance(
                Context.class.getClassLoader(),
                new Class<?>[] {Context.class},
                (proxy, method, args) -> "getConnection".equals(method.getName()) ? connection : null);
    }
}
