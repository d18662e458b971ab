package org.trustledger.architecture.planted.adapters.adapters.fax;

import org.trustledger.architecture.planted.adapters.adapters.common.SharedTexts;
import org.trustledger.architecture.planted.adapters.application.port.in.PlantedQuery;
import org.trustledger.architecture.planted.adapters.application.port.out.PlantedStore;

/** Legal: a new adapter calls an in-port, implements an out-port and uses the shared adapters.common. */
public class FaxUsingPortAndCommon {
    PlantedQuery query;
    PlantedStore store;
    SharedTexts texts;
}
