package org.trustledger.architecture.planted.layers.domain;

import org.trustledger.architecture.planted.layers.application.port.in.PlantedUseCase;

/** Violation: the domain reaches up into an in-port. */
public class DomainCallingAPort {
    PlantedUseCase useCase;
}
