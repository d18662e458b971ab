package org.trustledger.architecture.planted.records.domain.identity;

/** Illegal: a thread-local that changes what a constructor does, unseen by its callers. */
public final class AmbientSwitch {
    private static final ThreadLocal<Boolean> RULES_OFF = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private AmbientSwitch() {}

    public static boolean rulesApply() {
        return !RULES_OFF.get();
    }
}
