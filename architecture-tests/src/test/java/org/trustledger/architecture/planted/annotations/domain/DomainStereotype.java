package org.trustledger.architecture.planted.annotations.domain;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.springframework.stereotype.Component;

/** Violation: our own annotation carrying a Spring one. */
@Retention(RetentionPolicy.RUNTIME)
@Component
public @interface DomainStereotype {}
