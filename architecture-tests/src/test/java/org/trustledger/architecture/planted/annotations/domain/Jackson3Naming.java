package org.trustledger.architecture.planted.annotations.domain;

import tools.jackson.databind.annotation.JsonNaming;

/** Violation: a Jackson 3 annotation. */
@JsonNaming
public class Jackson3Naming {}
