package org.trustledger.architecture.planted.adapters.application.service;

import org.trustledger.architecture.planted.adapters.application.port.in.PlantedQuery;

/** A service. */
public class PlantedQueryService implements PlantedQuery {}
