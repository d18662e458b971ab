package org.trustledger.adapters.persistence.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.port.out.AccessLog;
import org.trustledger.application.port.out.PersonalTokens.Token;
import org.trustledger.application.port.out.StaffAccounts.Account;
import org.trustledger.application.port.out.StaffAccounts.Change;
import org.trustledger.application.port.out.StaffAccounts.Role;

/** Staff accounts, personal tokens and the auditors' access log on each supported database. */
class JdbcStaffTablesTest {
    private static final String UUID_TEXT = "6f1c2a3e-0b7d-4c55-9e0a-2d4b8f1e7a90";

    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

    static JdbcStaffAccounts accounts(DataSource db) {
        return new JdbcStaffAccounts(JdbcClient.create(db), new DataSourceTransactionManager(db));
    }

    static long version(Change change) {
        return ((Change.Changed) change).account().credentialsVersion();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAccount_isAddedOnce_changed_andReadBack(Kind kind) {
        var accounts = accounts(TestDatabases.migrated(kind));

        assertThat(accounts.add(new Account("kenji", "{bcrypt}hash-1", Role.STAFF, true)))
                .isTrue();
        assertThat(accounts.add(new Account("kenji", "{bcrypt}other", Role.MANAGER, true)))
                .isFalse();
        accounts.change("kenji", a -> new Account("kenji", "{bcrypt}hash-2", Role.AUDITOR, false));

        assertThat(accounts.find("kenji")).contains(new Account("kenji", "{bcrypt}hash-2", Role.AUDITOR, false, 1));
        assertThat(accounts.find("nobody")).isEmpty();
        assertThat(accounts.all()).extracting(Account::username).containsExactly("kenji");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aToken_isFoundByItsDigest_listedForItsOwner_andRevokedOnlyByThem(Kind kind) {
        DataSource db = TestDatabases.migrated(kind);
        var accounts = accounts(db);
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
    void userNames_areUniqueWithoutRegardToCase_andFoundInAnyCase(Kind kind) {
        var accounts = accounts(TestDatabases.migrated(kind));

        assertThat(accounts.add(new Account("admin", "{bcrypt}x", Role.MANAGER, true)))
                .isTrue();
        assertThat(accounts.add(new Account("ADMIN", "{bcrypt}y", Role.MANAGER, true)))
                .isFalse();
        assertThat(accounts.add(new Account("Admin", "{bcrypt}z", Role.STAFF, true)))
                .isFalse();

        assertThat(accounts.all()).extracting(Account::username).containsExactly("admin");
        assertThat(accounts.find("ADMIN"))
                .hasValueSatisfying(a -> assertThat(a.username()).isEqualTo("admin"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aChangeOfPasswordRoleOrState_givesANewCredentialsVersion_andNothingElseDoes(Kind kind) {
        var accounts = accounts(TestDatabases.migrated(kind));
        accounts.add(new Account("boss", "{bcrypt}b", Role.MANAGER, true));
        accounts.add(new Account("kenji", "{bcrypt}x", Role.STAFF, true));

        assertThat(version(accounts.change("kenji", a -> a))).isZero();
        assertThat(version(accounts.change("kenji", a -> a.withPasswordHash("{bcrypt}new"))))
                .isEqualTo(1);
        assertThat(version(accounts.change("kenji", a -> a.withRole(Role.AUDITOR))))
                .isEqualTo(2);
        assertThat(version(accounts.change("kenji", a -> a.withEnabled(false)))).isEqualTo(3);
        assertThat(accounts.find("kenji").orElseThrow().credentialsVersion()).isEqualTo(3);
        assertThat(accounts.change("nobody", a -> a)).isInstanceOf(Change.NoSuchAccount.class);
    }

    /**
     * Two managers demote each other at the same moment, many times over: the database orders the two changes, so
     * exactly one is done and the other is refused, and the shop always keeps its one enabled manager.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void twoManagersDemotingEachOtherAtOnce_neverLeaveTheShopWithoutOne(Kind kind) throws Exception {
        var accounts = accounts(TestDatabases.migrated(kind));
        accounts.add(new Account("aiko", "{bcrypt}a", Role.MANAGER, true));
        accounts.add(new Account("bunta", "{bcrypt}b", Role.MANAGER, true));
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 40; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                boolean disable = round % 2 == 1;
                UnaryOperator<Account> demote = a -> a.withRole(Role.STAFF);
                Future<Change> aikoDemoted = pool.submit(() -> {
                    together.await();
                    return accounts.change("aiko", demote);
                });
                Future<Change> buntaDemoted = pool.submit(() -> {
                    together.await();
                    return accounts.change("bunta", disable ? a -> a.withEnabled(false) : demote);
                });
                Change first = aikoDemoted.get(2, TimeUnit.MINUTES);
                Change second = buntaDemoted.get(2, TimeUnit.MINUTES);

                assertThat(List.of(first, second))
                        .as("round %d", round)
                        .filteredOn(c -> c instanceof Change.Changed)
                        .hasSize(1);
                assertThat(List.of(first, second))
                        .as("round %d", round)
                        .filteredOn(c -> c instanceof Change.LastManager)
                        .hasSize(1);
                List<Account> managers =
                        accounts.all().stream().filter(Account::isActiveManager).toList();
                assertThat(managers).as("round %d", round).hasSize(1);
                // the one left is the one whose demotion was refused
                String refused = first instanceof Change.LastManager ? "aiko" : "bunta";
                assertThat(managers.getFirst().username()).isEqualTo(refused);
                accounts.change("aiko", a -> a.withRole(Role.MANAGER).withEnabled(true));
                accounts.change("bunta", a -> a.withRole(Role.MANAGER).withEnabled(true));
            }
        }
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

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theAccessLog_forgetsTheReadsBeforeItsRetention_andKeepsTheLaterOnes_andEveryExport(Kind kind) {
        var log = new JdbcAccessLog(JdbcClient.create(TestDatabases.migrated(kind)));
        log.record(new AccessLog.Entry("akiko", "GET /parties?q=%E9%B7%BA%E6%B2%BC", T0));
        log.record(new AccessLog.Entry("akiko", "GET /?phone=090-8765-4321", T0.plusSeconds(60)));
        log.record(new AccessLog.Entry("akiko", "GET /api/v1/export/ledger?format=csv", T0));
        log.record(new AccessLog.Entry("akiko", "GET /api/v1/parties/" + UUID_TEXT + "/export", T0));
        log.record(new AccessLog.Entry("akiko", "GET /reports", T0.plusSeconds(120)));

        assertThat(log.forgetBefore(T0.plusSeconds(120))).isEqualTo(2);
        // An export is kept for good: a person may ask to whom their data was handed, however long ago.
        assertThat(log.recent(10))
                .extracting(AccessLog.Entry::action)
                .containsExactly(
                        "GET /reports",
                        "GET /api/v1/parties/" + UUID_TEXT + "/export",
                        "GET /api/v1/export/ledger?format=csv");
    }
}
