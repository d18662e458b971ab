package org.trustledger.architecture.planted.appframeworks.application.axon;

import org.axonframework.commandhandling.CommandHandler;

/** Legal: Axon's messaging API. */
public class AxonMessagingAggregate {
    @CommandHandler
    void handle(String command) {}
}
