package org.trustledger.architecture.planted.mail.application.service;

import org.trustledger.architecture.planted.mail.application.port.in.PlantedIntake;

/** A service behind the in-port. */
public class PlantedIntakeService implements PlantedIntake {}
