package org.trustledger.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trustledger.application.port.in.IntegrityCheck.Checkpoint;
import org.trustledger.application.port.in.IntegrityCheck.KeptCheckpoint;
import org.trustledger.application.port.out.LedgerCheckpoints.Head;
import org.trustledger.domain.party.PartyId;

/** A chain of checkpoints verifies only as written: each one's content and its link to the one before. */
class CheckpointHashesTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final PartyId ACME = new PartyId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private static final PartyId BETA = new PartyId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));

    @Test
    void givenAChainAsWritten_whenVerified_thenValid_andAKeptCheckpointIsFound() {
        var chain = chain();
        var verifier =
                verify(chain, new KeptCheckpoint(2, chain.get(1).checkpoint.hash()));

        assertThat(verifier.firstBroken()).isNull();
        assertThat(verifier.latest()).isEqualTo(chain.get(2).checkpoint);
        assertThat(verifier.keptFound()).isTrue();
    }

    @Test
    void givenAHeadChangedInACheckpoint_whenVerified_thenThatCheckpointIsTheFirstBroken() {
        var chain = chain();
        var changed = new Link(chain.get(1).checkpoint, List.of(new Head(2, ACME, 4, "e".repeat(64))));

        var verifier = verify(List.of(chain.get(0), changed, chain.get(2)), null);

        assertThat(verifier.firstBroken()).isEqualTo(2);
    }

    @Test
    void givenACheckpointRemovedFromTheMiddle_whenVerified_thenTheOneAfterItIsTheFirstBroken() {
        var chain = chain();

        var verifier = verify(
                List.of(chain.get(0), chain.get(2)),
                new KeptCheckpoint(2, chain.get(1).checkpoint.hash()));

        assertThat(verifier.firstBroken()).isEqualTo(3);
        assertThat(verifier.keptFound()).isFalse();
    }

    @Test
    void theOrderHeadsComeBackIn_neverChangesTheHash() {
        List<Head> heads = List.of(new Head(1, ACME, 3, "a".repeat(64)), new Head(1, BETA, 1, null));

        assertThat(CheckpointHashes.hash(1, T0, 5, "", heads))
                .isEqualTo(CheckpointHashes.hash(1, T0, 5, "", heads.reversed()))
                .isNotEqualTo(CheckpointHashes.hash(1, T0, 6, "", heads));
    }

    private record Link(Checkpoint checkpoint, List<Head> heads) {}

    private static List<Link> chain() {
        List<List<Head>> heads = List.of(
                List.of(new Head(1, ACME, 3, "a".repeat(64)), new Head(1, BETA, 1, null)),
                List.of(new Head(2, ACME, 4, "b".repeat(64))),
                List.of());
        String previous = "";
        java.util.ArrayList<Link> links = new java.util.ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            long number = i + 1;
            Instant at = T0.plusSeconds(60L * i);
            String hash = CheckpointHashes.hash(number, at, 10L * number, previous, heads.get(i));
            links.add(new Link(
                    new Checkpoint(number, at, 10L * number, heads.get(i).size(), previous, hash), heads.get(i)));
            previous = hash;
        }
        return links;
    }

    private static CheckpointHashes.Verifier verify(List<Link> chain, KeptCheckpoint kept) {
        var verifier = new CheckpointHashes.Verifier(kept);
        chain.forEach(link -> verifier.accept(link.checkpoint, link.heads));
        return verifier;
    }
}
