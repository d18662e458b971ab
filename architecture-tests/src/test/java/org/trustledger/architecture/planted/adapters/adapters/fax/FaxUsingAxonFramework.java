package org.trustledger.architecture.planted.adapters.adapters.fax;

import org.axonframework.commandhandling.gateway.CommandGateway;

/** Violation: an adapter other than persistence sends commands through Axon itself. */
public class FaxUsingAxonFramework {
    CommandGateway gateway;
}
