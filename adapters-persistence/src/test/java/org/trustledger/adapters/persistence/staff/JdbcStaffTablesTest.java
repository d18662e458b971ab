package org.trustledger.adapters.persistence.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.port.out.AccessLog;
import org.trustledger.application.port.out.PersonalTokens.Token;
import org.trustledger.application.port.out.StaffAccounts.Account;
import org.trustledger.application.port.out.StaffAccounts.Role;

/** Staff accounts, personal tokens and the auditors' access log on each supported database. */
class JdbcStaffTablesTest {
    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAccount_isAddedOnce_changed_andReadBack(Kind kind) {
        var accounts = new JdbcStaffAccounts(JdbcClient.create(TestDatabases.migrated(kind)));

        assertThat(accounts.add(new Account("kenji", "{bcrypt}hash-1", Role.STAFF, true)))
                .isTrue();
        assertThat(accounts.add(new Account("kenji", "{bcrypt}other", Role.MANAGER, true)))
                .isFalse();
        accounts.update(new Account("kenji", "{bcrypt}hash-2", Role.AUDITOR, false));

        assertThat(accounts.find("kenji")).contains(new Account("kenji", "{bcrypt}hash-2", Role.AUDITOR, false));
        assertThat(accounts.find("nobody")).isEmpty();
        assertThat(accounts.all()).extracting(Account::username).containsExactly("kenji");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aToken_isFoundByItsDigest_listedForItsOwner_andRevokedOnlyByThem(Kind kind) {
        DataSource db = TestDatabases.migrated(kind);
        var accounts = new JdbcStaffAccounts(JdbcClient.create(db));
        accounts.add(new Account("kenji", "{bcrypt}x", Role.STAFF, true));
        accounts.add(new Account("hanako", "{bcrypt}y", Role.MANAGER, true));
        var tokens = new JdbcPersonalTokens(JdbcClient.create(db));
        var token = new Token("t-1", "kenji", "a".repeat(64), "laptop", T0, false);

        tokens.add(token);

        assertThat(tokens.findByDigest("a".repeat(64))).contains(token);
        assertThat(tokens.ofOwner("kenji")).containsExactly(token);
        assertThat(tokens.revoke("hanako", "t-1")).isFalse();
        assertThat(tokens.revoke("kenji", "t-1")).isTrue();
        assertThat(tokens.findByDigest("a".repeat(64)))
                .hasValueSatisfying(t -> assertThat(t.revoked()).isTrue());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theAccessLog_listsTheNewestFirst_upToTheLimit(Kind kind) {
        var log = new JdbcAccessLog(JdbcClient.create(TestDatabases.migrated(kind)));
        log.record(new AccessLog.Entry("akiko", "GET /api/v1/parties/1/history", T0));
        log.record(new AccessLog.Entry("akiko", "GET /api/v1/parties/2?asOf=2026-01-01", T0.plusSeconds(60)));
        log.record(new AccessLog.Entry("akiko", "GET /reports", T0.plusSeconds(120)));

        assertThat(log.recent(2))
                .extracting(AccessLog.Entry::action)
                .containsExactly("GET /reports", "GET /api/v1/parties/2?asOf=2026-01-01");
    }
}
