package org.trustledger.architecture.planted.mail.adapters.web;

import org.trustledger.architecture.planted.mail.adapters.mail.PlantedMailbox;

/** Violation: another adapter leans on the mail adapter. */
public class WebUsingMail {
    PlantedMailbox mailbox;
}
