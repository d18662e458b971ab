package org.trustledger.bootstrap.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Forces the embedded database's file to the disk after every commit, before the commit returns to the code that
 * answers the request. H2 with {@code WRITE_DELAY=0} writes each commit to its file but never asks the operating system
 * to put it on the disk (only at close), so without this a power loss can take acknowledged writes.
 *
 * <p>An {@code fsync} of the file flushes every write made to it, by whichever handle: H2's own writes are on the disk
 * once it returns. Concurrent commits share the disk's flushes, so the cost per write falls as writers are added.
 */
final class CommitSync implements TransactionExecutionListener, AutoCloseable {
    private final Path file;
    private final AtomicLong syncs = new AtomicLong();
    private FileChannel channel;
    private Object fileKey;

    CommitSync(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (commitFailure == null && transaction.isNewTransaction()) {
            sync();
        }
    }

    /** How many times the file was forced to disk; for tests and metrics. */
    long syncs() {
        return syncs.get();
    }

    void sync() {
        try {
            force();
            syncs.incrementAndGet();
        } catch (IOException e) {
            // The commit is done but not known to be on the disk: the request must not be answered as durable.
            throw new UncheckedIOException("could not force " + file + " to the disk", e);
        }
    }

    private synchronized FileChannel channel() throws IOException {
        // H2 may replace its file (a compaction at close and reopen): a handle on the old file would flush nothing.
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        if (channel == null || key == null || !key.equals(fileKey)) {
            if (channel != null) {
                channel.close();
            }
            // Opened for writing because some systems flush only through a handle that may write; nothing is written.
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
            fileKey = key;
        }
        return channel;
    }

    private void force() throws IOException {
        try {
            channel().force(true);
        } catch (ClosedChannelException replacedMeanwhile) {
            channel().force(true);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
