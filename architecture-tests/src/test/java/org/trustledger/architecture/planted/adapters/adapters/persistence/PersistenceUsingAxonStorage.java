package org.trustledger.architecture.planted.adapters.adapters.persistence;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.trustledger.architecture.planted.adapters.application.port.out.PlantedStore;

/** Legal: the persistence adapter configures Axon's storage engine and implements an out-port. */
public class PersistenceUsingAxonStorage implements PlantedStore {
    EventStorageEngine engine;
}
