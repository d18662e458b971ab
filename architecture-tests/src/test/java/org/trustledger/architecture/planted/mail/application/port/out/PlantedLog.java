package org.trustledger.architecture.planted.mail.application.port.out;

/** An out-port. */
public interface PlantedLog {}
