package org.trustledger.domain;

import java.util.List;
import java.util.Map;

/** Something cannot be recorded because details it needs were not given; names each missing field. */
public final class MissingDetailsException extends DomainException {
    private final List<String> fields;

    public MissingDetailsException(List<String> fields, String message) {
        super(message, "error.missingDetails", Map.of("fields", fields));
        this.fields = List.copyOf(fields);
    }

    public List<String> fields() {
        return fields;
    }
}
