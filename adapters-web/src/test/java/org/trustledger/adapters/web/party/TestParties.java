package org.trustledger.adapters.web.party;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.BankAccount.AccountType;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.Yen;

/** A few parties for the web tests, built here so these tests depend on no other module's fixtures. */
final class TestParties {
    static final PartyId ACME = new PartyId(UUID.fromString("6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f60"));
    static final PartyId BRIGHT = new PartyId(UUID.fromString("0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e"));
    static final PartyId SATO = new PartyId(UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"));
    static final Instant REGISTERED_AT = Instant.parse("2025-03-01T01:00:00Z");
    static final Instant UPDATED_AT = Instant.parse("2025-03-20T05:15:00Z");

    private TestParties() {}

    static PartyDetails acmeDetails() {
        return new PartyDetails(
                new PartyName("Acme Hikari"),
                List.of(new PhoneNumber("+81312345678"), new PhoneNumber("+819012345678")),
                new Address("1-2-3 Nishi-Shinjuku, Tokyo"),
                new PersonName("Taro Yamada"),
                new BankAccount("Mizuho", "Shinjuku", AccountType.CURRENT, "1234567", "Acme Hikari"));
    }

    static PartyView acme() {
        return new PartyView(
                ACME, PartyKind.RESELLER, acmeDetails(), false, new Yen(660), 2, REGISTERED_AT, UPDATED_AT, 5);
    }

    static PartyView bright() {
        return new PartyView(
                BRIGHT,
                PartyKind.RESELLER,
                new PartyDetails(new PartyName("Bright Net"), List.of(), null, null, null),
                true,
                Yen.ZERO,
                0,
                REGISTERED_AT,
                REGISTERED_AT,
                1);
    }

    static PartyView sato() {
        return new PartyView(
                SATO,
                PartyKind.CUSTOMER,
                new PartyDetails(new PartyName("Sato Hanako"), List.of(), null, null, null),
                false,
                Yen.ZERO,
                0,
                REGISTERED_AT,
                REGISTERED_AT,
                1);
    }
}
