package org.trustledger.architecture.planted.annotations.domain;

/** Violation: Spring reaches the domain through a meta-annotation. */
@DomainStereotype
public class MetaAnnotatedService {}
