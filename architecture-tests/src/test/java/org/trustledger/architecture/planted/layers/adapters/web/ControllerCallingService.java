package org.trustledger.architecture.planted.layers.adapters.web;

import org.trustledger.architecture.planted.layers.application.service.PlantedService;

/** Violation: a controller calls a service directly. */
public class ControllerCallingService {
    PlantedService service;
}
