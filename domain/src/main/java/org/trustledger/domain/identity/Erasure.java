package org.trustledger.domain.identity;

import java.util.List;
import java.util.Objects;

/**
 * What a personal value reads as once the person's data was erased: the key it was stored under is gone, so the value
 * is no longer known. Every text of a personal value (a name, a number, an address, an e-mail address, an account's
 * holder) reads as {@link #MARK}; nothing erased identifies anyone, so it is never a key to match parties by.
 */
public final class Erasure {
    /** The text an erased value reads as, in the shop's language, so that every reader shows the same word. */
    public static final String MARK = "消去済み";

    private Erasure() {}

    /** Whether a stored text is an erased value. */
    public static boolean isErased(String text) {
        return MARK.equals(text);
    }

    /** The value, or null when it was erased. */
    public static PartyName known(PartyName name) {
        return name == null || isErased(name.value()) ? null : name;
    }

    /** The value, or null when it was erased. */
    public static PersonName known(PersonName name) {
        return name == null || isErased(name.value()) ? null : name;
    }

    /** The value, or null when it was erased. */
    public static Address known(Address address) {
        return address == null || isErased(address.value()) ? null : address;
    }

    /** The value, or null when its holder was erased: the account alone no longer says whose it was. */
    public static BankAccount known(BankAccount account) {
        return account == null || isErased(account.holder()) ? null : account;
    }

    /** The numbers that were not erased. */
    public static List<PhoneNumber> knownPhones(List<PhoneNumber> phones) {
        return phones.stream()
                .filter(Objects::nonNull)
                .filter(phone -> !isErased(phone.e164()))
                .toList();
    }

    /** The addresses that were not erased. */
    public static List<EmailAddress> knownEmails(List<EmailAddress> emails) {
        return emails.stream()
                .filter(Objects::nonNull)
                .filter(email -> !isErased(email.value()))
                .toList();
    }
}
