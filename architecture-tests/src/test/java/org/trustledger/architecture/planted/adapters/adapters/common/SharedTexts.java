package org.trustledger.architecture.planted.adapters.adapters.common;

/** What every adapter may share. */
public class SharedTexts {}
