package org.trustledger.domain.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyCommand.AmendParty;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.LogTrouble;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;
import org.trustledger.domain.party.PartyCommand.RecordPaymentShort;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.ReinstateRelationship;
import org.trustledger.domain.party.PartyCommand.SettlePayment;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.PaymentSettled;
import org.trustledger.domain.party.PartyEvent.PaymentShort;
import org.trustledger.domain.party.PartyEvent.RelationshipReinstated;
import org.trustledger.domain.party.PartyEvent.RelationshipTerminated;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;

/**
 * Ready-made parties, commands and events for tests, shared with other modules through the domain's test-jar.
 *
 * <p>Every command and event is recorded at {@link #T0} unless a time is given, so that the event a command is
 * expected to produce can be written with the matching factory method: {@code logTrouble(acme, WRONG_PLAN)} produces
 * {@code troubleLogged(acme, WRONG_PLAN)}.
 */
public final class PartyFixtures {
    /** 10:00 on 1 April 2024 in Tokyo: a fixed "now", so that no test depends on the clock. */
    public static final Instant T0 = Instant.parse("2024-04-01T01:00:00Z");

    /** The shop's calendar day at {@link #T0}. */
    public static final LocalDate T0_DATE = LocalDate.of(2024, 4, 1);

    public static final String TERMINATION_REASON = "代理依頼が毎回トラブルになったため、取引を停止する";
    public static final String REINSTATEMENT_REASON = "担当者が替わり、対応が改善したため";
    public static final String REFUSAL_REASON = "電話勧誘業者からの代理依頼はお受けしていません";

    private static final PartyId ACME = PartyId.of("6f1c7a52-3d4e-4b8a-9c2d-1e0f5a6b7c8d");
    private static final PartyId TANAKA = PartyId.of("0b9e2c41-7a5d-4f3e-8c1b-2d3e4f5a6b7c");

    private PartyFixtures() {}

    /** A telephone-solicitation reseller that sells fibre switch-overs. */
    public static PartyId acme() {
        return ACME;
    }

    /** A customer who asks the shop for help directly. */
    public static PartyId tanaka() {
        return TANAKA;
    }

    /** Another party, distinct for each {@code n}, with generic reseller details. */
    public static PartyId party(int n) {
        return new PartyId(new UUID(0x5eed_0000_0000_4000L, n));
    }

    public static PartyDetails acmeDetails() {
        return new PartyDetails(
                new PartyName("株式会社アクメ光通信"),
                List.of(PhoneNumber.parse("03-1234-5678")),
                new Address("東京都千代田区神田一丁目2番3号 アクメビル5階"),
                new PersonName("山田太郎"),
                new BankAccount("みずほ銀行", "神田支店", BankAccount.AccountType.ORDINARY, "1234567", "カ）アクメヒカリツウシン"));
    }

    public static PartyDetails tanakaDetails() {
        return new PartyDetails(
                new PartyName("田中花子"),
                List.of(PhoneNumber.parse("090-1234-5678")),
                new Address("神奈川県横浜市中区本町1-2-3"),
                null,
                null);
    }

    /** Details with only a name and phone numbers, as staff often have during a call. */
    public static PartyDetails details(String name, String... phones) {
        return new PartyDetails(
                new PartyName(name),
                Arrays.stream(phones).map(PhoneNumber::parse).toList(),
                null,
                null,
                null);
    }

    /** The kind the fixtures give a party: {@link #tanaka()} is a customer, every other party a reseller. */
    public static PartyKind kindOf(PartyId id) {
        return TANAKA.equals(id) ? PartyKind.CUSTOMER : PartyKind.RESELLER;
    }

    /** The details the fixtures give a party when none are named. */
    public static PartyDetails detailsOf(PartyId id) {
        if (ACME.equals(id)) {
            return acmeDetails();
        }
        if (TANAKA.equals(id)) {
            return tanakaDetails();
        }
        return details("取引先 " + id);
    }

    public static Yen yen(long value) {
        return new Yen(value);
    }

    // Commands

    public static RegisterParty register(PartyId id) {
        return register(id, kindOf(id), detailsOf(id));
    }

    public static RegisterParty register(PartyId id, PartyKind kind, PartyDetails details) {
        return new RegisterParty(id, kind, details, T0);
    }

    public static AmendParty amend(PartyId id, PartyKind kind, PartyDetails details) {
        return new AmendParty(id, kind, details, T0);
    }

    /** A reseller asks the shop to visit one of its customers, and the shop refuses. */
    public static ReceiveRequest proxyRequestRefused(PartyId id) {
        return receiveRequest(id, Channel.PHONE, true, Answer.REFUSED, REFUSAL_REASON);
    }

    public static ReceiveRequest receiveRequest(
            PartyId id, Channel channel, boolean onBehalfOfCustomer, Answer answer, String... reasons) {
        return new ReceiveRequest(
                id, channel, onBehalfOfCustomer, requestSummary(onBehalfOfCustomer), answer, List.of(reasons), T0);
    }

    public static IdentifyCaller identifyCaller(PartyId id, String name, boolean fullNameGiven) {
        return new IdentifyCaller(
                id, PersonName.ofNullable(name), fullNameGiven, "担当者", PhoneNumber.parse("03-1234-5678"), T0);
    }

    /** A trouble of the given category that happened on the day it is logged. */
    public static LogTrouble logTrouble(PartyId id, TroubleCategory category) {
        return logTrouble(id, category, T0_DATE, T0);
    }

    public static LogTrouble logTrouble(
            PartyId id, TroubleCategory category, LocalDate occurredOn, Instant recordedAt) {
        return new LogTrouble(id, category, Severity.MAJOR, troubleDescription(category), occurredOn, recordedAt);
    }

    public static RecordPaymentShort recordPaymentShort(
            PartyId id, String invoiceRef, long invoiced, long paid, ShortfallReason reason, int daysLate) {
        return new RecordPaymentShort(id, invoiceRef, yen(invoiced), yen(paid), reason, daysLate, T0);
    }

    public static SettlePayment settlePayment(PartyId id, String invoiceRef, long paid) {
        return new SettlePayment(id, invoiceRef, yen(paid), T0);
    }

    public static TerminateRelationship terminate(PartyId id) {
        return new TerminateRelationship(id, TERMINATION_REASON, T0);
    }

    public static ReinstateRelationship reinstate(PartyId id) {
        return new ReinstateRelationship(id, REINSTATEMENT_REASON, T0);
    }

    // Events, each the one its namesake command produces

    public static PartyRegistered registered(PartyId id) {
        return registered(id, kindOf(id), detailsOf(id));
    }

    public static PartyRegistered registered(PartyId id, PartyKind kind, PartyDetails details) {
        return new PartyRegistered(id, kind, details, T0);
    }

    public static PartyAmended amended(PartyId id, PartyKind kind, PartyDetails details) {
        return new PartyAmended(id, kind, details, T0);
    }

    public static RequestReceived proxyRequestRefusedEvent(PartyId id) {
        return requestReceived(id, Channel.PHONE, true, Answer.REFUSED, REFUSAL_REASON);
    }

    public static RequestReceived requestReceived(
            PartyId id, Channel channel, boolean onBehalfOfCustomer, Answer answer, String... reasons) {
        return new RequestReceived(
                id, channel, onBehalfOfCustomer, requestSummary(onBehalfOfCustomer), answer, List.of(reasons), T0);
    }

    public static CallerIdentified callerIdentified(PartyId id, String name, boolean fullNameGiven) {
        return new CallerIdentified(
                id, PersonName.ofNullable(name), fullNameGiven, "担当者", PhoneNumber.parse("03-1234-5678"), T0);
    }

    public static TroubleLogged troubleLogged(PartyId id, TroubleCategory category) {
        return troubleLogged(id, category, T0_DATE, T0);
    }

    public static TroubleLogged troubleLogged(
            PartyId id, TroubleCategory category, LocalDate occurredOn, Instant recordedAt) {
        return new TroubleLogged(id, category, Severity.MAJOR, troubleDescription(category), occurredOn, recordedAt);
    }

    /** The shortfall event, with what is outstanding worked out as invoiced minus paid. */
    public static PaymentShort paymentShort(
            PartyId id, String invoiceRef, long invoiced, long paid, ShortfallReason reason, int daysLate) {
        return new PaymentShort(id, invoiceRef, yen(invoiced), yen(paid), yen(invoiced - paid), reason, daysLate, T0);
    }

    public static PaymentSettled paymentSettled(PartyId id, String invoiceRef, long paid, long outstanding) {
        return new PaymentSettled(id, invoiceRef, yen(paid), yen(outstanding), T0);
    }

    public static RelationshipTerminated terminated(PartyId id) {
        return new RelationshipTerminated(id, TERMINATION_REASON, T0);
    }

    public static RelationshipReinstated reinstated(PartyId id) {
        return new RelationshipReinstated(id, REINSTATEMENT_REASON, T0);
    }

    private static String requestSummary(boolean onBehalfOfCustomer) {
        return onBehalfOfCustomer ? "顧客宅の光回線切り替え後、インターネットに繋がらない" : "自宅のWi-Fiが繋がらない";
    }

    private static String troubleDescription(TroubleCategory category) {
        return "fixture trouble: " + category;
    }
}
