package org.trustledger.architecture.planted.adapters.adapters.persistence;

import org.trustledger.architecture.planted.adapters.adapters.web.WebUsingPort;

/** Violation: one adapter uses another. */
public class PersistenceUsingWeb {
    WebUsingPort web;
}
