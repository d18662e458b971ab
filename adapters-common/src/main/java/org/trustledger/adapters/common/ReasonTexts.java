package org.trustledger.adapters.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a reason's message key and named arguments into a sentence in the reader's language, Japanese first and
 * English second; an unknown key shows as the key itself rather than failing the answer.
 */
@Component
public class ReasonTexts {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final MessageSource messages;

    public ReasonTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String messageKey, Map<String, Object> args, Locale locale) {
        String template = messages.getMessage(messageKey, null, messageKey, locale);
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            Object value = args.get(name);
            placeholder.appendReplacement(
                    text, Matcher.quoteReplacement(value == null ? placeholder.group() : show(name, value, locale)));
        }
        return placeholder.appendTail(text).toString();
    }

    private String show(String name, Object value, Locale locale) {
        if ("status".equals(name)) {
            // A status is a code; people read its name in their own language.
            return messages.getMessage("trust.status." + value, null, String.valueOf(value), locale);
        }
        if (value instanceof Collection<?> items) {
            // Kinds of evidence are codes too; the evidence details themselves are shown as the matcher wrote them.
            String prefix = "evidenceKinds".equals(name) ? "identity.evidence." : null;
            return String.join(
                    Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? "、" : "; ",
                    items.stream()
                            .map(String::valueOf)
                            .map(item -> prefix == null ? item : messages.getMessage(prefix + item, null, item, locale))
                            .toList());
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            // Scores and weights are sums of faded weights: people read two decimals, not fifteen.
            return BigDecimal.valueOf(((Number) value).doubleValue())
                    .setScale(2, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return String.valueOf(value);
    }
}
