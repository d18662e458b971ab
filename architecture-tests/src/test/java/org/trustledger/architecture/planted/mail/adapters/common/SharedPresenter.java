package org.trustledger.architecture.planted.mail.adapters.common;

/** What every adapter may share. */
public class SharedPresenter {}
