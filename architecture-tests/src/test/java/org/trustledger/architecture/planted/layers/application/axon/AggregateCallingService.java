package org.trustledger.architecture.planted.layers.application.axon;

import org.trustledger.architecture.planted.layers.application.service.PlantedService;

/** Violation: the Axon layer calls a service. */
public class AggregateCallingService {
    PlantedService service;
}
