package org.trustledger.architecture.planted.adapters.adapters.fax;

import org.trustledger.architecture.planted.adapters.application.service.PlantedQueryService;

/** Violation: a new adapter calls a service instead of an in-port. */
public class FaxCallingService {
    PlantedQueryService service;
}
