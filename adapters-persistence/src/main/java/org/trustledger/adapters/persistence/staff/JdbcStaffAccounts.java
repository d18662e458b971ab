package org.trustledger.adapters.persistence.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustledger.application.port.out.StaffAccounts;

/**
 * Staff accounts in a table whose unique index on the folded name keeps user names unique, whatever their case,
 * across nodes; a change locks the accounts in the database, so the rule that an enabled manager remains holds
 * however many nodes change accounts at once.
 */
@Repository
class JdbcStaffAccounts implements StaffAccounts {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    JdbcStaffAccounts(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public Optional<Account> find(String username) {
        // The exact spelling first: only names that differed in case before the names were folded can both match.
        return jdbc
                .sql("""
                SELECT * FROM staff_account WHERE username = :username OR username_key = :key
                ORDER BY CASE WHEN username = :username THEN 0 ELSE 1 END""")
                .param("username", username)
                .param("key", key(username))
                .query(JdbcStaffAccounts::account)
                .list()
                .stream()
                .findFirst();
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
                    INSERT INTO staff_account (username, username_key, password_hash, role, enabled, credentials_version)
                    VALUES (:username, :key, :hash, :role, :enabled, 0)""")
                    .param("username", account.username())
                    .param("key", key(account.username()))
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
    public Change change(String username, UnaryOperator<Account> change) {
        return transactions.execute(tx -> {
            // Every account row, in one order on every node, so two changes wait for each other instead of each
            // counting the managers before the other's change is committed; the table holds a shop's staff, not more.
            jdbc.sql("SELECT username FROM staff_account ORDER BY username FOR UPDATE")
                    .query(String.class)
                    .list();
            Optional<Account> found = find(username);
            if (found.isEmpty()) {
                return new Change.NoSuchAccount();
            }
            Account current = found.get();
            Account wanted = change.apply(current);
            if (current.isActiveManager() && !wanted.isActiveManager() && activeManagers() <= 1) {
                return new Change.LastManager();
            }
            long version = current.credentialsVersion() + (wanted.sameCredentialsAs(current) ? 0 : 1);
            jdbc.sql("""
                    UPDATE staff_account
                    SET password_hash = :hash, role = :role, enabled = :enabled, credentials_version = :version
                    WHERE username = :username""")
                    .param("username", current.username())
                    .param("hash", wanted.passwordHash())
                    .param("role", wanted.role().name())
                    .param("enabled", wanted.enabled())
                    .param("version", version)
                    .update();
            return new Change.Changed(
                    new Account(current.username(), wanted.passwordHash(), wanted.role(), wanted.enabled(), version));
        });
    }

    private long activeManagers() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_account WHERE role = 'MANAGER' AND enabled = TRUE")
                .query(Long.class)
                .single();
    }

    /** Names are ASCII by the account rules; folding by the root locale keeps the key the same on every node. */
    static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getString("username"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"),
                rs.getLong("credentials_version"));
    }
}
