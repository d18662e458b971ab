package org.trustledger.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.trustledger.application.port.in.IntegrityCheck.Checkpoint;
import org.trustledger.application.port.in.IntegrityCheck.KeptCheckpoint;
import org.trustledger.application.port.out.LedgerCheckpoints.Head;

/** How a checkpoint is hashed: over its number, time, global index, heads and the previous checkpoint's hash. */
final class CheckpointHashes {
    private CheckpointHashes() {}

    static String hash(long number, Instant createdAt, long globalIndex, String previousHash, List<Head> heads) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(number).append('\n');
        canonical.append(createdAt).append('\n');
        canonical.append(globalIndex).append('\n');
        canonical.append(previousHash).append('\n');
        // Sorted, so that the order rows come back in never changes the hash.
        heads.stream()
                .sorted(Comparator.comparing(h -> h.partyId().toString()))
                .forEach(h -> canonical
                        .append(h.partyId())
                        .append(' ')
                        .append(h.sequence())
                        .append(' ')
                        .append(h.seal() == null ? "-" : h.seal())
                        .append('\n'));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hash(Checkpoint checkpoint, List<Head> heads) {
        return hash(
                checkpoint.number(),
                checkpoint.createdAt(),
                checkpoint.globalIndex(),
                checkpoint.previousHash(),
                heads);
    }

    /** Walks the chain oldest first: each checkpoint must follow the one before and match its own content. */
    static final class Verifier {
        private final KeptCheckpoint kept;
        private Checkpoint latest;
        private Long firstBroken;
        private boolean keptFound;

        Verifier(KeptCheckpoint kept) {
            this.kept = kept;
        }

        void accept(Checkpoint checkpoint, List<Head> heads) {
            boolean follows = latest == null
                    ? checkpoint.number() == 1 && checkpoint.previousHash().isEmpty()
                    : checkpoint.number() == latest.number() + 1
                            && checkpoint.previousHash().equals(latest.hash());
            boolean matches = checkpoint.hash().equals(hash(checkpoint, heads)) && checkpoint.parties() == heads.size();
            if (firstBroken == null && !(follows && matches)) {
                firstBroken = checkpoint.number();
            }
            if (kept != null
                    && kept.number() == checkpoint.number()
                    && kept.hash().equalsIgnoreCase(checkpoint.hash())) {
                keptFound = true;
            }
            latest = checkpoint;
        }

        Checkpoint latest() {
            return latest;
        }

        Long firstBroken() {
            return firstBroken;
        }

        boolean keptFound() {
            return keptFound;
        }
    }
}
