package org.trustledger.architecture.planted.layers.adapters.web;

import org.trustledger.architecture.planted.layers.bootstrap.PlantedWiring;

/** Violation: an adapter sees bootstrap. */
public class ControllerReachingBootstrap {
    PlantedWiring wiring;
}
