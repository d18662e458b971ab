package org.trustledger.domain.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.identity.WebDomain;

/**
 * One field of a party's details as an amendment changed it, with its values before and after as stored: how a
 * correction (訂正) of personal data is told to the person it is about.
 *
 * @param before the values the field held, in order; empty when it held none
 * @param after the values it holds since the amendment
 */
public record DetailChange(Field field, List<String> before, List<String> after) {
    public DetailChange {
        Objects.requireNonNull(field, "field");
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** A field of a party's details. */
    public enum Field {
        NAME(d -> List.of(d.name().value())),
        PHONES(d -> d.phones().stream().map(PhoneNumber::display).toList()),
        ADDRESS(d -> d.address() == null ? List.of() : List.of(d.address().value())),
        REPRESENTATIVE(d -> d.representative() == null
                ? List.of()
                : List.of(d.representative().value())),
        BANK_ACCOUNT(d -> d.bankAccount() == null ? List.of() : List.of(account(d.bankAccount()))),
        EMAILS(d -> d.emails().stream().map(EmailAddress::value).toList()),
        WEBSITES(d -> d.websites().stream().map(WebDomain::value).toList());

        private final Function<PartyDetails, List<String>> values;

        Field(Function<PartyDetails, List<String>> values) {
            this.values = values;
        }

        /** The field's values in {@code details}, as stored. */
        public List<String> of(PartyDetails details) {
            return values.apply(details);
        }
    }

    /** The fields {@code after} holds otherwise than {@code before}, in the order of {@link Field}. */
    public static List<DetailChange> between(PartyDetails before, PartyDetails after) {
        List<DetailChange> changes = new ArrayList<>();
        for (Field field : Field.values()) {
            List<String> was = field.of(before);
            List<String> is = field.of(after);
            if (!was.equals(is)) {
                changes.add(new DetailChange(field, was, is));
            }
        }
        return changes;
    }

    private static String account(BankAccount account) {
        return String.join(
                " ",
                Stream.of(account.bank(), account.branch(), account.type().name(), account.number(), account.holder())
                        .filter(Objects::nonNull)
                        .toList());
    }
}
