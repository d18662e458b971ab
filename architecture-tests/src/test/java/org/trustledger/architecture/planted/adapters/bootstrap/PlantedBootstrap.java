package org.trustledger.architecture.planted.adapters.bootstrap;

/** Bootstrap. */
public class PlantedBootstrap {}
