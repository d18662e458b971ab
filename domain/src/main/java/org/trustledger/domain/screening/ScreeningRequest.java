package org.trustledger.domain.screening;

import java.util.List;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyKind;

/**
 * What staff know about a caller while the phone rings; every field but the two flags may be unknown (null), but at
 * least one thing that identifies the caller, or the kind of party calling, must be given.
 *
 * @param companyName the name the caller's business goes by, as they say it
 * @param callerName the name of the person on the line, or the part of it they gave
 * @param callerNameWithheld true when the caller would not give their full name
 * @param requesterKind what kind of party the caller says they are
 * @param onBehalfOfCustomer true when the caller asks the shop to serve one of their customers (a proxy request)
 * @param channel how the request reached the shop
 */
public record ScreeningRequest(
        PartyName companyName,
        PersonName callerName,
        boolean callerNameWithheld,
        PhoneNumber phone,
        Address address,
        BankAccount bankAccount,
        PersonName representative,
        PartyKind requesterKind,
        boolean onBehalfOfCustomer,
        Channel channel) {

    public ScreeningRequest {
        boolean identified = companyName != null
                || callerName != null
                || phone != null
                || address != null
                || bankAccount != null
                || representative != null;
        if (!identified && requesterKind == null) {
            throw new InvalidValueException(
                    "request",
                    "enter at least one thing about the caller — company name, caller name, phone number, address,"
                            + " bank account or representative — or what kind of party is calling");
        }
    }

    /**
     * The caller's identity for matching against known parties. The caller's own name is left out: it names the person
     * on the line, who for a business is rarely its representative, so matching it would invent links.
     */
    public PartyIdentity identity() {
        return new PartyIdentity(
                companyName, phone == null ? List.of() : List.of(phone), address, representative, bankAccount);
    }
}
