package org.trustledger.domain.screening;

import java.util.Map;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.IdentityKeys;

/**
 * How many known parties the adapter's index files under each of the caller's index keys (see {@link IdentityKeys}),
 * so that evidence on a key many parties share — a call centre's number, a virtual-office address — counts less.
 *
 * @param partiesByKey parties per index key; a key not in the map is taken as shared by no one else
 */
public record KeyCounts(Map<String, Integer> partiesByKey) {
    /** No counts known: every key counts in full. */
    public static final KeyCounts NONE = new KeyCounts(Map.of());

    public KeyCounts {
        partiesByKey = Map.copyOf(InvalidValueException.requireValue("partiesByKey", partiesByKey));
        partiesByKey.forEach((key, count) -> {
            if (count < 0) {
                throw new InvalidValueException(
                        "partiesByKey", "a count of parties cannot be negative, got " + count + " for " + key);
            }
        });
    }

    /** The number of known parties filed under the key, 0 when unknown. */
    public int partiesUnder(String key) {
        return partiesByKey.getOrDefault(key, 0);
    }
}
