package org.trustledger.bootstrap.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.bootstrap.TrustLedgerApplication;
import org.trustledger.bootstrap.durability.StoreDurability.Survives;

/** What each store and setting promises is found out at start, and the embedded default forces every commit to disk. */
class StoreDurabilityTest {
    @TempDir
    Path data;

    @Test
    void theEmbeddedDefault_writesEveryCommit_andForcesItToTheDisk() {
        try (var app = start("--trustledger.data-dir=" + data)) {
            StoreDurability durability = app.getBean(StoreDurability.class);
            assertThat(durability.survives()).isEqualTo(Survives.POWER_LOSS);
            assertThat(durability.settings()).containsEntry("WRITE_DELAY", "0");
            assertThat(durability.h2File())
                    .contains(data.resolve("trustledger.mv.db").toAbsolutePath());
            assertThat(durability.warnings()).isEmpty();

            // The very transaction manager the event store commits through forces the file after each commit.
            CommitSync sync = app.getBean(CommitSync.class);
            PlatformTransactionManager transactions = app.getBean(PlatformTransactionManager.class);
            assertThat(((ConfigurableTransactionManager) transactions).getTransactionExecutionListeners())
                    .containsOnlyOnce(sync);
            JdbcClient jdbc = JdbcClient.create(app.getBean(javax.sql.DataSource.class));
            long before = sync.syncs();
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                jdbc.sql("SELECT 1").query(Integer.class).single();
                // Through the product's own transaction manager, a read is known to have written nothing.
                assertThat(sync.wroteNothing(status)).isTrue();
                jdbc.sql("UPDATE read_model_generation SET serving = serving").update();
                assertThat(sync.wroteNothing(status)).isFalse();
            });
            // A scheduled job may commit meanwhile too.
            assertThat(sync.syncs()).isGreaterThan(before);
        }
    }

    @Test
    void withoutSyncedCommits_aProcessCrashIsSurvived_andThePowerLossNamed() {
        try (var app = start("--trustledger.data-dir=" + data, "--trustledger.durability.sync-commits=false")) {
            StoreDurability durability = app.getBean(StoreDurability.class);
            assertThat(durability.survives()).isEqualTo(Survives.PROCESS_CRASH);
            assertThat(durability.h2File()).isEmpty();
            assertThat(durability.warnings()).singleElement().asString().contains("power loss");
            assertThat(app.getBeanProvider(CommitSync.class).getIfAvailable()).isNull();
        }
    }

    @Test
    void theReleasedUrlWithH2sWriteDelay_isNamedAsLosingWritesOnAKill() {
        try (var app = start(
                "--trustledger.data-dir=" + data,
                "--spring.datasource.url=jdbc:h2:file:" + data + "/trustledger;DB_CLOSE_ON_EXIT=FALSE")) {
            StoreDurability durability = app.getBean(StoreDurability.class);
            assertThat(durability.survives()).isEqualTo(Survives.NOT_A_PROCESS_CRASH);
            assertThat(durability.settings()).containsEntry("WRITE_DELAY", "500");
            assertThat(durability.warnings()).singleElement().asString().contains("WRITE_DELAY=500");
        }
    }

    @Test
    void postgresql_withFsyncAndSynchronousCommit_survivesAPowerLoss() throws IOException {
        // PostgreSQL's own defaults; the embedded server of the other tests turns both off for speed.
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .start();
                var app = start(
                        "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres")) {
            StoreDurability durability = app.getBean(StoreDurability.class);
            assertThat(durability.survives()).isEqualTo(Survives.POWER_LOSS);
            assertThat(durability.settings()).containsEntry("fsync", "on").containsEntry("synchronous_commit", "on");
            assertThat(durability.warnings()).isEmpty();
        }
    }

    @Test
    void postgresql_withoutFsyncOrSynchronousCommit_isNamedWithWhatItLoses() {
        try (var app = start(
                "--spring.datasource.url=" + TestDatabases.url(TestDatabases.Kind.POSTGRESQL),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres")) {
            StoreDurability durability = app.getBean(StoreDurability.class);
            assertThat(durability.survives()).isEqualTo(Survives.PROCESS_CRASH);
            assertThat(durability.warnings())
                    .anySatisfy(w -> assertThat(w).startsWith("fsync=off").contains("power loss"))
                    .anySatisfy(w -> assertThat(w).startsWith("synchronous_commit=off"));
        }
    }

    private static ConfigurableApplicationContext start(String... settings) {
        String[] args = new String[settings.length + 3];
        args[0] = "--server.port=0";
        args[1] = "--trustledger.admin.username=owner";
        args[2] = "--trustledger.admin.password=durability test";
        System.arraycopy(settings, 0, args, 3, settings.length);
        return SpringApplication.run(TrustLedgerApplication.class, args);
    }
}
