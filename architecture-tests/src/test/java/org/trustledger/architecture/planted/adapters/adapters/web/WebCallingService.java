package org.trustledger.architecture.planted.adapters.adapters.web;

import org.trustledger.architecture.planted.adapters.application.service.PlantedQueryService;

/** Violation: the web adapter calls a service. */
public class WebCallingService {
    PlantedQueryService service;
}
