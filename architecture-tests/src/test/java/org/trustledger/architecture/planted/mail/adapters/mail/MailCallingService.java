package org.trustledger.architecture.planted.mail.adapters.mail;

import org.trustledger.architecture.planted.mail.application.service.PlantedIntakeService;

/** Violation: the mail adapter reaches a service, not its in-port. */
public class MailCallingService {
    PlantedIntakeService service;
}
