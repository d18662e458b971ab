package org.trustledger.architecture.planted.mail.adapters.mail;

/** The mail adapter's reading of a mailbox. */
public class PlantedMailbox {}
