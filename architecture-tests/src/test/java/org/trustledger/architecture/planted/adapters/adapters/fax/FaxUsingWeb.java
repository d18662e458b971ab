package org.trustledger.architecture.planted.adapters.adapters.fax;

import org.trustledger.architecture.planted.adapters.adapters.web.WebUsingPort;

/** Violation: a new adapter, named nowhere in the rules, uses another adapter. */
public class FaxUsingWeb {
    WebUsingPort web;
}
