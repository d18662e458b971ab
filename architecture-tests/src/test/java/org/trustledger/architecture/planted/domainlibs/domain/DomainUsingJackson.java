package org.trustledger.architecture.planted.domainlibs.domain;

import tools.jackson.databind.JsonNode;

/** Violation: Jackson in the domain. */
public class DomainUsingJackson {
    JsonNode json;
}
