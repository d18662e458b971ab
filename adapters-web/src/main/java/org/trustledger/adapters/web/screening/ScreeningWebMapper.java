package org.trustledger.adapters.web.screening;

import java.util.List;
import java.util.Locale;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustledger.adapters.common.ReasonTexts;
import org.trustledger.adapters.common.ValueMappings;
import org.trustledger.adapters.web.screening.ScreeningBodies.BankAccountBody;
import org.trustledger.adapters.web.screening.ScreeningBodies.EvidenceBody;
import org.trustledger.adapters.web.screening.ScreeningBodies.MatchBody;
import org.trustledger.adapters.web.screening.ScreeningBodies.ReasonBody;
import org.trustledger.adapters.web.screening.ScreeningBodies.RecordedBody;
import org.trustledger.adapters.web.screening.ScreeningBodies.ScreeningAnswerBody;
import org.trustledger.adapters.web.screening.ScreeningBodies.ScreeningBody;
import org.trustledger.adapters.web.support.WebMapperConfig;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.screening.Match;
import org.trustledger.domain.screening.ScreeningReason;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.screening.ScreeningResult;

/** Maps screening bodies to the domain's request and the domain's result to the answer. */
@Mapper(config = WebMapperConfig.class, uses = ValueMappings.class)
abstract class ScreeningWebMapper {
    @Autowired
    ReasonTexts reasonTexts;

    @Autowired
    ValueMappings values;

    @Mapping(
            target = "phone",
            expression = "java(PhoneNumber.isWithheldNotation(body.phone()) ? null : values.phone(body.phone()))")
    // Only a number written as withheld (非通知 …) was withheld; a request with no phone at all, such as an e-mail,
    // says nothing about a number.
    @Mapping(
            target = "phoneWithheld",
            expression = "java(body.phone() != null && !body.phone().isBlank()"
                    + " && PhoneNumber.isWithheldNotation(body.phone()))")
    abstract ScreeningRequest request(ScreeningBody body);

    /** An account as staff typed it, through today's rules: the number read as digits. */
    BankAccount bankAccount(BankAccountBody body) {
        return body == null
                ? null
                : BankAccount.of(body.bank(), body.branch(), body.type(), body.number(), body.holder());
    }

    @Mapping(target = "recorded", expression = "java(recorded(recorded, registered))")
    abstract ScreeningAnswerBody answer(
            ScreeningResult result, RecordOutcome recorded, boolean registered, @Context Locale locale);

    @Mapping(target = "evidence", source = "evidence")
    @Mapping(target = "evidenceDetails", source = "evidence")
    @Mapping(target = "score", qualifiedByName = "twoDecimals")
    abstract MatchBody match(Match match, @Context Locale locale);

    @Mapping(target = "weight", qualifiedByName = "twoDecimals")
    @Mapping(target = "detail", expression = "java(reasonTexts.detail(evidence.detail(), locale))")
    abstract EvidenceBody evidence(IdentityEvidence evidence, @Context Locale locale);

    RecordedBody recorded(RecordOutcome outcome, boolean registered) {
        return outcome == null
                ? null
                : new RecordedBody(outcome.partyId().value(), outcome.sequence(), registered, outcome.seal());
    }

    ReasonBody reason(ScreeningReason reason, @Context Locale locale) {
        return new ReasonBody(reason.code().name(), reasonTexts.text(reason.messageKey(), reason.args(), locale));
    }

    List<IdentityEvidence.Kind> kinds(List<IdentityEvidence> evidence) {
        return evidence.stream().map(IdentityEvidence::kind).distinct().toList();
    }
}
