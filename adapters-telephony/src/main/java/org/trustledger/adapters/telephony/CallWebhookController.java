package org.trustledger.adapters.telephony;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.trustledger.adapters.telephony.CallBodies.CallEntry;
import org.trustledger.adapters.telephony.CallBodies.CallNotification;

/** Where the shop's phone system (a cloud PBX or a SIP gateway) reports each incoming call as it rings. */
@RestController
class CallWebhookController {
    private final IncomingCalls incomingCalls;

    CallWebhookController(IncomingCalls incomingCalls) {
        this.incomingCalls = incomingCalls;
    }

    @PostMapping(path = "/api/v1/telephony/calls", consumes = MediaType.APPLICATION_JSON_VALUE)
    CallEntry ring(@Valid @RequestBody CallNotification notification) {
        return CallLogController.entry(incomingCalls.ring(notification));
    }
}
