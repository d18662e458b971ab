package org.trustledger.application.port.in;

import java.util.Objects;
import org.trustledger.domain.party.Channel;

/** A contact's identity: the channel it came by and the id that channel gave it. */
public record ContactKey(Channel channel, String contactId) {
    public ContactKey {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(contactId, "contactId");
    }
}
