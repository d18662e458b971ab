package org.trustledger.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.screening.Match;
import org.trustledger.domain.screening.ScreeningResult;

/** Staff reading the contact log, following new contacts as they arrive on any node, and managers purging it. */
public interface ContactLogUseCase {

    /** The newest contacts first, at most {@code limit}. */
    List<LoggedContact> recent(int limit);

    Optional<LoggedContact> find(ContactKey key);

    /** Notes who took the contact and the party its request was recorded on; empty when it is not logged. */
    Optional<LoggedContact> taken(ContactKey key, String takenBy, PartyId recordedOn);

    /** Forgets the contacts logged longer ago than the retention, counted back from {@code now}; how many. */
    PurgedContacts purge(Instant now);

    /** Hears each contact logged on any node from now on, with its screening, until the handle is closed. */
    AutoCloseable follow(Consumer<ScreenedContact> listener);

    /** A logged contact with what screening said of it (null when there was nothing to screen). */
    record ScreenedContact(LoggedContact contact, ScreeningResult result) {

        /** The party screening took to be the sender's own; otherwise the best match, which staff should see too. */
        public static Match bestMatch(ScreeningResult result) {
            return result == null
                    ? null
                    : result.requester()
                            .orElse(
                                    result.matches().isEmpty()
                                            ? null
                                            : result.matches().getFirst());
        }
    }
}
