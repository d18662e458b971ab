package org.trustledger.adapters.web.support;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.PartyDecider;

/**
 * Reads an {@code asOf} query parameter as an auditor writes it: an instant, a date-time with an offset, a date-time
 * in the shop's time zone, or a bare date meaning the end of that day in the shop's time zone.
 */
public final class AsOfParameter {
    /** The accepted forms, shown in the problem detail of a value that is none of them. */
    public static final String ACCEPTED_FORMS = "use an instant (2026-01-31T00:00:00Z), a date-time with an offset"
            + " (2026-02-01T09:30:00+09:00), a date-time in the shop's time zone " + PartyDecider.SHOP_ZONE
            + " (2026-02-01T09:30) or a date (2026-02-01 for the end of that day in " + PartyDecider.SHOP_ZONE + ")";

    // Strict, so that 2026-02-30 is refused rather than quietly read as the last day of February.
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private AsOfParameter() {}

    /** The instant the text names, or null when there is no text (meaning now). */
    public static Instant parse(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (!value.contains("T")) {
                LocalDate day = LocalDate.parse(value, DATE);
                // The last instant of the day, so that everything recorded that day counts.
                return day.plusDays(1)
                        .atStartOfDay(PartyDecider.SHOP_ZONE)
                        .toInstant()
                        .minusNanos(1);
            }
            if (value.endsWith("Z") || value.endsWith("z")) {
                return Instant.parse(value.toUpperCase(java.util.Locale.ROOT));
            }
            if (hasOffset(value)) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(PartyDecider.SHOP_ZONE).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidValueException(
                    name,
                    "'" + text + "' is not a valid " + name + "; " + ACCEPTED_FORMS,
                    "error.asOf",
                    java.util.Map.of("value", text));
        }
    }

    private static boolean hasOffset(String value) {
        int time = value.indexOf('T');
        return value.indexOf('+', time) > 0 || value.indexOf('-', time) > 0;
    }
}
