package org.trustledger.architecture.planted.adapters.adapters.web;

import org.trustledger.architecture.planted.adapters.application.axon.PlantedProjection;

/** Violation: the web adapter uses the Axon side of the application. */
public class WebUsingProjection {
    PlantedProjection projection;
}
