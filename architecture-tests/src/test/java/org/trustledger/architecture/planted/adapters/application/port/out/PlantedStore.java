package org.trustledger.architecture.planted.adapters.application.port.out;

/** An out-port. */
public interface PlantedStore {}
