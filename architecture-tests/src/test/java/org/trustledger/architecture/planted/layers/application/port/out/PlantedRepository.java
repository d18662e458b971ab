package org.trustledger.architecture.planted.layers.application.port.out;

import org.trustledger.architecture.planted.layers.domain.PlantedValue;

/** Legal: an out-port. */
public interface PlantedRepository {
    void save(PlantedValue value);
}
