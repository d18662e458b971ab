package org.trustledger.architecture.planted.annotations.domain;

import org.springframework.stereotype.Component;

/** Violation: a Spring stereotype on a domain class. */
@Component
public class SpringComponent {}
