package org.trustledger.bootstrap.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;

/**
 * Opens a backup zip as an H2 database of its own, in a private directory, and compares each of its stored events —
 * payload, metadata with the seal, and every other column — with the live store up to the backup's last global index:
 * a backup is only reported as good once it has been read back and found equal.
 */
final class BackupVerification {
    private static final String EVENTS = "SELECT global_index, event_identifier, aggregate_identifier, sequence_number,"
            + " type, time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry";

    /** What reading the backup back found: the events it holds and its last global index, or what differs. */
    record Result(boolean verified, long events, long lastGlobalIndex, String problem) {
        static Result failed(String problem) {
            return new Result(false, 0, 0, problem);
        }
    }

    private BackupVerification() {}

    /**
     * Unpacks the zip into a new private directory under {@code workDir}, opens it with the live database's own
     * credentials (a backup keeps its users), compares, and removes the directory.
     */
    static Result verify(Path zip, DataSource live, Path workDir, String user, String password) throws IOException {
        Path directory = Files.createTempDirectory(workDir, ".verify-", OwnerOnly.DIRECTORY);
        try {
            try {
                if (!unzip(zip, directory)) {
                    return Result.failed("the zip holds no trustledger.mv.db");
                }
            } catch (IOException e) {
                return Result.failed("the zip cannot be read: " + e.getMessage());
            }
            String url = "jdbc:h2:file:" + directory.resolve("trustledger") + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
            try (Connection backup = DriverManager.getConnection(url, user, password);
                    Connection current = live.getConnection()) {
                return compare(backup, current);
            } catch (SQLException e) {
                return Result.failed("the backup cannot be read as a database: " + e.getMessage());
            }
        } finally {
            deleteTree(directory);
        }
    }

    private static Result compare(Connection backup, Connection live) throws SQLException {
        long last;
        try (Statement statement = backup.createStatement();
                ResultSet max =
                        statement.executeQuery("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry")) {
            max.next();
            last = max.getLong(1);
        }
        long events = 0;
        try (Statement fromBackup = backup.createStatement();
                ResultSet copied = fromBackup.executeQuery(EVENTS + " ORDER BY global_index");
                PreparedStatement fromLive =
                        live.prepareStatement(EVENTS + " WHERE global_index <= ? ORDER BY global_index")) {
            fromLive.setLong(1, last);
            try (ResultSet stored = fromLive.executeQuery()) {
                int columns = copied.getMetaData().getColumnCount();
                while (true) {
                    boolean more = copied.next();
                    boolean moreLive = stored.next();
                    if (!more && !moreLive) {
                        return new Result(true, events, last, null);
                    }
                    if (!more) {
                        return Result.failed("the backup lacks the event at global index " + stored.getLong(1));
                    }
                    if (!moreLive) {
                        return Result.failed(
                                "the backup holds an event the live store lacks, at global index " + copied.getLong(1));
                    }
                    if (copied.getLong(1) != stored.getLong(1)) {
                        long missing = Math.min(copied.getLong(1), stored.getLong(1));
                        return Result.failed("the backup and the live store differ in which events they hold, from"
                                + " global index " + missing);
                    }
                    for (int c = 2; c <= columns; c++) {
                        if (!equal(copied.getBytes(c), stored.getBytes(c))) {
                            return Result.failed("the event at global index " + copied.getLong(1) + " differs in "
                                    + copied.getMetaData().getColumnName(c).toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                    events++;
                }
            }
        }
    }

    private static boolean equal(byte[] a, byte[] b) {
        return a == null || b == null ? Objects.equals(a, b) : Arrays.equals(a, b);
    }

    private static boolean unzip(Path zip, Path directory) throws IOException {
        boolean database = false;
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path target = directory.resolve(entry.getName()).normalize();
                if (!target.getParent().equals(directory)) {
                    throw new IOException("the zip names a file outside its directory: " + entry.getName());
                }
                database |= target.getFileName().toString().equals("trustledger.mv.db");
                try (OutputStream out = Files.newOutputStream(Files.createFile(target, OwnerOnly.FILE))) {
                    entries.transferTo(out);
                }
            }
        }
        return database;
    }

    private static void deleteTree(Path directory) throws IOException {
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
