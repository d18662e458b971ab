package org.trustledger.domain.trust;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.PaymentSettled;
import org.trustledger.domain.party.PartyEvent.PaymentShort;
import org.trustledger.domain.party.PartyEvent.RelationshipReinstated;
import org.trustledger.domain.party.PartyEvent.RelationshipTerminated;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.party.Yen;

/** Builds a party's history day by day, counted from {@link #DAY_0}, so tests read as a diary. */
final class PartyHistory {
    /** 10:00 in Tokyo, a working morning. */
    static final Instant DAY_0 = Instant.parse("2025-04-01T01:00:00Z");

    static final PartyId PARTY = new PartyId(UUID.fromString("7d1c2f9e-3a4b-4c5d-8e6f-0a1b2c3d4e5f"));

    /** An unreviewed link to a terminated party by the same floor, as matching reports it. */
    static final List<TerminatedLink> LINKED = List.of(new TerminatedLink(
            new PartyId(UUID.fromString("0c7e6a51-2b3d-4e5f-8a9b-1c2d3e4f5a6b")),
            "株式会社ネクストライン",
            List.of(new IdentityEvidence(
                    IdentityEvidence.Kind.ADDRESS,
                    IdentityEvidence.Grade.IDENTIFYING,
                    1.0,
                    new IdentityEvidence.Detail(
                            "identity.detail.ADDRESS", java.util.List.of(), "same floor or room")))));

    static List<TerminatedLink> linked(boolean linked) {
        return linked ? LINKED : List.of();
    }

    private static final PartyDetails DETAILS =
            new PartyDetails(new PartyName("株式会社ひかり回線サポート"), null, null, null, null);

    private final List<PartyEvent> events = new ArrayList<>();

    private PartyHistory() {}

    static PartyHistory registered() {
        return new PartyHistory().add(new PartyRegistered(PARTY, PartyKind.RESELLER, DETAILS, day(0)));
    }

    static PartyHistory empty() {
        return new PartyHistory();
    }

    static Instant day(double days) {
        return DAY_0.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    PartyHistory amended(double onDay) {
        return add(new PartyAmended(PARTY, PartyKind.RESELLER, DETAILS, day(onDay)));
    }

    PartyHistory acceptedJob(double onDay) {
        return request(onDay, Answer.ACCEPTED);
    }

    PartyHistory refusedRequest(double onDay) {
        return request(onDay, Answer.REFUSED);
    }

    PartyHistory acceptedJobsEvery(double fromDay, double everyDays, int count) {
        for (int i = 0; i < count; i++) {
            acceptedJob(fromDay + i * everyDays);
        }
        return this;
    }

    PartyHistory request(double onDay, Answer answer) {
        List<String> reasons = answer == Answer.REFUSED ? List.of("proxy request from a reseller") : List.of();
        return add(new RequestReceived(
                PARTY, Channel.PHONE, true, "router set-up at a customer's home", answer, reasons, day(onDay)));
    }

    PartyHistory trouble(double onDay, Severity severity) {
        return add(new TroubleLogged(
                PARTY, TroubleCategory.WRONG_PLAN, severity, "condominium line, house plan", null, day(onDay)));
    }

    PartyHistory troubleThatOccurredOn(double recordedOnDay, Severity severity, LocalDate occurredOn) {
        return add(new TroubleLogged(
                PARTY,
                TroubleCategory.PROMISE_BROKEN,
                severity,
                "fee not paid as promised",
                occurredOn,
                day(recordedOnDay)));
    }

    PartyHistory nameWithheld(double onDay) {
        return add(new CallerIdentified(PARTY, PersonName.ofNullable("佐藤"), false, "sales", null, day(onDay)));
    }

    PartyHistory nameGiven(double onDay) {
        return add(new CallerIdentified(PARTY, new PersonName("佐藤 花子"), true, "sales", null, day(onDay)));
    }

    PartyHistory paidShort(double onDay, String invoice, long invoiced, long paid, ShortfallReason reason) {
        return add(new PaymentShort(
                PARTY,
                invoice,
                new Yen(invoiced),
                new Yen(paid),
                new Yen(invoiced - paid),
                reason,
                reason == ShortfallReason.LATE ? 30 : 0,
                day(onDay)));
    }

    PartyHistory settled(double onDay, String invoice, long paid, long stillOutstanding) {
        return add(new PaymentSettled(PARTY, invoice, new Yen(paid), new Yen(stillOutstanding), day(onDay)));
    }

    PartyHistory terminated(double onDay) {
        return add(new RelationshipTerminated(PARTY, "two wrong plans sold in a month", day(onDay)));
    }

    PartyHistory reinstated(double onDay) {
        return add(new RelationshipReinstated(PARTY, "new management, manager agreed to a trial", day(onDay)));
    }

    PartyHistory add(PartyEvent event) {
        events.add(event);
        return this;
    }

    /** The sequence the next event will get, for pointing at it in assertions. */
    long nextSequence() {
        return events.size() + 1L;
    }

    List<SequencedEvent> events() {
        return SequencedEvent.numbered(events);
    }
}
