package org.trustledger.adapters.persistence.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.application.port.out.StaffAccounts;

/** Staff accounts in a table whose primary key keeps user names unique across nodes. */
@Repository
class JdbcStaffAccounts implements StaffAccounts {
    private final JdbcClient jdbc;

    JdbcStaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT * FROM staff_account WHERE username = :username")
                .param("username", username)
                .query(JdbcStaffAccounts::account)
                .optional();
    }

    @Override
    public List<Account> all() {
        return jdbc.sql("SELECT * FROM staff_account ORDER BY username")
                .query(JdbcStaffAccounts::account)
                .list();
    }

    @Override
    public boolean add(Account account) {
        try {
            jdbc.sql("""
                    INSERT INTO staff_account (username, password_hash, role, enabled)
                    VALUES (:username, :hash, :role, :enabled)""")
                    .param("username", account.username())
                    .param("hash", account.passwordHash())
                    .param("role", account.role().name())
                    .param("enabled", account.enabled())
                    .update();
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    @Override
    public void update(Account account) {
        jdbc.sql("""
                UPDATE staff_account SET password_hash = :hash, role = :role, enabled = :enabled
                WHERE username = :username""")
                .param("username", account.username())
                .param("hash", account.passwordHash())
                .param("role", account.role().name())
                .param("enabled", account.enabled())
                .update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getString("username"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"));
    }
}
