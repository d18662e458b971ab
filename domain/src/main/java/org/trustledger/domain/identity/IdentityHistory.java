package org.trustledger.domain.identity;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trustledger.domain.InvalidValueException;

/**
 * What identified a party before and no longer does, and the numbers its callers called from, so that a reseller
 * that moved, changed its number or sent a salesperson with their own mobile is still recognised by them.
 *
 * @param former the details the party had and no longer has, the most recently given up first
 * @param callerPhones the numbers people who called for the party gave, each once
 */
public record IdentityHistory(List<Former> former, List<CallerPhone> callerPhones) {
    /** A party with no earlier details and no caller's number. */
    public static final IdentityHistory EMPTY = new IdentityHistory(List.of(), List.of());

    public IdentityHistory {
        former = former == null ? List.of() : List.copyOf(former);
        callerPhones = callerPhones == null ? List.of() : List.copyOf(callerPhones);
    }

    /**
     * Details a party had until {@code until}, as an identity holding only them.
     *
     * @param identity the former details; the attributes it leaves null were not given up then
     * @param until when the amendment that replaced them was recorded
     */
    public record Former(PartyIdentity identity, Instant until) {
        public Former {
            InvalidValueException.requireValue("identity", identity);
            InvalidValueException.requireValue("until", until);
        }

        /** The month the details stopped being current, in the given zone: how people remember a move. */
        public String untilMonth(ZoneId zone) {
            return YearMonth.from(until.atZone(zone)).toString();
        }
    }

    /**
     * A number someone gave when calling for the party.
     *
     * @param caller who called, null when they withheld their name
     */
    public record CallerPhone(PhoneNumber phone, PersonName caller) {
        public CallerPhone {
            InvalidValueException.requireValue("phone", phone);
        }
    }

    /** The index keys of the former details, so that the index still finds the party by them. */
    public Set<String> formerKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Former f : former) {
            keys.addAll(f.identity().indexKeys());
        }
        return keys;
    }

    /** The index keys of the callers' numbers. */
    public Set<String> callerPhoneKeys() {
        Set<String> keys = new LinkedHashSet<>();
        callerPhones.forEach(c -> keys.add(c.phone().indexKey()));
        return keys;
    }
}
