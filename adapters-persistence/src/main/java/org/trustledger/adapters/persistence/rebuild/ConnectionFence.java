package org.trustledger.adapters.persistence.rebuild;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A gate every connection of this process passes: many at once, or one thread alone once all that were handed out are
 * back. On H2, whose renames are not transactional and which only this process opens, the swap of the read models
 * runs alone behind it, so no write can fall between its catch-up and its renames and no read can find a table gone.
 */
public final class ConnectionFence {
    /** More connections than any pool holds. */
    private static final int ALL = 1 << 20;

    private final Semaphore permits = new Semaphore(ALL, true);
    private final ThreadLocal<AtomicInteger> held = ThreadLocal.withInitial(AtomicInteger::new);
    private final Duration waitForSwap;
    private volatile Thread alone;

    /** @param waitForSwap how long a connection may wait for a swap before it is refused */
    public ConnectionFence(Duration waitForSwap) {
        this.waitForSwap = waitForSwap;
    }

    /**
     * Lets one connection through, waiting while a swap runs; answers what to run when it is closed. A thread that
     * already holds a connection, or runs the swap, passes at once: it would otherwise wait on itself.
     */
    Runnable pass() throws SQLException {
        if (Thread.currentThread() == alone) {
            return () -> {};
        }
        AtomicInteger mine = held.get();
        if (mine.get() > 0) {
            mine.incrementAndGet();
            return mine::decrementAndGet;
        }
        try {
            if (!permits.tryAcquire(1, waitForSwap.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SQLTransientConnectionException(
                        "the read models are being swapped in and the database waited too long for it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("interrupted while the read models were swapped in", e);
        }
        mine.incrementAndGet();
        return () -> {
            mine.decrementAndGet();
            permits.release();
        };
    }

    /**
     * Runs {@code work} once every connection handed out is back, handing out no other until it ends; the work's own
     * thread still gets connections. Fails when they are not all back in {@code timeout}.
     */
    public void alone(Duration timeout, Runnable work) {
        if (held.get().get() > 0) {
            throw new IllegalStateException(
                    "a thread holding a connection cannot wait for every connection to be back");
        }
        try {
            if (!permits.tryAcquire(ALL, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the database's connections were not all back within " + timeout
                        + " (a long transaction is running); nothing was swapped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to swap the read models in", e);
        }
        alone = Thread.currentThread();
        try {
            work.run();
        } finally {
            alone = null;
            permits.release(ALL);
        }
    }
}
