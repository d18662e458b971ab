package org.trustledger.architecture.planted.mappers.adapters.web;

import org.mapstruct.Mapper;

/** Legal: a mapper in an adapter. */
@Mapper
public interface PlantedWebMapper {
    String map(Integer value);
}
