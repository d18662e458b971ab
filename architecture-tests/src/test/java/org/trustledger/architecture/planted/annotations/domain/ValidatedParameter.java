package org.trustledger.architecture.planted.annotations.domain;

import jakarta.validation.constraints.NotNull;

/** Violation: Bean Validation on a parameter. */
public class ValidatedParameter {
    public void accept(@NotNull String value) {}
}
