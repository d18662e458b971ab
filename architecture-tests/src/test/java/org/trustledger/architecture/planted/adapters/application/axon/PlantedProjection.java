package org.trustledger.architecture.planted.adapters.application.axon;

/** A projection. */
public class PlantedProjection {}
