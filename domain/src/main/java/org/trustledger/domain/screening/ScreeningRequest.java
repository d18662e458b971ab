package org.trustledger.domain.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.MissingDetailsException;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.identity.WebDomain;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
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
 * @param phoneWithheld true when the call came from a withheld or unavailable number (非通知, 公衆電話 …), so there is
 *     no number to match
 * @param email the e-mail address the request came from or the caller gave
 * @param website the caller's web domain or web address, as given
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
        Channel channel,
        boolean phoneWithheld,
        EmailAddress email,
        WebDomain website) {

    public ScreeningRequest {
        boolean identified = companyName != null
                || callerName != null
                || phone != null
                || email != null
                || website != null
                || address != null
                || bankAccount != null
                || representative != null;
        if (phoneWithheld && phone != null) {
            throw new InvalidValueException(
                    "phone",
                    "the number is either withheld or given (" + phone.display() + "), not both",
                    "error.phone.withheldAndGiven",
                    Map.of("value", phone.display()));
        }
        if (!identified && requesterKind == null) {
            throw new InvalidValueException(
                    "request",
                    "enter at least one thing about the caller — company name, caller name, phone number, address,"
                            + " bank account, representative, e-mail address or website — or what kind of party is"
                            + " calling",
                    "error.screening.nothingGiven",
                    Map.of());
        }
    }

    /** A request with no e-mail address or website. */
    public ScreeningRequest(
            PartyName companyName,
            PersonName callerName,
            boolean callerNameWithheld,
            PhoneNumber phone,
            Address address,
            BankAccount bankAccount,
            PersonName representative,
            PartyKind requesterKind,
            boolean onBehalfOfCustomer,
            Channel channel,
            boolean phoneWithheld) {
        this(
                companyName,
                callerName,
                callerNameWithheld,
                phone,
                address,
                bankAccount,
                representative,
                requesterKind,
                onBehalfOfCustomer,
                channel,
                phoneWithheld,
                null,
                null);
    }

    /**
     * Registers a caller no known party matched, from what staff typed: the kind they said they are, the company name
     * (or, for a person calling for themselves, their own name), and the phone and address given.
     *
     * @throws MissingDetailsException naming the kind or the name when either was not given
     */
    public RegisterParty registration(PartyId partyId, Instant at) {
        List<String> missing = new ArrayList<>();
        if (requesterKind == null) {
            missing.add("requesterKind");
        }
        PartyName name =
                companyName != null ? companyName : callerName == null ? null : new PartyName(callerName.value());
        if (name == null) {
            missing.add("companyName");
        }
        if (!missing.isEmpty()) {
            throw new MissingDetailsException(
                    missing,
                    "the caller matches no known party; to register them, give "
                            + String.join(
                                    " and ",
                                    missing.stream()
                                            .map(
                                                    f -> f.equals("requesterKind")
                                                            ? "what kind of party is calling (requesterKind)"
                                                            : "a company name, or the caller's own name (companyName or callerName)")
                                            .toList()));
        }
        return new RegisterParty(
                partyId,
                requesterKind,
                new PartyDetails(
                        name,
                        phone == null ? List.of() : List.of(phone),
                        address,
                        representative,
                        bankAccount,
                        email == null ? List.of() : List.of(email),
                        website == null ? List.of() : List.of(website)),
                at);
    }

    /** The person on the line, as one of the callers a known party may share, when they gave their full name. */
    public List<PersonName> callers() {
        return callerName == null || callerNameWithheld ? List.of() : List.of(callerName);
    }

    /** A request from a caller whose number, if any, was shown. */
    public ScreeningRequest(
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
        this(
                companyName,
                callerName,
                callerNameWithheld,
                phone,
                address,
                bankAccount,
                representative,
                requesterKind,
                onBehalfOfCustomer,
                channel,
                false);
    }

    /**
     * The caller's identity for matching against known parties. The caller's own name is left out: it names the person
     * on the line, who for a business is rarely its representative, so it is compared with known callers instead.
     */
    public PartyIdentity identity() {
        return new PartyIdentity(
                companyName,
                phone == null ? List.of() : List.of(phone),
                address,
                representative,
                bankAccount,
                email == null ? List.of() : List.of(email),
                website == null ? List.of() : List.of(website));
    }
}
