package org.trustledger.adapters.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The title and detail of a problem in the request's language, for problems written by filters before Spring's
 * locale resolution runs: English when asked for, Japanese otherwise, as the rest of the product answers.
 */
public final class ProblemTexts {
    private ProblemTexts() {}

    /** {@code problem.title.<status>}, or the fallback when the bundle has none. */
    public static String title(int status, String fallback, Locale requested) {
        String title = text("problem.title." + status, requested);
        return title != null ? title : fallback;
    }

    /**
     * {@code problem.detail.<type>} with {@code args} put in ({0}, {1}, …), in the same language as the title; the
     * fallback only when the bundle has no such key.
     */
    public static String detail(String type, String fallback, Locale requested, Object... args) {
        String template = text("problem.detail." + type, requested);
        if (template == null) {
            return fallback;
        }
        return args.length == 0 ? template : new MessageFormat(template, language(requested)).format(args);
    }

    private static Locale language(Locale requested) {
        // The English bundle is the base one: asking for it as Locale.ROOT keeps the JVM's own locale out of the way.
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ROOT : Locale.JAPANESE;
    }

    private static String text(String key, Locale requested) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    "messages",
                    language(requested),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
