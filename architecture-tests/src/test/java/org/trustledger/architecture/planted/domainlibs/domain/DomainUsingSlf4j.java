package org.trustledger.architecture.planted.domainlibs.domain;

import org.slf4j.Logger;

/** Violation: logging is a library the domain does not allow. */
public class DomainUsingSlf4j {
    Logger log;
}
