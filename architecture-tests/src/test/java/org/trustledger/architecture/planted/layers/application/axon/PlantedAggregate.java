package org.trustledger.architecture.planted.layers.application.axon;

import org.trustledger.architecture.planted.layers.application.port.out.PlantedRepository;

/** Legal: the aggregate writes through an out-port. */
public class PlantedAggregate {
    PlantedRepository repository;
}
