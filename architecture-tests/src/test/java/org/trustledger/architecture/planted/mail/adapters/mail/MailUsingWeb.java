package org.trustledger.architecture.planted.mail.adapters.mail;

import org.trustledger.architecture.planted.mail.adapters.web.PlantedController;

/** Violation: the mail adapter uses another adapter. */
public class MailUsingWeb {
    PlantedController web;
}
