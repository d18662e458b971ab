package org.trustledger.architecture.planted.layers.adapters.persistence;

import org.trustledger.architecture.planted.layers.application.port.out.PlantedRepository;
import org.trustledger.architecture.planted.layers.domain.PlantedValue;

/** Legal: a persistence adapter implements an out-port. */
public class PlantedRepositoryAdapter implements PlantedRepository {
    @Override
    public void save(PlantedValue value) {}
}
