package org.trustledger.architecture.planted.mail.bootstrap;

import org.trustledger.architecture.planted.mail.adapters.mail.MailUsingPortsCommonAndLibraries;

/** Legal: bootstrap wires the mail adapter. */
public class BootstrapWiringMail {
    MailUsingPortsCommonAndLibraries mail;
}
