package org.trustledger.adapters.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.trustledger.domain.DomainException;
import org.trustledger.domain.identity.IdentityEvidence;

/**
 * Turns a reason's message key and named arguments into a sentence in the reader's language, Japanese first and
 * English second; an unknown key shows as the key itself rather than failing the answer.
 */
@Component
public class ReasonTexts {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** Arguments that are amounts of yen without saying so in their name. */
    private static final java.util.Set<String> YEN = java.util.Set.of("paid", "invoiced", "owed");

    private final MessageSource messages;

    public ReasonTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String messageKey, Map<String, Object> args, Locale locale) {
        return text(messageKey, args, messageKey, locale);
    }

    /** What the domain refused and why, in the reader's language; the domain's own words only for a key no bundle has. */
    public String error(DomainException e, Locale locale) {
        return text(e.messageKey(), e.args(), e.getMessage(), locale);
    }

    private String text(String messageKey, Map<String, ?> args, String fallback, Locale locale) {
        String template = messages.getMessage(messageKey, null, null, locale);
        if (template == null) {
            return fallback;
        }
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

    /** What matched, worded in the reader's language (the domain's own wording only for a key no bundle has). */
    public String detail(IdentityEvidence.Detail detail, Locale locale) {
        return detail(detail.key(), detail.values(), detail.text(), detail.sharedBy(), detail.formerUntil(), locale);
    }

    private String detail(String key, List<?> values, String text, int sharedBy, String formerUntil, Locale locale) {
        String worded = null;
        if (values.size() == 2 && values.get(0) != null && values.get(0).equals(values.get(1))) {
            // Both sides written alike (two addresses normalised the same): said once, not "A ／ A".
            worded = messages.getMessage(key + ".one", values.toArray(), null, locale);
        }
        if (worded == null) {
            worded = messages.getMessage(key, values.toArray(), null, locale);
        }
        if (worded == null) {
            // A key no bundle has yet: the domain's English says it all, a former detail's month included.
            return text;
        }
        String crowded = sharedBy == 0
                ? worded
                : worded + messages.getMessage("identity.detail.crowded", new Object[] {sharedBy}, "", locale);
        return formerUntil == null ? crowded : former(key, formerUntil, locale) + crowded;
    }

    /** 「以前の住所（2026-05まで）：」, by the kind of detail its key names. */
    private String former(String key, String until, Locale locale) {
        String kind = key.substring("identity.detail.".length()).split("\\.")[0];
        return messages.getMessage("identity.former." + kind, new Object[] {until}, "(" + until + ") ", locale);
    }

    /** A detail as a reason carries it among its arguments (see {@link IdentityEvidence.Detail#asArgument()}). */
    private String detail(Map<?, ?> argument, Locale locale) {
        Object values = argument.get("values");
        Object sharedBy = argument.get("sharedBy");
        Object formerUntil = argument.get("formerUntil");
        return detail(
                String.valueOf(argument.get("key")),
                values instanceof List<?> list ? list : List.of(),
                String.valueOf(argument.get("text")),
                sharedBy instanceof Number number ? number.intValue() : 0,
                formerUntil == null ? null : String.valueOf(formerUntil),
                locale);
    }

    private String show(String name, Object value, Locale locale) {
        if ("field".equals(name)) {
            // Fields are named as the API names them; people read what they mean.
            return messages.getMessage("field." + value, null, String.valueOf(value), locale);
        }
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
                            .map(item -> item instanceof Map<?, ?> detail
                                    ? detail(detail, locale)
                                    : prefix == null
                                            ? String.valueOf(item)
                                            : messages.getMessage(prefix + item, null, String.valueOf(item), locale))
                            .toList());
        }
        if (YEN.contains(name) || name.endsWith("Yen")) {
            // Amounts read alike wherever they are shown: 4,000 円 in a reason as in the party's details.
            if (value instanceof Number amount && !(value instanceof Double) && !(value instanceof Float)) {
                return String.format(Locale.ROOT, "%,d", amount.longValue());
            }
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
