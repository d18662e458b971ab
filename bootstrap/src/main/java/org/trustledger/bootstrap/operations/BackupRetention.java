package org.trustledger.bootstrap.operations;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.trustledger.bootstrap.TrustLedgerProperties;

/**
 * Deletes the backups older than their retention from the backups directory of the node that takes them, so that a
 * person's data erased since is gone from them too once the retention has run. A backup's age is the time in its name,
 * when it was taken, whatever its file's times say; files named otherwise are the operator's and stay. The newest
 * verified backup stays whatever its age: with backups no longer taken, it is the only one left to restore.
 */
@Component
class BackupRetention {
    private static final Logger LOG = LoggerFactory.getLogger(BackupRetention.class);
    private static final Duration INTERVAL = Duration.ofHours(1);
    private static final Pattern NAME =
            Pattern.compile("trustledger-(\\d{8}-\\d{6}-\\d{3})\\.zip(\\.failed|\\.unverified)?");

    private final TrustLedgerProperties properties;
    private final BackupProperties backups;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private Path keptPastRetention;

    BackupRetention(TrustLedgerProperties properties, BackupProperties backups, TaskScheduler scheduler, Clock clock) {
        this.properties = properties;
        this.backups = backups;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        scheduler.scheduleWithFixedDelay(this::run, clock.instant(), INTERVAL);
    }

    /** Deletes what is past the retention; answers what it deleted. */
    synchronized List<Path> run() {
        Path directory = DatabaseBackup.directory(properties);
        List<Path> deleted = new ArrayList<>();
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return deleted;
        }
        try {
            List<Backup> found = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "trustledger-*.zip*")) {
                for (Path file : files) {
                    backup(file).ifPresent(found::add);
                }
            }
            Optional<Backup> newestVerified =
                    found.stream().filter(Backup::verified).max(Comparator.comparing(Backup::takenAt));
            Instant cutoff = clock.instant().minus(backups.retention());
            for (Backup backup : found) {
                if (!backup.takenAt().isBefore(cutoff)) {
                    continue;
                }
                if (newestVerified.isPresent() && newestVerified.get().equals(backup)) {
                    if (!backup.file().equals(keptPastRetention)) {
                        keptPastRetention = backup.file();
                        LOG.warn(
                                "Kept the backup {}, taken {}, past the retention of {}: it is the newest verified"
                                        + " one; are backups still taken?",
                                backup.file(),
                                backup.takenAt(),
                                readable(backups.retention()));
                    }
                    continue;
                }
                if (Files.deleteIfExists(backup.file())) {
                    deleted.add(backup.file());
                    LOG.info(
                            "Deleted the backup {}, taken {}, past the retention of {}",
                            backup.file(),
                            backup.takenAt(),
                            readable(backups.retention()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The next round tries again.
            LOG.warn("Could not delete the backups past their retention in {}: {}", directory, e.toString());
        }
        return deleted;
    }

    private static String readable(Duration duration) {
        return duration.toSeconds() % 86_400 == 0 ? duration.toDays() + " days" : duration.toString();
    }

    private static Optional<Backup> backup(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches() || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Backup(file, DatabaseBackup.takenAt(name.group(1)), name.group(2) == null));
        } catch (DateTimeParseException notOurs) {
            return Optional.empty();
        }
    }

    /** A backup file: when it was taken, and whether it was verified ({@code .zip}, not failed nor unfinished). */
    private record Backup(Path file, Instant takenAt, boolean verified) {}
}
