package org.trustledger.architecture.planted.layers.bootstrap;

import org.trustledger.architecture.planted.layers.adapters.persistence.PlantedRepositoryAdapter;
import org.trustledger.architecture.planted.layers.adapters.web.PlantedController;
import org.trustledger.architecture.planted.layers.application.service.PlantedService;

/** Legal: bootstrap sees everything. */
public class PlantedWiring {
    PlantedService service;
    PlantedController controller;
    PlantedRepositoryAdapter repository;
}
