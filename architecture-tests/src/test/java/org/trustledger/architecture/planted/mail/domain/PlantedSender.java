package org.trustledger.architecture.planted.mail.domain;

/** A domain value. */
public record PlantedSender(String address) {}
