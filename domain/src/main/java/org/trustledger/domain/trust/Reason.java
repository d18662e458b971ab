package org.trustledger.domain.trust;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustledger.domain.InvalidValueException;

/**
 * One reason behind a trust status: a code, the key of its text, the values the text needs, and the sequences of the
 * events it rests on.
 */
public record Reason(String code, String messageKey, Map<String, Object> args, List<Long> eventSequences) {
    public Reason {
        code = InvalidValueException.requireText("code", code);
        messageKey = InvalidValueException.requireText("messageKey", messageKey);
        InvalidValueException.requireValue("args", args);
        // Insertion order is kept so that the same history always prints and serialises the same way.
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
        eventSequences = List.copyOf(eventSequences);
    }

    public static Reason of(ReasonCode code, Map<String, Object> args, List<Long> eventSequences) {
        return new Reason(code.name(), code.messageKey(), args, eventSequences);
    }
}
