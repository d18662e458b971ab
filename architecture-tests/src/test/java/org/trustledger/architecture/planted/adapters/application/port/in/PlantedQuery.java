package org.trustledger.architecture.planted.adapters.application.port.in;

/** An in-port. */
public interface PlantedQuery {}
