package org.trustledger.domain.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyIdentityHistory;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.screening.EvidenceGrader.Strength;
import org.trustledger.domain.trust.TerminatedLink;

/**
 * Which known parties are likely renames of terminated ones and so wait for a manager's review (PROVISIONAL), and
 * which reviews make sense. The grading is screening's: identifying evidence, or links of two independent kinds; a
 * single link never puts a party under review. Only the other party's own termination counts, never its links, so
 * links do not chain; a link a manager reviewed, confirmed or dismissed, no longer counts.
 */
public final class LinkRule {
    private final EvidenceGrader grader;

    public LinkRule(ScreeningSettings settings) {
        this.grader = new EvidenceGrader(settings);
    }

    /** The keys under which to look up the parties that could be linked with this one: its identity and callers. */
    public static Set<String> lookupKeys(PartyState party) {
        Set<String> keys = new LinkedHashSet<>(party.details().identity().indexKeys());
        for (PersonName caller : party.callers()) {
            keys.addAll(caller.key().callerIndexKeys());
        }
        return keys;
    }

    /**
     * The terminated parties among {@code others} that {@code party} is likely the same business as, and no manager
     * has reviewed the link with; none for a party that is terminated itself.
     *
     * @param others the parties sharing a lookup key with {@code party}, as of the same moment
     */
    public List<TerminatedLink> unreviewedLinks(PartyState party, Collection<PartyState> others, KeyCounts keyCounts) {
        if (!party.registered() || party.terminated()) {
            return List.of();
        }
        List<TerminatedLink> links = new ArrayList<>();
        for (PartyState other : others) {
            if (!other.registered()
                    || !other.terminated()
                    || other.partyId().equals(party.partyId())
                    || party.reviewedLinks().contains(other.partyId())) {
                continue;
            }
            List<IdentityEvidence> evidence = shared(party, other, keyCounts);
            if (EvidenceGrader.strength(evidence) == Strength.LIKELY) {
                links.add(new TerminatedLink(
                        other.partyId(), other.details().name().value(), evidence));
            }
        }
        links.sort((a, b) -> a.partyId().value().compareTo(b.partyId().value()));
        return List.copyOf(links);
    }

    /**
     * Checks that a manager's review of the link between {@code party} and {@code linked} makes sense: the linked party
     * exists, is terminated and shares evidence with the party; reviewing a link twice the decider refuses itself.
     *
     * @param linked the linked party's state, or null when no such party is registered
     * @throws HistoryConflictException when there is no such link to review
     */
    public void checkReview(PartyState party, PartyId linkedParty, PartyState linked) {
        if (linked == null || !linked.registered()) {
            throw new HistoryConflictException(
                    "no party " + linkedParty + " is registered; a link can only be reviewed with a known party",
                    "error.link.unknownParty",
                    Map.of("partyId", String.valueOf(linkedParty)));
        }
        String name = linked.details().name().value();
        if (!linked.terminated()) {
            throw new HistoryConflictException(
                    "party " + linkedParty + " (" + name
                            + ") is not terminated; only a suspected rename of a terminated party is reviewed",
                    "error.link.notTerminated",
                    Map.of("party", name));
        }
        if (shared(party, linked, KeyCounts.NONE).isEmpty()) {
            throw new HistoryConflictException(
                    "party " + party.partyId() + " shares no phone, address, bank account, representative, name or"
                            + " caller with party " + linkedParty + " (" + name + "); there is no link to review",
                    "error.link.nothingShared",
                    Map.of("party", name));
        }
    }

    private List<IdentityEvidence> shared(PartyState party, PartyState other, KeyCounts keyCounts) {
        // The other party's former details count as its current ones: moving away does not end a rename's link.
        return grader.compare(
                party.details().identity(),
                party.callers(),
                other.details().identity(),
                other.callers(),
                PartyIdentityHistory.of(other),
                keyCounts,
                List.of());
    }
}
