package org.trustledger.architecture.planted.mappers.domain;

import org.mapstruct.MapperConfig;

/** Violation: mapper configuration in the domain. */
@MapperConfig
public interface DomainMapperConfig {}
