package org.trustledger.domain;

import java.util.List;

/** Something cannot be recorded because details it needs were not given; names each missing field. */
public final class MissingDetailsException extends DomainException {
    private final List<String> fields;

    public MissingDetailsException(List<String> fields, String message) {
        super(message);
        this.fields = List.copyOf(fields);
    }

    public List<String> fields() {
        return fields;
    }
}
