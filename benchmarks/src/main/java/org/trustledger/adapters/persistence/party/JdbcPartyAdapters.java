package org.trustledger.adapters.persistence.party;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.application.port.out.PartyIdentityIndexWriter;
import org.trustledger.application.port.out.PartyViews;

/**
 * Builds the product's package-private JDBC party adapters for the benchmarks, which run them without Spring's
 * component scan; it lives in the adapters' package, in the benchmarks module, so the adapters stay package-private.
 */
public final class JdbcPartyAdapters {
    private JdbcPartyAdapters() {}

    /** The read model's writer; the identity-key index is written through {@link #identityIndexWriter}. */
    public static PartyViews partyViews(JdbcClient jdbc) {
        return new JdbcPartyViews(jdbc);
    }

    /** What the party projection files parties in the identity-key index with. */
    public static PartyIdentityIndexWriter identityIndexWriter(JdbcClient jdbc) {
        return new JdbcPartyIdentityIndex(jdbc);
    }

    /** The identity-key index that screening looks candidates up in. */
    public static PartyIdentityIndex identityIndex(JdbcClient jdbc) {
        return new JdbcPartyIdentityIndex(jdbc);
    }
}
