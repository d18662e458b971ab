package org.trustledger.application.port.in;

/** No contact with that channel and id is in the contact log: never reported, or purged since. */
public final class UnknownContactException extends RuntimeException {
    private final transient ContactKey key;

    public UnknownContactException(ContactKey key) {
        super("no " + key.channel().name().toLowerCase(java.util.Locale.ROOT) + " contact '" + key.contactId()
                + "' is in the contact log");
        this.key = key;
    }

    public ContactKey key() {
        return key;
    }
}
