package org.trustledger.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.trustledger.bootstrap.TrustLedgerProperties;

/**
 * Backups are deleted once older than their retention, by the time they were taken, and each deletion is logged; the
 * newest verified backup stays whatever its age, and files the product did not write are left alone.
 */
@ExtendWith(OutputCaptureExtension.class)
class BackupRetentionTest {
    private static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void backupsOlderThanTheRetention_areDeleted_andTheYoungerOnesStay(CapturedOutput output) throws IOException {
        Path old = backup("20260220-020000-000.zip");
        Path oldFailed = backup("20260221-020000-000.zip.failed");
        Path oldUnfinished = backup("20260222-020000-000.zip.unverified");
        Path justInside = backup("20260302-020000-001.zip");
        Path recent = backup("20260331-020000-000.zip");
        // A file's times say nothing: copied or touched, a backup is as old as its name says.
        Files.setLastModifiedTime(old, FileTime.from(NOW));

        List<Path> deleted = retention(NOW, null).run();

        assertThat(deleted).containsExactlyInAnyOrder(old, oldFailed, oldUnfinished);
        assertThat(files()).containsExactlyInAnyOrder(justInside, recent);
        assertThat(output.getOut())
                .contains("Deleted the backup " + old + ", taken 2026-02-20T02:00:00Z, past the retention of 30 days");
    }

    @Test
    void theNewestVerifiedBackup_staysWhateverItsAge_evenWithANewerFailedOne(CapturedOutput output) throws IOException {
        Path older = backup("20260101-020000-000.zip");
        Path newestVerified = backup("20260102-020000-000.zip");
        Path newerFailed = backup("20260103-020000-000.zip.failed");

        assertThat(retention(NOW, null).run()).containsExactlyInAnyOrder(older, newerFailed);
        assertThat(files()).containsExactly(newestVerified);
        assertThat(output.getOut()).contains("Kept the backup " + newestVerified);

        // Taken again later, the old one goes too once the new one is verified.
        Path next = backup("20260401-010000-000.zip");
        assertThat(retention(NOW.plus(Duration.ofHours(1)), null).run()).containsExactly(newestVerified);
        assertThat(files()).containsExactly(next);
    }

    @Test
    void theRetentionIsASetting_andFilesNamedOtherwiseAreTheOperators() throws IOException {
        Path yesterday = backup("20260331-010000-000.zip");
        Path today = backup("20260401-010000-000.zip");
        Path operators = backup("before-the-upgrade.zip");
        Path malformed = backup("trustledger-20261399-020000-000.zip");

        assertThat(retention(NOW, Duration.ofHours(12)).run()).containsExactly(yesterday);
        assertThat(files()).containsExactlyInAnyOrder(today, operators, malformed);
    }

    @Test
    void withoutABackupsDirectory_nothingHappens() {
        assertThat(retention(NOW, null).run()).isEmpty();
        assertThat(dataDir.resolve("backups")).doesNotExist();
    }

    private BackupRetention retention(Instant now, Duration retention) {
        return new BackupRetention(
                new TrustLedgerProperties(dataDir, null),
                new BackupProperties(retention),
                new ThreadPoolTaskScheduler(),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private Path backup(String name) throws IOException {
        Path directory = Files.createDirectories(dataDir.resolve("backups"));
        String file = name.startsWith("before") || name.startsWith("trustledger-") ? name : "trustledger-" + name;
        return Files.writeString(directory.resolve(file), "a backup").toAbsolutePath();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("backups"))) {
            return files.map(Path::toAbsolutePath).toList();
        }
    }
}
