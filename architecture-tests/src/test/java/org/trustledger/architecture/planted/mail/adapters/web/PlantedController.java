package org.trustledger.architecture.planted.mail.adapters.web;

/** The web adapter. */
public class PlantedController {}
