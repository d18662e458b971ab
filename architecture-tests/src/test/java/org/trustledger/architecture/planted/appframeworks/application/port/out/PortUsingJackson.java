package org.trustledger.architecture.planted.appframeworks.application.port.out;

import tools.jackson.databind.JsonNode;

/** Violation: Jackson in an out-port. */
public interface PortUsingJackson {
    JsonNode load();
}
