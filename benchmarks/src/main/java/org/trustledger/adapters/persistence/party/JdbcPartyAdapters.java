package org.trustledger.adapters.persistence.party;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.application.port.out.PartyViews;

/**
 * Builds the product's package-private JDBC party adapters for the benchmarks, which run them without Spring's
 * component scan; it lives in the adapters' package, in the benchmarks module, so the adapters stay package-private.
 */
public final class JdbcPartyAdapters {
    private JdbcPartyAdapters() {}

    /** The read model's writer, whose {@code save} also keeps the identity-key index. */
    public static PartyViews partyViews(JdbcClient jdbc) {
        return new JdbcPartyViews(jdbc);
    }

    /** The identity-key index that screening looks candidates up in. */
    public static PartyIdentityIndex identityIndex(JdbcClient jdbc) {
        return new JdbcPartyIdentityIndex(jdbc);
    }
}
