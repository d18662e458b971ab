package org.trustledger.adapters.persistence.eventstore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.application.port.out.PartySnapshots;
import org.trustledger.domain.party.PartyId;

/** The party snapshots Axon keeps in {@code snapshot_event_entry}. */
@Repository
class JdbcPartySnapshots implements PartySnapshots {
    private final JdbcClient jdbc;

    JdbcPartySnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void discard(PartyId party) {
        jdbc.sql("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = :party")
                .param("party", party.toString())
                .update();
    }
}
