package org.trustledger.adapters.persistence.readmodel;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The names of the read-model tables one set of JDBC adapters writes and reads: the live ones, or the tables a rebuild
 * fills beside them before they are swapped in. Names go into SQL text, so only plain lower-case identifiers pass.
 */
public record ReadModelTables(String partyView, String identityKey, String trustView) {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /** The tables staff read and every command writes. */
    public static final ReadModelTables LIVE = new ReadModelTables("party_view", "party_identity_key", "trust_view");

    /** The tables a rebuild fills while the live ones keep serving. */
    public static final ReadModelTables REBUILD =
            new ReadModelTables("party_view_rebuild", "party_identity_key_rebuild", "trust_view_rebuild");

    public ReadModelTables {
        for (String name : List.of(partyView, identityKey, trustView)) {
            Objects.requireNonNull(name, "table name");
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain table name: " + name);
            }
        }
    }

    /** Every table, in the order writers touch them: a lock taken in this order cannot wait on a writer in a cycle. */
    public List<String> all() {
        return List.of(partyView, identityKey, trustView);
    }
}
