package org.trustledger.architecture.planted.mail.application.port.in;

/** An in-port. */
public interface PlantedIntake {}
