package org.trustledger.domain.party;

import java.util.Map;
import java.util.Optional;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.JapaneseText;

/**
 * Invoice references as staff write them (2026/11-003, 請求書No.12, ２０２６／１１－００３): any text is kept as
 * written, and two references are the same invoice when they agree after width, case, spaces and dashes are folded.
 */
public final class InvoiceRefs {
    private InvoiceRefs() {}

    /** Checks a reference as given and returns it stripped; it must keep something once folded. */
    static String require(String ref) {
        String written = Texts.require("invoiceRef", ref, Texts.SHORT);
        if (key(written).isEmpty()) {
            throw new InvalidValueException("invoiceRef", "invoiceRef must not be blank", "error.required", Map.of());
        }
        return written;
    }

    /** The folded form under which references are compared; the written form is what is stored and shown. */
    public static String key(String ref) {
        return JapaneseText.normalize(ref);
    }

    /** The reference under which {@code written} was recorded among {@code recorded}, preferring an exact match. */
    static Optional<String> recordedAs(String written, Map<String, ?> recorded) {
        if (recorded.containsKey(written)) {
            return Optional.of(written);
        }
        String key = key(written);
        return recorded.keySet().stream()
                .filter(ref -> key(ref).equals(key))
                .sorted()
                .findFirst();
    }
}
