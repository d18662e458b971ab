package org.trustledger.architecture.planted.mappers.application.service;

import org.mapstruct.Mapper;

/** Violation: a mapper in the application. */
@Mapper
public interface ServiceMapper {
    String map(Integer value);
}
