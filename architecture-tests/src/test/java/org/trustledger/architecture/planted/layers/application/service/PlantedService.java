package org.trustledger.architecture.planted.layers.application.service;

import org.trustledger.architecture.planted.layers.application.axon.PlantedAggregate;
import org.trustledger.architecture.planted.layers.application.port.in.PlantedUseCase;
import org.trustledger.architecture.planted.layers.domain.PlantedValue;

/** Legal: a service implements an in-port and uses the aggregate. */
public class PlantedService implements PlantedUseCase {
    PlantedAggregate aggregate;

    @Override
    public PlantedValue find(String id) {
        return new PlantedValue(id);
    }
}
