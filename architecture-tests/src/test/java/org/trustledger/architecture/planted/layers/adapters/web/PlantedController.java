package org.trustledger.architecture.planted.layers.adapters.web;

import org.trustledger.architecture.planted.layers.application.port.in.PlantedUseCase;

/** Legal: a controller calls an in-port. */
public class PlantedController {
    PlantedUseCase useCase;
}
