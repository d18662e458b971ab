package org.trustledger.domain.trust;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.Yen;

/**
 * Explains a status: the hard facts first, then what still weighs against and for the party at {@code asOf}, each
 * reason pointing at the events behind it.
 */
final class TrustReasons {
    private final TrustPolicySettings settings;

    TrustReasons(TrustPolicySettings settings) {
        this.settings = settings;
    }

    List<Reason> of(
            TrustStatus status,
            TierReplay.Track track,
            Totals now,
            PartyRecord record,
            LinkToTerminated link,
            Instant asOf) {
        return of(status, track, now, record, link, asOf, null);
    }

    /**
     * As {@link #of(TrustStatus, TierReplay.Track, Totals, PartyRecord, LinkToTerminated, Instant)}, with the events
     * behind a held tier already known, for a caller whose record no longer holds the evidence of that time.
     *
     * @param heldBecause {@link #heldBecause} at the track's {@code since}, or null to work it out from the record
     */
    List<Reason> of(
            TrustStatus status,
            TierReplay.Track track,
            Totals now,
            PartyRecord record,
            LinkToTerminated link,
            Instant asOf,
            List<Long> heldBecause) {
        List<Reason> reasons = new ArrayList<>();
        if (record.terminated()) {
            reasons.add(Reason.of(ReasonCode.TERMINATED, Map.of(), List.of(record.terminatedBy())));
        }
        link.reason().ifPresent(reasons::add);
        if (record.reinstatedBy() != null) {
            List<Long> sequences = record.terminatedBy() == null
                    ? List.of(record.reinstatedBy())
                    : List.of(record.terminatedBy(), record.reinstatedBy());
            reasons.add(Reason.of(ReasonCode.REINSTATED, Map.of(), sequences));
        }
        if (record.owing()) {
            reasons.add(unsettled(record));
        }
        heldReason(status, track, now, record, heldBecause).ifPresent(reasons::add);

        Map<EvidenceKind, List<Evidence>> counted = new LinkedHashMap<>();
        Map<EvidenceKind, Double> weights = new LinkedHashMap<>();
        List<Evidence> pending = new ArrayList<>();
        for (Evidence e : record.evidence()) {
            double weight = e.countedWeight(asOf, settings.negligibleWeight());
            if (weight > 0) {
                counted.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
                weights.merge(e.kind(), weight, Double::sum);
            }
            if (e.kind() == EvidenceKind.GOOD_JOB && e.from().isAfter(asOf)) {
                pending.add(e);
            }
        }
        List<Evidence> troubles = counted.getOrDefault(EvidenceKind.TROUBLE, List.of());
        if (!troubles.isEmpty()) {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("count", troubles.size());
            for (Severity severity : Severity.values()) {
                args.put(severity.name().toLowerCase(Locale.ROOT), (int)
                        troubles.stream().filter(e -> e.severity() == severity).count());
            }
            args.put("weight", rounded(weights.get(EvidenceKind.TROUBLE)));
            reasons.add(Reason.of(ReasonCode.TROUBLES, args, sequences(troubles)));
        }
        countedReason(ReasonCode.SHORT_PAYMENTS, EvidenceKind.SHORT_PAYMENT, counted, weights)
                .ifPresent(reasons::add);
        countedReason(ReasonCode.NAME_WITHHELD, EvidenceKind.NAME_WITHHELD, counted, weights)
                .ifPresent(reasons::add);

        List<Evidence> jobs = counted.getOrDefault(EvidenceKind.GOOD_JOB, List.of());
        List<Evidence> settlements = counted.getOrDefault(EvidenceKind.SETTLEMENT, List.of());
        if (now.good() > 0) {
            List<Evidence> good = new ArrayList<>(jobs);
            good.addAll(settlements);
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("jobs", jobs.size());
            args.put("settlements", settlements.size());
            // What the good record actually takes off the score, not what it would if uncapped.
            args.put("weight", rounded(Math.min(now.good(), settings.goodCreditCap())));
            reasons.add(Reason.of(ReasonCode.GOOD_RECORD, args, sequences(good)));
        }
        if (!pending.isEmpty()) {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("count", pending.size());
            args.put("probationDays", settings.jobProbation().toDays());
            reasons.add(Reason.of(ReasonCode.JOBS_IN_PROBATION, args, sequences(pending)));
        }
        // A termination or a likely rename is itself the weightiest fact there is: never "nothing on record".
        boolean hardFact = status == TrustStatus.TERMINATED || status == TrustStatus.PROVISIONAL;
        if (hardFact) {
            return reasons;
        }
        if (counted.isEmpty() && !record.owing()) {
            reasons.add(Reason.of(ReasonCode.NO_EVIDENCE, Map.of(), List.of()));
        } else if (now.good() == 0 && track.tier() == Tier.CALM && !record.owing()) {
            reasons.add(Reason.of(ReasonCode.NO_GOOD_RECORD, Map.of(), List.of()));
        }
        return reasons;
    }

    private static Reason unsettled(PartyRecord record) {
        long outstanding = 0;
        int count = 0;
        List<Long> sequences = new ArrayList<>();
        for (Map.Entry<String, Yen> invoice :
                record.state().outstandingByInvoice().entrySet()) {
            if (invoice.getValue().value() > 0) {
                count++;
                outstanding = Math.addExact(outstanding, invoice.getValue().value());
                sequences.addAll(record.invoiceSequences().get(invoice.getKey()));
            }
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("invoices", count);
        args.put("outstandingYen", outstanding);
        return Reason.of(
                ReasonCode.UNSETTLED_SHORTFALL,
                args,
                sequences.stream().sorted().toList());
    }

    /** WATCH or UNRELIABLE kept by hysteresis: below the level that enters the tier, not yet below the one that leaves. */
    private Optional<Reason> heldReason(
            TrustStatus status, TierReplay.Track track, Totals now, PartyRecord record, List<Long> heldBecause) {
        double enter;
        double exit;
        if (track.tier() == Tier.WATCH && status == TrustStatus.WATCH) {
            enter = settings.watchEnter();
            exit = settings.watchExit();
        } else if (track.tier() == Tier.UNRELIABLE && status == TrustStatus.UNRELIABLE) {
            enter = settings.unreliableEnter();
            exit = settings.unreliableExit();
        } else {
            return Optional.empty();
        }
        if (now.score() >= enter) {
            return Optional.empty();
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("status", status.name());
        args.put("score", rounded(now.score()));
        args.put("exitBelow", exit);
        args.put(
                "since",
                LocalDate.ofInstant(track.since(), PartyDecider.SHOP_ZONE).toString());
        List<Long> because = heldBecause == null ? heldBecause(record, track.since()) : heldBecause;
        return Optional.of(Reason.of(ReasonCode.TIER_HELD, args, because));
    }

    /** The bad evidence that counted when the tier was entered, worked out once rather than at every change. */
    List<Long> heldBecause(PartyRecord record, Instant since) {
        return record.evidence().stream()
                .filter(e -> e.kind().bad() && e.countedWeight(since, settings.negligibleWeight()) > 0)
                .map(Evidence::sequence)
                .sorted()
                .toList();
    }

    private static Optional<Reason> countedReason(
            ReasonCode code,
            EvidenceKind kind,
            Map<EvidenceKind, List<Evidence>> counted,
            Map<EvidenceKind, Double> weights) {
        List<Evidence> items = counted.getOrDefault(kind, List.of());
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("count", items.size());
        args.put("weight", rounded(weights.get(kind)));
        return Optional.of(Reason.of(code, args, sequences(items)));
    }

    private static List<Long> sequences(List<Evidence> items) {
        return items.stream().map(Evidence::sequence).sorted().toList();
    }

    /** Two decimals are what a person reads; the unrounded score stays on the assessment. */
    private static double rounded(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
