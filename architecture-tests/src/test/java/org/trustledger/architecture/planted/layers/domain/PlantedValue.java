package org.trustledger.architecture.planted.layers.domain;

/** Legal: a domain value. */
public record PlantedValue(String value) {}
