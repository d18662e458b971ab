package org.trustledger.architecture.planted.annotations.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Violation: a Jackson annotation on a record component. */
public record JacksonRecord(@JsonProperty("n") String name) {}
