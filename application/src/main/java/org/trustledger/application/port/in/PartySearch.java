package org.trustledger.application.port.in;

import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.trust.TrustStatus;

/**
 * Criteria for listing parties: free text matched against names and phone numbers, an optional kind and trust
 * status, and a page.
 */
public record PartySearch(String text, PartyKind kind, TrustStatus status, int page, int size) {
    public static final int MAX_SIZE = 200;

    public PartySearch {
        text = InvalidValueException.optionalText(text);
        if (page < 0) {
            throw new InvalidValueException("page", "page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", "size must be between 1 and " + MAX_SIZE);
        }
    }

    public PartySearch(String text, PartyKind kind, int page, int size) {
        this(text, kind, null, page, size);
    }
}
