package org.trustledger.adapters.web.party;

import java.time.Instant;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.trustledger.adapters.web.party.PartyRequests.BankAccountRequest;
import org.trustledger.adapters.web.party.PartyRequests.CallerRequest;
import org.trustledger.adapters.web.party.PartyRequests.PartyRequest;
import org.trustledger.adapters.web.party.PartyRequests.PaymentShortRequest;
import org.trustledger.adapters.web.party.PartyRequests.RequestReceivedRequest;
import org.trustledger.adapters.web.party.PartyRequests.TroubleRequest;
import org.trustledger.adapters.web.party.PartyResponses.BankAccountResponse;
import org.trustledger.adapters.web.party.PartyResponses.PartyResponse;
import org.trustledger.adapters.web.party.PartyResponses.Phone;
import org.trustledger.adapters.web.support.WebMapperConfig;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.LogTrouble;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;
import org.trustledger.domain.party.PartyCommand.RecordPaymentShort;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.Yen;

/** Maps API bodies to domain commands and read views to API bodies. */
@Mapper(config = WebMapperConfig.class)
interface PartyWebMapper {

    PartyDetails details(PartyRequest request);

    BankAccount bankAccount(BankAccountRequest request);

    @Mapping(target = "partyId", source = "partyId")
    @Mapping(target = "recordedAt", source = "at")
    ReceiveRequest receiveRequest(PartyId partyId, RequestReceivedRequest request, Instant at);

    @Mapping(target = "callBack", source = "request.phone")
    @Mapping(target = "recordedAt", source = "at")
    IdentifyCaller identifyCaller(PartyId partyId, CallerRequest request, Instant at);

    @Mapping(target = "recordedAt", source = "at")
    LogTrouble logTrouble(PartyId partyId, TroubleRequest request, Instant at);

    @Mapping(target = "invoiced", source = "request.invoicedYen")
    @Mapping(target = "paid", source = "request.paidYen")
    @Mapping(target = "daysLate", source = "request.daysLate", defaultValue = "0")
    @Mapping(target = "recordedAt", source = "at")
    RecordPaymentShort paymentShort(PartyId partyId, PaymentShortRequest request, Instant at);

    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "phones", source = "details.phones")
    @Mapping(target = "address", source = "details.address")
    @Mapping(target = "representative", source = "details.representative")
    @Mapping(target = "bankAccount", source = "details.bankAccount")
    @Mapping(target = "outstandingYen", source = "outstanding")
    @Mapping(target = "version", source = "lastSequence")
    PartyResponse response(PartyView view);

    BankAccountResponse bankAccount(BankAccount account);

    default UUID uuid(PartyId id) {
        return id.value();
    }

    default PartyName partyName(String text) {
        return text == null ? null : new PartyName(text);
    }

    default String text(PartyName name) {
        return name.value();
    }

    default PersonName personName(String text) {
        return PersonName.ofNullable(text);
    }

    default String text(PersonName name) {
        return name == null ? null : name.value();
    }

    default Address address(String text) {
        return Address.ofNullable(text);
    }

    default String text(Address address) {
        return address == null ? null : address.value();
    }

    default PhoneNumber phone(String text) {
        return text == null || text.isBlank() ? null : PhoneNumber.parse(text);
    }

    default Phone phone(PhoneNumber phone) {
        return new Phone(phone.e164(), phone.display());
    }

    default Yen yen(Long value) {
        return value == null ? null : new Yen(value);
    }

    default long yen(Yen yen) {
        return yen.value();
    }

    default boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
