package org.trustledger.domain.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.AddressKey;
import org.trustledger.domain.identity.CompanyNameKey;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.identity.IdentityEvidence.Kind;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.trust.Reason;
import org.trustledger.domain.trust.ReasonCode;
import org.trustledger.domain.trust.TrustStatus;

/**
 * The shop's intake-screening rules: given what staff know about a caller and the known parties the index found, it
 * answers ACCEPT, CAUTION or REFUSE with its reasons and the matches with their evidence. A pure function, with no clock
 * and no I/O, so that it answers during the call and the same question always gets the same answer.
 *
 * <p><b>Identity over time.</b> A known party's former phones, addresses, names, representatives and bank accounts,
 * and the numbers its callers gave, are evidence graded as today's details are, labelled with the month they stopped
 * being current, since a reseller that moved or changed its number is still the same business.
 *
 * <p><b>Evidence</b> is graded ({@link IdentityEvidence.Grade}). <i>Identifying</i>: the party's own phone number (not
 * toll-free, navi-dial or 050), the same bank account, the same building and floor or room. <i>Linking</i>: the same
 * building on another floor, the same street address where one side names no building, the same representative, the
 * same company name (under another legal form), the same person calling. <i>Weak</i>: a shared-service number, two
 * named buildings at one street address, and any value more than {@code crowdedThreshold} known parties share (it also
 * weighs half). The match score is {@code 1 − Π(1 − weight)}.
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
 *   <li>REFUSE: the requester is terminated; under another name, the caller shares identifying evidence or two
 *       independent links with a terminated party (LINKED_TO_TERMINATED); a reseller, claimed or identified, asks on
 *       behalf of a customer.
 *   <li>CAUTION, with a question to ask: a single link with a terminated party, or a likely rename of a party under
 *       review (POSSIBLE_LINK); the requester itself awaits review as a likely rename (PROVISIONAL_CALLER, or REFUSE if
 *       the settings say so); the caller withholds their full name; the requester owes money or has a poor record.
 *   <li>Information: a direct customer, a returning customer, a web-form customer, a withheld number; otherwise
 *       NO_CONCERN, so that every answer explains itself.
 *   <li>NO_RECORD, its own verdict: nothing matches; shown neither as an acceptance nor as a warning, but with the
 *       questions to ask an unknown caller.
 * </ul>
 *
 * <p><b>Direct customers.</b> A customer asking for themselves (the claimed kind, or else the requester's kind, is
 * CUSTOMER) is served even when the reseller that signed them up is refused; only their own termination refuses them.
 * Evidence shared with a terminated party is still listed, but calls for CAUTION: a customer who shares a reseller's
 * own phone or floor may be a reseller posing as its customer, which staff can check with a question or two, but the
 * shop would rather ask than turn a customer away. Because a phone number alone does not make a self-declared customer
 * into the reseller that owns it, such a caller is never identified as that reseller without its name. A direct
 * customer who returns or came through the web form is HIGH priority unless refused.
 *
 * <p><b>Order.</b> The verdict is the most severe effect among the reasons; the reasons are ordered by effect, then by
 * code as declared, and the matches by score, the best first.
 */
public final class Screening {
    private static final String POSSIBLE_LINK_CUSTOMER = "CUSTOMER";
    private static final String POSSIBLE_LINK_UNDER_REVIEW = "UNDER_REVIEW";

    private final ScreeningSettings settings;
    private final EvidenceGrader grader;

    public Screening() {
        this(ScreeningSettings.DEFAULTS);
    }

    public Screening(ScreeningSettings settings) {
        this.settings = InvalidValueException.requireValue("settings", settings);
        this.grader = new EvidenceGrader(settings);
    }

    public ScreeningSettings settings() {
        return settings;
    }

    /**
     * Every message key a screening reason may carry, so that adapters can prove they have a text for each: one per
     * code, and one per question a possible link asks.
     */
    public static List<String> messageKeys() {
        List<String> keys = new ArrayList<>();
        for (ScreeningReasonCode code : ScreeningReasonCode.values()) {
            // A possible link always asks its own question, so its bare key is never shown.
            if (code != ScreeningReasonCode.POSSIBLE_LINK) {
                keys.add(code.messageKey());
            }
        }
        for (Kind kind : Kind.values()) {
            keys.add(possibleLinkKey(kind.name()));
        }
        keys.add(possibleLinkKey(POSSIBLE_LINK_CUSTOMER));
        keys.add(possibleLinkKey(POSSIBLE_LINK_UNDER_REVIEW));
        return List.copyOf(keys);
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
        List<Assessed> assessed = assess(request, candidates, keyCounts);
        Assessed requester = requester(request, assessed).orElse(null);
        boolean direct = isDirectCustomer(request, requester);

        List<ScreeningReason> reasons = new ArrayList<>();
        refusals(request, requester, reasons);
        links(assessed, requester, direct, reasons);
        cautions(request, requester, reasons);
        information(request, requester, direct, reasons);

        List<Match> matches = matches(assessed, requester, reasons);
        if (reasons.isEmpty()) {
            reasons.add(matches.isEmpty() ? noMatch() : noConcern(requester, matches));
        }
        if (request.phoneWithheld() && (request.channel() == null || request.channel() == Channel.PHONE)) {
            // Said after the rest, since on its own it neither clears nor accuses the caller.
            reasons.add(ScreeningReason.of(ScreeningReasonCode.NUMBER_WITHHELD, Verdict.ACCEPT, Map.of(), List.of()));
        }
        reasons.sort(Comparator.comparing(ScreeningReason::effect).reversed().thenComparing(ScreeningReason::code));
        Verdict verdict = reasons.stream().map(ScreeningReason::effect).reduce(Verdict.ACCEPT, Verdict::worst);
        return new ScreeningResult(verdict, priority(direct, verdict, reasons), reasons, matches);
    }

    // Evidence

    private List<Assessed> assess(ScreeningRequest request, List<Candidate> candidates, KeyCounts keyCounts) {
        List<String> townCities = townCities(request, candidates);
        Set<PartyId> seen = new HashSet<>();
        List<Assessed> assessed = new ArrayList<>();
        for (Candidate candidate : candidates) {
            InvalidValueException.requireValue("candidates", candidate);
            if (!seen.add(candidate.partyId())) {
                throw new InvalidValueException(
                        "candidates", "party " + candidate.partyId() + " is listed twice; list each candidate once");
            }
            List<IdentityEvidence> evidence = grader.compare(
                    request.identity(),
                    request.callers(),
                    candidate.identity(),
                    candidate.callers(),
                    candidate.history(),
                    keyCounts,
                    townCities);
            if (!evidence.isEmpty()) {
                assessed.add(new Assessed(candidate, evidence, score(evidence)));
            }
        }
        // Stable, so that equal scores keep the adapter's order.
        assessed.sort(Comparator.comparingDouble(Assessed::score).reversed());
        return List.copyOf(assessed);
    }

    /**
     * The cities or wards of the known parties whose address has the town and block numbers of the caller's, when the
     * caller named no city or ward: two or more of them mean the town alone cannot say which party is meant.
     */
    private static List<String> townCities(ScreeningRequest request, List<Candidate> candidates) {
        Address address = request.identity().address();
        AddressKey mine = address == null ? null : address.key();
        if (mine == null || !mine.readable() || !mine.municipality().isEmpty()) {
            return List.of();
        }
        Set<String> cities = new TreeSet<>();
        for (Candidate candidate : candidates) {
            if (candidate == null) {
                continue;
            }
            List<Address> addresses = new ArrayList<>();
            addresses.add(candidate.identity().address());
            candidate.history().former().forEach(f -> addresses.add(f.identity().address()));
            for (Address theirs : addresses) {
                if (theirs != null && mine.matchesByTownOnly(theirs.key())) {
                    cities.add(theirs.key().municipality());
                }
            }
        }
        List<String> all = List.copyOf(cities);
        // 札幌市 and 札幌市中央区 are one place written twice.
        return all.stream()
                .filter(city -> !city.isEmpty()
                        && all.stream().noneMatch(other -> !other.equals(city) && other.startsWith(city)))
                .toList();
    }

    /**
     * {@code 1 − Π(1 − weight)}, folded one piece at a time as {@code s + w − s·w}: the same value, but a single piece
     * of evidence scores exactly its weight, so that thresholds such as a listing score of 0.3 behave as written.
     */
    private static double score(List<IdentityEvidence> evidence) {
        double score = 0.0;
        for (IdentityEvidence piece : evidence) {
            double weight = piece.weight();
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
            // A company calling under the name it had before is that company, as much as under today's.
            return assessed.stream()
                    .filter(a -> name.sameCore(a.candidate().identity().name().key())
                            || a.candidate().history().former().stream()
                                    .map(f -> f.identity().name())
                                    .anyMatch(former -> former != null && name.sameCore(former.key())))
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

    private static void refusals(ScreeningRequest request, Assessed requester, List<ScreeningReason> reasons) {
        if (requester != null && requester.status() == TrustStatus.TERMINATED) {
            reasons.add(ScreeningReason.of(
                    ScreeningReasonCode.TERMINATED_PARTY,
                    Verdict.REFUSE,
                    Map.of("party", requester.name()),
                    List.of(requester.partyId())));
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

    /**
     * Links to terminated parties, graded: a likely rename is refused (a direct customer is asked instead), a single
     * link is a question; a caller who is a party under review is told so with that party's own links.
     */
    private void links(List<Assessed> assessed, Assessed requester, boolean direct, List<ScreeningReason> reasons) {
        if (requester != null && requester.status() == TrustStatus.PROVISIONAL) {
            reasons.add(provisionalCaller(requester, direct ? Verdict.CAUTION : settings.provisionalCallerVerdict()));
        }
        for (Assessed other : assessed) {
            if (other == requester) {
                continue;
            }
            EvidenceGrader.Strength strength = EvidenceGrader.strength(other.evidence());
            if (other.status() == TrustStatus.TERMINATED && strength == EvidenceGrader.Strength.LIKELY) {
                Verdict effect = direct ? Verdict.CAUTION : Verdict.REFUSE;
                reasons.add(linked(ScreeningReasonCode.LINKED_TO_TERMINATED, null, other, effect));
            } else if (other.status() == TrustStatus.TERMINATED && strength == EvidenceGrader.Strength.POSSIBLE) {
                String question =
                        direct ? POSSIBLE_LINK_CUSTOMER : other.linkingKind().name();
                reasons.add(linked(ScreeningReasonCode.POSSIBLE_LINK, question, other, Verdict.CAUTION));
            } else if (other.status() == TrustStatus.PROVISIONAL && strength == EvidenceGrader.Strength.LIKELY) {
                reasons.add(
                        linked(ScreeningReasonCode.POSSIBLE_LINK, POSSIBLE_LINK_UNDER_REVIEW, other, Verdict.CAUTION));
            }
        }
    }

    private static ScreeningReason linked(ScreeningReasonCode code, String question, Assessed party, Verdict effect) {
        List<IdentityEvidence> evidence = party.evidence().stream()
                .filter(e -> e.grade() != IdentityEvidence.Grade.WEAK)
                .toList();
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("party", party.name());
        args.put("status", party.status().name());
        args.put("evidenceKinds", kinds(evidence));
        args.put("evidence", evidence.stream().map(e -> e.detail().asArgument()).toList());
        String messageKey = question == null ? code.messageKey() : possibleLinkKey(question);
        return new ScreeningReason(code, effect, messageKey, args, List.of(party.partyId()));
    }

    /** The caller's own party awaits review; its reason names the terminated parties and the evidence behind it. */
    private static ScreeningReason provisionalCaller(Assessed requester, Verdict effect) {
        Map<String, Object> link = requester
                .candidate()
                .trust()
                .reason(ReasonCode.LINKED_TO_TERMINATED)
                .map(Reason::args)
                .orElse(Map.of());
        List<PartyId> parties = new ArrayList<>();
        parties.add(requester.partyId());
        if (link.get("partyIds") instanceof List<?> ids) {
            ids.forEach(id -> parties.add(new PartyId(UUID.fromString(String.valueOf(id)))));
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("party", requester.name());
        args.put("linkedParty", link.getOrDefault("party", List.of()));
        args.put("evidenceKinds", link.getOrDefault("evidenceKinds", List.of()));
        args.put("evidence", link.getOrDefault("evidence", List.of()));
        return ScreeningReason.of(ScreeningReasonCode.PROVISIONAL_CALLER, effect, args, parties);
    }

    private static List<String> kinds(List<IdentityEvidence> evidence) {
        return evidence.stream().map(e -> e.kind().name()).distinct().toList();
    }

    private static String possibleLinkKey(String question) {
        return ScreeningReasonCode.POSSIBLE_LINK.messageKey() + "." + question;
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
        return ScreeningReason.of(ScreeningReasonCode.NO_RECORD, Verdict.NO_RECORD, Map.of(), List.of());
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
                        a.evidence(),
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

    /** A candidate with its evidence against the caller. */
    private record Assessed(Candidate candidate, List<IdentityEvidence> evidence, double score) {
        PartyId partyId() {
            return candidate.partyId();
        }

        String name() {
            return candidate.name();
        }

        TrustStatus status() {
            return candidate.trust().status();
        }

        /** A phone or an account of one's own says who is calling; a shared floor only says where. */
        boolean identifying() {
            return evidence.stream()
                    .anyMatch(e -> e.grade() == IdentityEvidence.Grade.IDENTIFYING
                            && (e.kind() == Kind.PHONE || e.kind() == Kind.BANK_ACCOUNT));
        }

        /** The kind of the strongest linking evidence, which decides the question to ask. */
        Kind linkingKind() {
            return evidence.stream()
                    .filter(e -> e.grade() == IdentityEvidence.Grade.LINKING)
                    .map(IdentityEvidence::kind)
                    .findFirst()
                    .orElseThrow();
        }
    }
}
