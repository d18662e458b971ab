package org.trustledger.architecture.planted.layers.application.port.in;

import org.trustledger.architecture.planted.layers.domain.PlantedValue;

/** Legal: an in-port speaks in domain types. */
public interface PlantedUseCase {
    PlantedValue find(String id);
}
