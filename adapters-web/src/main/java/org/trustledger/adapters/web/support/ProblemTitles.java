package org.trustledger.adapters.web.support;

import java.util.Locale;
import org.trustledger.adapters.common.ProblemTexts;

/**
 * The title of a problem status in the request's language, for problems written by filters before Spring's locale
 * resolution runs: English when asked for, Japanese otherwise, as the rest of the product answers.
 */
public final class ProblemTitles {
    private ProblemTitles() {}

    public static String of(int status, String fallback, Locale requested) {
        return ProblemTexts.title(status, fallback, requested);
    }

    /** The detail of a problem of {@code type} in the same language as its title (see {@link ProblemTexts}). */
    public static String detail(String type, String fallback, Locale requested, Object... args) {
        return ProblemTexts.detail(type, fallback, requested, args);
    }
}
