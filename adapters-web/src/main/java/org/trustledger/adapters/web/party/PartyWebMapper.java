package org.trustledger.adapters.web.party;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustledger.adapters.common.ReasonTexts;
import org.trustledger.adapters.common.ValueMappings;
import org.trustledger.adapters.web.party.PartyRequests.BankAccountRequest;
import org.trustledger.adapters.web.party.PartyRequests.CallerRequest;
import org.trustledger.adapters.web.party.PartyRequests.PartyRequest;
import org.trustledger.adapters.web.party.PartyRequests.PaymentShortRequest;
import org.trustledger.adapters.web.party.PartyRequests.RequestReceivedRequest;
import org.trustledger.adapters.web.party.PartyRequests.TroubleRequest;
import org.trustledger.adapters.web.party.PartyResponses.BankAccountResponse;
import org.trustledger.adapters.web.party.PartyResponses.LinkResponse;
import org.trustledger.adapters.web.party.PartyResponses.PartyResponse;
import org.trustledger.adapters.web.party.PartyResponses.Phone;
import org.trustledger.adapters.web.party.PartyResponses.ReasonResponse;
import org.trustledger.adapters.web.support.WebMapperConfig;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.LogTrouble;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;
import org.trustledger.domain.party.PartyCommand.RecordPaymentShort;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.trust.Reason;
import org.trustledger.domain.trust.ReasonCode;

/** Maps API bodies to domain commands and read views to API bodies. */
@Mapper(config = WebMapperConfig.class, uses = ValueMappings.class)
abstract class PartyWebMapper {
    @Autowired
    ReasonTexts reasonTexts;

    abstract PartyDetails details(PartyRequest request);

    /** An account as staff typed it, through today's rules: the number read as digits. */
    BankAccount bankAccount(BankAccountRequest request) {
        return request == null
                ? null
                : BankAccount.of(request.bank(), request.branch(), request.type(), request.number(), request.holder());
    }

    @Mapping(target = "partyId", source = "partyId")
    @Mapping(target = "recordedAt", source = "at")
    abstract ReceiveRequest receiveRequest(PartyId partyId, RequestReceivedRequest request, Instant at);

    @Mapping(target = "callBack", source = "request.phone")
    @Mapping(target = "recordedAt", source = "at")
    abstract IdentifyCaller identifyCaller(PartyId partyId, CallerRequest request, Instant at);

    @Mapping(target = "recordedAt", source = "at")
    abstract LogTrouble logTrouble(PartyId partyId, TroubleRequest request, Instant at);

    @Mapping(target = "invoiced", source = "request.invoicedYen")
    @Mapping(target = "paid", source = "request.paidYen")
    @Mapping(target = "daysLate", source = "request.daysLate", defaultValue = "0")
    @Mapping(target = "recordedAt", source = "at")
    abstract RecordPaymentShort paymentShort(PartyId partyId, PaymentShortRequest request, Instant at);

    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "phones", source = "details.phones")
    @Mapping(target = "address", source = "details.address")
    @Mapping(target = "representative", source = "details.representative")
    @Mapping(target = "bankAccount", source = "details.bankAccount")
    @Mapping(target = "emails", source = "details.emails")
    @Mapping(target = "websites", source = "details.websites")
    @Mapping(target = "outstandingYen", source = "outstanding")
    @Mapping(target = "version", source = "lastSequence")
    @Mapping(target = "status", source = "trust.status")
    @Mapping(target = "score", source = "trust.score", qualifiedByName = "twoDecimals")
    @Mapping(target = "reasons", source = "trust.reasons")
    abstract PartyResponse response(PartyView view, @Context Locale locale);

    ReasonResponse reason(Reason reason, @Context Locale locale) {
        return new ReasonResponse(
                reason.code(),
                reasonTexts.text(reason.messageKey(), reason.args(), locale),
                reason.eventSequences(),
                links(reason));
    }

    /** The links a LINKED_TO_TERMINATED reason names, read from its arguments: ids and names in the same order. */
    private static List<LinkResponse> links(Reason reason) {
        if (!ReasonCode.LINKED_TO_TERMINATED.name().equals(reason.code())
                || !(reason.args().get("partyIds") instanceof List<?> ids)
                || !(reason.args().get("party") instanceof List<?> names)
                || ids.size() != names.size()) {
            return List.of();
        }
        List<String> kinds = reason.args().get("evidenceKinds") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
        List<LinkResponse> links = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            links.add(
                    new LinkResponse(UUID.fromString(String.valueOf(ids.get(i))), String.valueOf(names.get(i)), kinds));
        }
        return links;
    }

    abstract BankAccountResponse bankAccount(BankAccount account);

    Phone phone(PhoneNumber phone) {
        return new Phone(phone.e164(), phone.extension(), phone.display());
    }
}
