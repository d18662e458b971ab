package org.trustledger.adapters.web.support;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The title of a problem status in the request's language, for problems written by filters before Spring's locale
 * resolution runs: English when asked for, Japanese otherwise, as the rest of the product answers.
 */
public final class ProblemTitles {
    private ProblemTitles() {}

    public static String of(int status, String fallback, Locale requested) {
        Locale locale = requested != null && "en".equals(requested.getLanguage()) ? Locale.ROOT : Locale.JAPANESE;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    "messages",
                    locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String key = "problem.title." + status;
            return bundle.containsKey(key) ? bundle.getString(key) : fallback;
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
