package org.trustledger.architecture.planted.layers.application.port.in;

import org.trustledger.architecture.planted.layers.application.port.out.PlantedRepository;

/** Violation: an in-port exposes an out-port. */
public interface InPortLeakingOutPort {
    PlantedRepository repository();
}
