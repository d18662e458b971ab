package org.trustledger.adapters.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.mapstruct.Named;
import org.springframework.stereotype.Component;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.identity.WebDomain;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.Yen;

/**
 * Conversions between the plain values of the API and the domain's value objects, shared by the web mappers; blank
 * text means "not given", and malformed text is refused by the value object with a message naming the field.
 */
@Component
public class ValueMappings {

    public UUID uuid(PartyId id) {
        return id.value();
    }

    public PartyName partyName(String text) {
        return text == null || text.isBlank() ? null : PartyName.of(text);
    }

    public String text(PartyName name) {
        return name == null ? null : name.value();
    }

    public PersonName personName(String text) {
        return PersonName.ofNullable(text);
    }

    public String text(PersonName name) {
        return name == null ? null : name.value();
    }

    public Address address(String text) {
        return Address.ofNullable(text);
    }

    public String text(Address address) {
        return address == null ? null : address.value();
    }

    public PhoneNumber phone(String text) {
        return text == null || text.isBlank() ? null : PhoneNumber.parse(text);
    }

    public EmailAddress email(String text) {
        return EmailAddress.ofNullable(text);
    }

    public String text(EmailAddress email) {
        return email == null ? null : email.value();
    }

    public WebDomain website(String text) {
        return WebDomain.ofNullable(text);
    }

    public String text(WebDomain website) {
        return website == null ? null : website.value();
    }

    public Yen yen(Long value) {
        return value == null ? null : Yen.of("yen", value);
    }

    public long yen(Yen yen) {
        return yen.value();
    }

    /** Scores and weights are sums of faded weights: two decimals say all a reader can use. */
    @Named("twoDecimals")
    public double twoDecimals(double value) {
        return Double.isFinite(value)
                ? BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue()
                : value;
    }

    @Named("twoDecimals")
    public Double twoDecimals(Double value) {
        return value == null ? null : twoDecimals(value.doubleValue());
    }

    public boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
