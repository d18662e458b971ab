package org.trustledger.domain.screening;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.PartyId;

/**
 * One reason behind a screening verdict: its code, the verdict it calls for on its own, the key of its text, the
 * values the text needs, and the known parties it is about.
 */
public record ScreeningReason(
        ScreeningReasonCode code, Verdict effect, String messageKey, Map<String, Object> args, List<PartyId> parties) {

    public ScreeningReason {
        InvalidValueException.requireValue("code", code);
        InvalidValueException.requireValue("effect", effect);
        messageKey = InvalidValueException.requireText("messageKey", messageKey);
        InvalidValueException.requireValue("args", args);
        // Insertion order is kept so that the same screening always prints and serialises the same way.
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
        parties = List.copyOf(parties);
    }

    public static ScreeningReason of(
            ScreeningReasonCode code, Verdict effect, Map<String, Object> args, List<PartyId> parties) {
        return new ScreeningReason(code, effect, code.messageKey(), args, parties);
    }
}
