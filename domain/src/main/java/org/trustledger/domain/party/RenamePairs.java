package org.trustledger.domain.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trustledger.domain.party.PartyCommand.RecordRename;
import org.trustledger.domain.party.PartyCommand.ReinstateRelationship;
import org.trustledger.domain.party.PartyCommand.ReviewLink;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;

/**
 * Keeps a confirmed rename and its original one business: what one of them is told about its relationship, the other
 * is told too, so that neither is served while the other is refused.
 */
public final class RenamePairs {
    private RenamePairs() {}

    /**
     * The commands that must follow a recorded command to keep the pairs it touches together.
     *
     * @param after the state of the command's party once it was recorded
     * @param partners the current state of each party in {@code after.sameBusiness()}; a party missing here is skipped
     */
    public static List<PartyCommand> followUps(
            PartyCommand command, PartyState after, Map<PartyId, PartyState> partners) {
        List<PartyCommand> next = new ArrayList<>();
        switch (command) {
            case ReviewLink c -> {
                if (c.confirmed()) {
                    next.add(new RecordRename(c.linkedParty(), c.partyId(), c.reason(), c.recordedAt()));
                }
            }
            case TerminateRelationship c -> {
                for (PartyState partner : partnersOf(after, partners)) {
                    if (!partner.terminated()) {
                        next.add(new TerminateRelationship(
                                partner.partyId(),
                                RelationshipCause.SAME_BUSINESS,
                                c.partyId(),
                                c.reason(),
                                c.recordedAt()));
                    }
                }
            }
            case ReinstateRelationship c -> {
                for (PartyState partner : partnersOf(after, partners)) {
                    if (partner.terminated()) {
                        next.add(new ReinstateRelationship(
                                partner.partyId(),
                                RelationshipCause.SAME_BUSINESS,
                                c.partyId(),
                                c.reason(),
                                c.recordedAt()));
                    }
                }
            }
            default -> {
                // Nothing else touches a relationship.
            }
        }
        return List.copyOf(next);
    }

    private static List<PartyState> partnersOf(PartyState after, Map<PartyId, PartyState> partners) {
        return after.sameBusiness().stream()
                .map(partners::get)
                .filter(p -> p != null && p.registered())
                .sorted((a, b) -> a.partyId().value().compareTo(b.partyId().value()))
                .toList();
    }
}
