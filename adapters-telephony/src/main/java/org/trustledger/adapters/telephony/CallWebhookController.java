package org.trustledger.adapters.telephony;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.trustledger.adapters.common.contact.ContactPresenter;
import org.trustledger.adapters.common.contact.ContactPresenter.ContactEntry;
import org.trustledger.adapters.telephony.CallBodies.CallNotification;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.IncomingContactUseCase;
import org.trustledger.application.port.in.IncomingContactUseCase.IncomingContact;
import org.trustledger.domain.party.Channel;

/**
 * Where the shop's phone system (a cloud PBX or a SIP gateway) reports each incoming call as it rings: the adapter
 * reads the caller's number and hands the call to the core's one flow of incoming contacts.
 */
@RestController
class CallWebhookController {
    private final IncomingContactUseCase incoming;
    private final ContactPresenter presenter;

    CallWebhookController(IncomingContactUseCase incoming, ContactPresenter presenter) {
        this.incoming = incoming;
        this.presenter = presenter;
    }

    @PostMapping(path = "/api/v1/telephony/calls", consumes = MediaType.APPLICATION_JSON_VALUE)
    ContactEntry ring(@Valid @RequestBody CallNotification notification) {
        CallerNumber caller = CallerNumber.read(notification.from());
        var received = incoming.receive(new IncomingContact(
                new ContactKey(Channel.PHONE, notification.callId()),
                notification.from(),
                notification.to(),
                notification.at(),
                caller.number(),
                caller.withheld()));
        return presenter.entry(received.contact());
    }
}
