package org.trustledger.architecture.planted.records.domain.identity;

/** Violation: a public setter in the domain. */
public class MutableName {
    private String value;

    public void setValue(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
