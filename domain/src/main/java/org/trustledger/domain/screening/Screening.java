package org.trustledger.domain.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.AddressKey;
import org.trustledger.domain.identity.AddressMatch;
import org.trustledger.domain.identity.CompanyNameKey;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.identity.IdentityEvidence.Kind;
import org.trustledger.domain.identity.IdentityMatcher;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.trust.ReasonCode;
import org.trustledger.domain.trust.TrustStatus;

/**
 * The shop's intake-screening rules: given what staff know about a caller and the known parties the index found, it
 * answers ACCEPT, CAUTION or REFUSE with its reasons and the matches with their evidence. A pure function, with no clock
 * and no I/O, so that it answers during the call and the same question always gets the same answer.
 *
 * <p><b>Evidence.</b> Each candidate is compared with the caller attribute by attribute through {@link IdentityMatcher};
 * the match score is {@code 1 − Π(1 − weight)}. Strong evidence is a phone of the party's own (not toll-free, navi-dial
 * or 050), an address in the same building, a bank account or a representative; a bare street address, a shared-service
 * number or a name is weak. Evidence on a key more than {@code crowdedThreshold} known parties share weighs half and is
 * never strong, since a call centre or a virtual office ties many unrelated businesses together.
 *
 * <p><b>The requester</b> is the known party taken to be the caller's own: among those with the same company name core,
 * the best match. Without a company name, it is the best match that shares the caller's own phone or bank account with a
 * score of at least {@code requesterMatchScore} and is of the kind the caller claims, if they claim one. Ties go to the
 * party with the worse status, since staff can ask who they are talking to and the product cannot. A caller who gives a
 * different name is not that party: they are a new name, and a shared attribute then is a link, not an identity.
 *
 * <p><b>Rules</b>, each a {@link ScreeningReasonCode}:
 *
 * <ul>
 *   <li>REFUSE: the requester is terminated; the caller is linked to a terminated party (strong evidence shared with a
 *       party that is TERMINATED or PROVISIONAL, or the requester is PROVISIONAL itself); a reseller — claimed or
 *       identified — asks on behalf of a customer.
 *   <li>CAUTION: the caller withholds their full name; the requester owes money; the requester is WATCH or UNRELIABLE.
 *   <li>Information: a direct customer, a returning customer, a web-form customer; otherwise NO_CONCERN or NO_MATCH, so
 *       that every answer explains itself.
 * </ul>
 *
 * <p><b>Direct customers.</b> A customer asking for themselves (the claimed kind, or else the requester's kind, is
 * CUSTOMER) is served even when the reseller that signed them up is refused; only their own termination refuses them.
 * A link to a terminated party is still listed, but it calls for CAUTION rather than REFUSE: a customer who shares a
 * reseller's own phone, floor, account or representative may be a reseller posing as its customer, which staff can
 * check with a question or two, but the shop would rather ask than turn a customer away. Because a phone number alone
 * does not make a self-declared customer into the reseller that owns it, such a caller is never identified as that
 * reseller without its name. A direct customer who returns or came through the web form is HIGH priority unless
 * refused.
 *
 * <p><b>Order.</b> The verdict is the most severe effect among the reasons; the reasons are ordered by effect, then by
 * code as declared, and the matches by score, the best first.
 */
public final class Screening {
    /** Evidence on a crowded key counts for this much of its weight. */
    private static final double CROWDED_FACTOR = 0.5;

    private final ScreeningSettings settings;
    private final IdentityMatcher matcher;

    public Screening() {
        this(ScreeningSettings.DEFAULTS);
    }

    public Screening(ScreeningSettings settings) {
        this.settings = InvalidValueException.requireValue("settings", settings);
        this.matcher = new IdentityMatcher(settings.matchWeights());
    }

    public ScreeningSettings settings() {
        return settings;
    }

    /** Screens a caller against the candidates, with every key counting in full. */
    public ScreeningResult screen(ScreeningRequest request, List<Candidate> candidates) {
        return screen(request, candidates, KeyCounts.NONE);
    }

    /** Screens a caller against the candidates, weighing down keys that many known parties share. */
    public ScreeningResult screen(ScreeningRequest request, List<Candidate> candidates, KeyCounts keyCounts) {
        InvalidValueException.requireValue("request", request);
        InvalidValueException.requireValue("candidates", candidates);
        InvalidValueException.requireValue("keyCounts", keyCounts);
        List<Assessed> assessed = assess(request.identity(), candidates, keyCounts);
        Assessed requester = requester(request, assessed).orElse(null);
        boolean direct = isDirectCustomer(request, requester);

        List<ScreeningReason> reasons = new ArrayList<>();
        refusals(request, assessed, requester, direct, reasons);
        cautions(request, requester, reasons);
        information(request, requester, direct, reasons);

        List<Match> matches = matches(assessed, requester, reasons);
        if (reasons.isEmpty()) {
            reasons.add(matches.isEmpty() ? noMatch() : noConcern(requester, matches));
        }
        reasons.sort(Comparator.comparing(ScreeningReason::effect).reversed().thenComparing(ScreeningReason::code));
        Verdict verdict = reasons.stream().map(ScreeningReason::effect).reduce(Verdict.ACCEPT, Verdict::worst);
        return new ScreeningResult(verdict, priority(direct, verdict, reasons), reasons, matches);
    }

    /**
     * The terminated candidates that share strong evidence with a known party's identity — the rule of
     * LINKED_TO_TERMINATED applied to a party already on the ledger, so that it shows as PROVISIONAL until a manager
     * reviews the link. Candidates that are merely provisional themselves do not spread the link further.
     */
    public List<PartyId> linkedToTerminated(PartyIdentity identity, List<Candidate> candidates, KeyCounts keyCounts) {
        InvalidValueException.requireValue("identity", identity);
        return candidates.stream()
                .filter(c -> c.trust().status() == TrustStatus.TERMINATED)
                .filter(c -> grade(identity, c.identity(), keyCounts).stream().anyMatch(Graded::strong))
                .map(Candidate::partyId)
                .toList();
    }

    // Evidence

    private List<Assessed> assess(PartyIdentity caller, List<Candidate> candidates, KeyCounts keyCounts) {
        Set<PartyId> seen = new HashSet<>();
        List<Assessed> assessed = new ArrayList<>();
        for (Candidate candidate : candidates) {
            InvalidValueException.requireValue("candidates", candidate);
            if (!seen.add(candidate.partyId())) {
                throw new InvalidValueException(
                        "candidates", "party " + candidate.partyId() + " is listed twice; list each candidate once");
            }
            List<Graded> evidence = grade(caller, candidate.identity(), keyCounts);
            if (!evidence.isEmpty()) {
                assessed.add(new Assessed(candidate, evidence, score(evidence)));
            }
        }
        // Stable, so that equal scores keep the adapter's order.
        assessed.sort(Comparator.comparingDouble(Assessed::score).reversed());
        return List.copyOf(assessed);
    }

    /**
     * Compares one attribute of the caller at a time, because whether a piece of evidence is strong depends on the
     * attribute behind it (the line type, how far the addresses agree) and on how crowded its index key is.
     */
    private List<Graded> grade(PartyIdentity caller, PartyIdentity known, KeyCounts keyCounts) {
        List<Graded> graded = new ArrayList<>();
        for (Probe probe : probes(caller, known)) {
            int sharing = keyCounts.partiesUnder(probe.indexKey());
            boolean crowded = sharing > settings.crowdedThreshold();
            for (IdentityEvidence evidence : matcher.compare(probe.attribute(), known)) {
                if (crowded) {
                    IdentityEvidence halved = new IdentityEvidence(
                            evidence.kind(),
                            evidence.weight() * CROWDED_FACTOR,
                            evidence.detail() + " (shared by " + sharing + " known parties, half weight)");
                    graded.add(new Graded(halved, false));
                } else {
                    graded.add(new Graded(evidence, probe.strong()));
                }
            }
        }
        graded.sort(
                Comparator.comparingDouble((Graded g) -> g.evidence().weight()).reversed());
        return graded;
    }

    private static List<Probe> probes(PartyIdentity caller, PartyIdentity known) {
        List<Probe> probes = new ArrayList<>();
        for (PhoneNumber phone : caller.phones()) {
            probes.add(new Probe(
                    new PartyIdentity(null, List.of(phone), null, null, null),
                    !phone.sharedService(),
                    phone.indexKey()));
        }
        if (caller.address() != null) {
            AddressKey mine = caller.address().key();
            AddressMatch match = known.address() == null
                    ? AddressMatch.NONE
                    : mine.match(known.address().key());
            // A street address alone may be a whole office block or condominium; the building is what ties two firms.
            boolean sameBuilding = match == AddressMatch.SAME_BUILDING || match == AddressMatch.SAME_FLOOR_OR_ROOM;
            probes.add(new Probe(
                    new PartyIdentity(null, List.of(), caller.address(), null, null), sameBuilding, mine.indexKey()));
        }
        if (caller.bankAccount() != null) {
            probes.add(new Probe(
                    new PartyIdentity(null, List.of(), null, null, caller.bankAccount()),
                    true,
                    caller.bankAccount().key().indexKey()));
        }
        if (caller.representative() != null) {
            probes.add(new Probe(
                    new PartyIdentity(null, List.of(), null, caller.representative(), null),
                    true,
                    caller.representative().key().indexKey()));
        }
        if (caller.name() != null) {
            // A name is what a renamed business changes first, and what unrelated businesses share: never strong.
            probes.add(new Probe(
                    new PartyIdentity(caller.name(), List.of(), null, null, null),
                    false,
                    caller.name().key().indexKey()));
        }
        return probes;
    }

    /**
     * {@code 1 − Π(1 − weight)}, folded one piece at a time as {@code s + w − s·w}: the same value, but a single piece
     * of evidence scores exactly its weight, so that thresholds such as a listing score of 0.3 behave as written.
     */
    private static double score(List<Graded> evidence) {
        double score = 0.0;
        for (Graded graded : evidence) {
            double weight = graded.evidence().weight();
            score = score + weight - score * weight;
        }
        return Math.min(1.0, Math.max(0.0, score));
    }

    // The requester

    private Optional<Assessed> requester(ScreeningRequest request, List<Assessed> assessed) {
        Comparator<Assessed> likeliest = Comparator.comparingDouble(Assessed::score)
                .reversed()
                .thenComparing(a -> severity(a.status()), Comparator.reverseOrder());
        CompanyNameKey name =
                request.companyName() == null ? null : request.companyName().key();
        if (name != null && !name.core().isEmpty()) {
            return assessed.stream()
                    .filter(a -> name.sameCore(a.candidate().identity().name().key()))
                    .min(likeliest);
        }
        PartyKind claimed = request.requesterKind();
        return assessed.stream()
                .filter(Assessed::identifying)
                .filter(a -> a.score() >= settings.requesterMatchScore())
                .filter(a -> claimed == null || a.candidate().kind() == claimed)
                .min(likeliest);
    }

    private static boolean isDirectCustomer(ScreeningRequest request, Assessed requester) {
        // What the caller says they are comes first: a customer calling from a number a reseller once gave is a
        // customer.
        PartyKind kind = request.requesterKind() != null
                ? request.requesterKind()
                : requester == null ? null : requester.candidate().kind();
        return !request.onBehalfOfCustomer() && kind == PartyKind.CUSTOMER;
    }

    // Rules

    private static void refusals(
            ScreeningRequest request,
            List<Assessed> assessed,
            Assessed requester,
            boolean direct,
            List<ScreeningReason> reasons) {
        Verdict linkEffect = direct ? Verdict.CAUTION : Verdict.REFUSE;
        if (requester != null && requester.status() == TrustStatus.TERMINATED) {
            reasons.add(ScreeningReason.of(
                    ScreeningReasonCode.TERMINATED_PARTY,
                    Verdict.REFUSE,
                    Map.of("party", requester.name()),
                    List.of(requester.partyId())));
        }
        if (requester != null && requester.status() == TrustStatus.PROVISIONAL) {
            // Its own record already says it is likely a rename; the evidence shown is why it is taken for the caller.
            reasons.add(linked(requester, requester.evidence(), true, linkEffect));
        }
        for (Assessed other : assessed) {
            boolean blocked = other.status() == TrustStatus.TERMINATED || other.status() == TrustStatus.PROVISIONAL;
            List<Graded> strong = other.strongEvidence();
            if (other != requester && blocked && !strong.isEmpty()) {
                reasons.add(linked(other, strong, false, linkEffect));
            }
        }
        boolean reseller = request.requesterKind() == PartyKind.RESELLER
                || (requester != null && requester.candidate().kind() == PartyKind.RESELLER);
        if (request.onBehalfOfCustomer() && reseller) {
            reasons.add(ScreeningReason.of(
                    ScreeningReasonCode.PROXY_FROM_RESELLER,
                    Verdict.REFUSE,
                    Map.of("party", requester == null ? "" : requester.name()),
                    requester == null ? List.of() : List.of(requester.partyId())));
        }
    }

    private static ScreeningReason linked(Assessed party, List<Graded> evidence, boolean requester, Verdict effect) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("party", party.name());
        args.put("status", party.status().name());
        args.put("requester", requester);
        args.put(
                "evidenceKinds",
                evidence.stream()
                        .map(g -> g.evidence().kind().name())
                        .distinct()
                        .toList());
        args.put("evidence", evidence.stream().map(g -> g.evidence().detail()).toList());
        return ScreeningReason.of(ScreeningReasonCode.LINKED_TO_TERMINATED, effect, args, List.of(party.partyId()));
    }

    private static void cautions(ScreeningRequest request, Assessed requester, List<ScreeningReason> reasons) {
        if (request.callerNameWithheld()) {
            reasons.add(ScreeningReason.of(
                    ScreeningReasonCode.NAME_WITHHELD,
                    Verdict.CAUTION,
                    Map.of(
                            "callerName",
                            request.callerName() == null
                                    ? ""
                                    : request.callerName().value()),
                    List.of()));
        }
        if (requester == null) {
            return;
        }
        if (requester.candidate().unsettledShortfall()) {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("party", requester.name());
            requester.candidate().trust().reason(ReasonCode.UNSETTLED_SHORTFALL).ifPresent(r -> args.putAll(r.args()));
            reasons.add(ScreeningReason.of(
                    ScreeningReasonCode.UNSETTLED_SHORTFALL, Verdict.CAUTION, args, List.of(requester.partyId())));
        }
        if (requester.status() == TrustStatus.WATCH || requester.status() == TrustStatus.UNRELIABLE) {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("party", requester.name());
            args.put("status", requester.status().name());
            args.put("score", requester.candidate().trust().score());
            reasons.add(ScreeningReason.of(
                    ScreeningReasonCode.POOR_RECORD, Verdict.CAUTION, args, List.of(requester.partyId())));
        }
    }

    private static void information(
            ScreeningRequest request, Assessed requester, boolean direct, List<ScreeningReason> reasons) {
        if (!direct) {
            return;
        }
        String party = requester == null ? "" : requester.name();
        List<PartyId> parties = requester == null ? List.of() : List.of(requester.partyId());
        reasons.add(ScreeningReason.of(
                ScreeningReasonCode.DIRECT_CUSTOMER, Verdict.ACCEPT, Map.of("party", party), parties));
        if (requester != null
                && requester.candidate().kind() == PartyKind.CUSTOMER
                && requester.candidate().returningCustomer()) {
            reasons.add(ScreeningReason.of(
                    ScreeningReasonCode.RETURNING_CUSTOMER, Verdict.ACCEPT, Map.of("party", party), parties));
        }
        if (request.channel() == Channel.WEB_FORM) {
            reasons.add(ScreeningReason.of(ScreeningReasonCode.WEB_FORM, Verdict.ACCEPT, Map.of(), List.of()));
        }
    }

    private static ScreeningReason noMatch() {
        return ScreeningReason.of(ScreeningReasonCode.NO_MATCH, Verdict.ACCEPT, Map.of(), List.of());
    }

    private static ScreeningReason noConcern(Assessed requester, List<Match> matches) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("party", requester == null ? "" : requester.name());
        args.put("status", requester == null ? "" : requester.status().name());
        args.put("matches", matches.size());
        return ScreeningReason.of(
                ScreeningReasonCode.NO_CONCERN,
                Verdict.ACCEPT,
                args,
                requester == null ? List.of() : List.of(requester.partyId()));
    }

    private static Priority priority(boolean direct, Verdict verdict, List<ScreeningReason> reasons) {
        // A refused request is not served at all, so it has no place in the queue to jump.
        boolean preferred = reasons.stream()
                .anyMatch(r ->
                        r.code() == ScreeningReasonCode.RETURNING_CUSTOMER || r.code() == ScreeningReasonCode.WEB_FORM);
        return direct && verdict != Verdict.REFUSE && preferred ? Priority.HIGH : Priority.NORMAL;
    }

    // Matches

    private List<Match> matches(List<Assessed> assessed, Assessed requester, List<ScreeningReason> reasons) {
        Set<PartyId> named = new HashSet<>();
        reasons.forEach(r -> named.addAll(r.parties()));
        return assessed.stream()
                .filter(a -> a.score() >= settings.minimumMatchScore() || named.contains(a.partyId()) || a == requester)
                .map(a -> new Match(
                        a.partyId(),
                        a.name(),
                        a.candidate().kind(),
                        a.status(),
                        a.evidence().stream().map(Graded::evidence).toList(),
                        a.score(),
                        a == requester))
                .toList();
    }

    /** Higher for statuses that call for more care, so that a tie between two candidates errs on the safe side. */
    private static int severity(TrustStatus status) {
        return switch (status) {
            case GOOD -> 0;
            case NEW -> 1;
            case WATCH -> 2;
            case UNRELIABLE -> 3;
            case PROVISIONAL -> 4;
            case TERMINATED -> 5;
        };
    }

    /** One attribute of the caller, whether sharing it would be strong evidence, and the key it is indexed under. */
    private record Probe(PartyIdentity attribute, boolean strong, String indexKey) {}

    /** A piece of evidence and whether it is strong enough to tie the caller to a terminated party. */
    private record Graded(IdentityEvidence evidence, boolean strong) {
        /** A phone or an account of one's own says who is calling; a shared address or representative only links. */
        boolean identifying() {
            return strong && (evidence.kind() == Kind.PHONE || evidence.kind() == Kind.BANK_ACCOUNT);
        }
    }

    /** A candidate with its evidence against the caller. */
    private record Assessed(Candidate candidate, List<Graded> evidence, double score) {
        PartyId partyId() {
            return candidate.partyId();
        }

        String name() {
            return candidate.name();
        }

        TrustStatus status() {
            return candidate.trust().status();
        }

        boolean identifying() {
            return evidence.stream().anyMatch(Graded::identifying);
        }

        List<Graded> strongEvidence() {
            return evidence.stream().filter(Graded::strong).toList();
        }
    }
}
