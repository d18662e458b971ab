package org.trustledger.architecture.planted.appframeworks.application.port.in;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Violation: Jackson's annotations are Jackson too. */
public record PortUsingJacksonAnnotations(@JsonProperty("n") String name) {}
