package org.trustledger.architecture.planted.adapters.adapters.web;

import org.trustledger.architecture.planted.adapters.application.port.in.PlantedQuery;

/** Legal: the web adapter calls an in-port. */
public class WebUsingPort {
    PlantedQuery query;
}
