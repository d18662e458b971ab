package org.trustledger.architecture.planted.layers.adapters.persistence;

import org.trustledger.architecture.planted.layers.adapters.web.PlantedController;

/** Violation: one adapter uses another. */
public class RepositoryCallingController {
    PlantedController controller;
}
