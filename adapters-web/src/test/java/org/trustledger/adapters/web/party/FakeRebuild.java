package org.trustledger.adapters.web.party;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.trustledger.application.port.in.ReadModelRebuild;
import org.trustledger.application.port.in.RebuildProgress;
import org.trustledger.application.port.in.RebuildRunningException;

/** Rebuilds that start and stay running until {@link #finishAll}, so a second start meets the first. */
public final class FakeRebuild implements ReadModelRebuild {
    private final Map<UUID, RebuildProgress> runs = new LinkedHashMap<>();
    private RebuildProgress latest;

    @Override
    public synchronized RebuildProgress start(String requestedBy) {
        if (latest != null && latest.state() == RebuildProgress.State.RUNNING) {
            throw new RebuildRunningException("a rebuild of the read models is running (" + latest.id() + ")");
        }
        latest = RebuildProgress.started(UUID.randomUUID(), requestedBy, 1_000, PartyApiTestConfiguration.NOW);
        runs.put(latest.id(), latest);
        return latest;
    }

    public synchronized void finishAll() {
        if (latest != null && latest.state() == RebuildProgress.State.RUNNING) {
            latest = latest.replayed(1_000, PartyApiTestConfiguration.NOW.plusSeconds(10))
                    .succeeded(PartyApiTestConfiguration.NOW.plusSeconds(10));
            runs.put(latest.id(), latest);
        }
    }

    public synchronized void forget() {
        runs.clear();
        latest = null;
    }

    @Override
    public synchronized Optional<RebuildProgress> find(UUID id) {
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public synchronized Optional<RebuildProgress> latest() {
        return Optional.ofNullable(latest);
    }
}
