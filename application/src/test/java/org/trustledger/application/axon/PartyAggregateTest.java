package org.trustledger.application.axon;

import static org.trustledger.domain.party.PartyFixtures.acme;
import static org.trustledger.domain.party.PartyFixtures.amend;
import static org.trustledger.domain.party.PartyFixtures.amended;
import static org.trustledger.domain.party.PartyFixtures.callerIdentified;
import static org.trustledger.domain.party.PartyFixtures.identifyCaller;
import static org.trustledger.domain.party.PartyFixtures.logTrouble;
import static org.trustledger.domain.party.PartyFixtures.paymentSettled;
import static org.trustledger.domain.party.PartyFixtures.paymentShort;
import static org.trustledger.domain.party.PartyFixtures.proxyRequestRefused;
import static org.trustledger.domain.party.PartyFixtures.proxyRequestRefusedEvent;
import static org.trustledger.domain.party.PartyFixtures.recordPaymentShort;
import static org.trustledger.domain.party.PartyFixtures.register;
import static org.trustledger.domain.party.PartyFixtures.registered;
import static org.trustledger.domain.party.PartyFixtures.reinstate;
import static org.trustledger.domain.party.PartyFixtures.reinstated;
import static org.trustledger.domain.party.PartyFixtures.settlePayment;
import static org.trustledger.domain.party.PartyFixtures.terminate;
import static org.trustledger.domain.party.PartyFixtures.terminated;
import static org.trustledger.domain.party.PartyFixtures.troubleLogged;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyFixtures;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PersonalDataRequestKind;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;

/** Proves the Axon wiring: each command reaches the decider and its events are applied and returned in order. */
class PartyAggregateTest {
    private AggregateTestFixture<PartyAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PartyAggregate.class);
        fixture.registerCommandTargetResolver(new PartyCommandTargetResolver());
    }

    /** Party commands travel under one name, as the application service sends them. */
    private static GenericCommandMessage<PartyCommand> send(PartyCommand command) {
        return new GenericCommandMessage<>(new GenericMessage<>(command), PartyAggregate.COMMAND_NAME);
    }

    @Test
    void givenNothing_whenRegister_thenRegistered_andSequenceOne() {
        fixture.givenNoPriorActivity()
                .when(send(register(acme())))
                .expectEvents(registered(acme()))
                .expectResultMessagePayload(1L);
    }

    @Test
    void givenRegistered_whenRegisteredAgain_thenConflict() {
        fixture.given(registered(acme()))
                .when(send(register(acme())))
                .expectException(HistoryConflictException.class)
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenLogTrouble_thenUnknownParty_andNothingStored() {
        fixture.givenNoPriorActivity()
                .when(send(logTrouble(acme(), TroubleCategory.WRONG_PLAN)))
                .expectException(UnknownPartyException.class)
                .expectNoEvents();
    }

    @Test
    void givenRegistered_whenAmend_thenAmended() {
        var details = PartyFixtures.details("株式会社アクメ光", "03-9999-0000");
        fixture.given(registered(acme()))
                .when(send(amend(acme(), PartyKind.RESELLER, details)))
                .expectEvents(amended(acme(), PartyKind.RESELLER, details))
                .expectResultMessagePayload(2L);
    }

    @Test
    void givenRegistered_whenRequestRefused_thenRequestReceived() {
        fixture.given(registered(acme()))
                .when(send(proxyRequestRefused(acme())))
                .expectEvents(proxyRequestRefusedEvent(acme()));
    }

    @Test
    void givenRegistered_whenCallerIdentified_thenCallerIdentified() {
        fixture.given(registered(acme()))
                .when(send(identifyCaller(acme(), "佐藤", false)))
                .expectEvents(callerIdentified(acme(), "佐藤", false));
    }

    @Test
    void givenRegistered_whenTroubleLogged_thenTroubleLogged() {
        fixture.given(registered(acme()))
                .when(send(logTrouble(acme(), TroubleCategory.CREDENTIALS_MISHANDLED)))
                .expectEvents(troubleLogged(acme(), TroubleCategory.CREDENTIALS_MISHANDLED));
    }

    @Test
    void givenRegistered_whenPaymentShort_thenPaymentShort() {
        fixture.given(registered(acme()))
                .when(send(recordPaymentShort(acme(), "INV-1", 11000, 10560, ShortfallReason.BANK_FEE_DEDUCTED, 0)))
                .expectEvents(paymentShort(acme(), "INV-1", 11000, 10560, ShortfallReason.BANK_FEE_DEDUCTED, 0));
    }

    @Test
    void givenShortfall_whenSettled_thenSettled_andSequenceThree() {
        fixture.given(
                        registered(acme()),
                        paymentShort(acme(), "INV-1", 11000, 10560, ShortfallReason.BANK_FEE_DEDUCTED, 0))
                .when(send(settlePayment(acme(), "INV-1", 440)))
                .expectEvents(paymentSettled(acme(), "INV-1", 440, 0))
                .expectResultMessagePayload(3L);
    }

    @Test
    void givenRegistered_whenTerminated_thenTerminated() {
        fixture.given(registered(acme())).when(send(terminate(acme()))).expectEvents(terminated(acme()));
    }

    @Test
    void givenTerminated_whenTerminatedAgain_thenConflict() {
        fixture.given(registered(acme()), terminated(acme()))
                .when(send(terminate(acme())))
                .expectException(HistoryConflictException.class);
    }

    @Test
    void givenRegistered_whenAPersonsRequestIsRecorded_thenRequested() {
        fixture.given(registered(acme()))
                .when(send(new PartyCommand.RecordPersonalDataRequest(
                        acme(), PersonalDataRequestKind.ERASURE, Channel.PHONE, null, PartyFixtures.T0)))
                .expectEvents(new PartyEvent.PersonalDataRequested(
                        acme(),
                        PersonalDataRequestKind.ERASURE,
                        Channel.PHONE,
                        PartyFixtures.T0_DATE,
                        PartyFixtures.T0))
                .expectResultMessagePayload(2L);
    }

    @Test
    void givenARequest_whenRefused_thenRefused_andRefusedAgain_thenConflict() {
        var requested = new PartyEvent.PersonalDataRequested(
                acme(), PersonalDataRequestKind.ERASURE, Channel.PHONE, PartyFixtures.T0_DATE, PartyFixtures.T0);
        var refused = new PartyEvent.PersonalDataRequestRefused(acme(), 2, "再発防止のため保持", PartyFixtures.T0);
        fixture.given(registered(acme()), requested)
                .when(send(new PartyCommand.RefusePersonalDataRequest(acme(), 2, "再発防止のため保持", PartyFixtures.T0)))
                .expectEvents(refused);
        fixture.given(registered(acme()), requested, refused)
                .when(send(new PartyCommand.RefusePersonalDataRequest(acme(), 2, "再発防止のため保持", PartyFixtures.T0)))
                .expectException(HistoryConflictException.class);
    }

    @Test
    void givenARequestToSee_whenAnswered_thenAnswered_andAnsweredAgain_thenConflict() {
        var requested = new PartyEvent.PersonalDataRequested(
                acme(), PersonalDataRequestKind.DISCLOSURE, Channel.EMAIL, PartyFixtures.T0_DATE, PartyFixtures.T0);
        var answered = new PartyEvent.PersonalDataRequestAnswered(acme(), 2, "書面で郵送", PartyFixtures.T0);
        fixture.given(registered(acme()), requested)
                .when(send(new PartyCommand.AnswerPersonalDataRequest(acme(), 2, "書面で郵送", PartyFixtures.T0)))
                .expectEvents(answered)
                .expectResultMessagePayload(3L);
        fixture.given(registered(acme()), requested, answered)
                .when(send(new PartyCommand.AnswerPersonalDataRequest(acme(), 2, null, PartyFixtures.T0)))
                .expectException(HistoryConflictException.class);
    }

    @Test
    void givenTerminated_whenReinstated_thenReinstated() {
        fixture.given(registered(acme()), terminated(acme()))
                .when(send(reinstate(acme())))
                .expectEvents(reinstated(acme()));
    }
}
