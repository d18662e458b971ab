package org.trustledger.architecture.planted.adapters.adapters.web;

import org.trustledger.architecture.planted.adapters.bootstrap.PlantedBootstrap;

/** Violation: an adapter sees bootstrap. */
public class WebUsingBootstrap {
    PlantedBootstrap bootstrap;
}
