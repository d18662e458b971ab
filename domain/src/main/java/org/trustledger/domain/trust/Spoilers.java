package org.trustledger.domain.trust;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The troubles and short payments that can spoil an accepted job, ordered by when they happened, answering "which of
 * those that happened in this window did the ledger learn of first" in logarithmic time rather than by a scan.
 */
final class Spoilers {
    private final List<Spoiler> byHappened = new ArrayList<>();
    private Instant[] happened;
    /** A segment tree over {@code byHappened}: the earliest {@code knownAt} in each range. */
    private Instant[] earliestKnown;

    /** Something that spoils an accepted job: when it happened, and from when the ledger knew of it. */
    private record Spoiler(Instant happenedAt, Instant knownAt) {}

    void add(Instant happenedAt, Instant knownAt) {
        byHappened.add(new Spoiler(happenedAt, knownAt));
        happened = null;
    }

    /** The earliest moment the ledger knew of a spoiler that happened from {@code start} to {@code end}, both included. */
    Instant firstKnownBetween(Instant start, Instant end) {
        if (happened == null) {
            index();
        }
        int lo = firstNotBefore(start);
        int hi = firstAfter(end);
        Instant earliest = null;
        int size = happened.length;
        for (lo += size, hi += size; lo < hi; lo >>= 1, hi >>= 1) {
            if ((lo & 1) == 1) {
                earliest = earlier(earliest, earliestKnown[lo++]);
            }
            if ((hi & 1) == 1) {
                earliest = earlier(earliest, earliestKnown[--hi]);
            }
        }
        return earliest;
    }

    private void index() {
        // Histories arrive nearly in order, which the list sort handles in about linear time.
        byHappened.sort(Comparator.comparing(Spoiler::happenedAt));
        int size = byHappened.size();
        happened = new Instant[size];
        earliestKnown = new Instant[2 * size];
        for (int i = 0; i < size; i++) {
            happened[i] = byHappened.get(i).happenedAt();
            earliestKnown[size + i] = byHappened.get(i).knownAt();
        }
        for (int i = size - 1; i > 0; i--) {
            earliestKnown[i] = earlier(earliestKnown[2 * i], earliestKnown[2 * i + 1]);
        }
    }

    private int firstNotBefore(Instant t) {
        int lo = 0;
        int hi = happened.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (happened[mid].isBefore(t)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstAfter(Instant t) {
        int lo = 0;
        int hi = happened.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (happened[mid].isAfter(t)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isBefore(a) ? a : b;
    }
}
