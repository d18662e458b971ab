package org.trustledger.domain.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.trustledger.domain.identity.IdentityEvidence.Grade;

/**
 * Compares the identities of two parties and lists the evidence that they are one business, so that a
 * blocked reseller coming back under a new name is caught by its phone, address, bank account or representative.
 */
public final class IdentityMatcher {
    private final MatchWeights weights;

    public IdentityMatcher() {
        this(MatchWeights.DEFAULTS);
    }

    public IdentityMatcher(MatchWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** Every attribute the two identities share, strongest evidence first; empty when they share nothing. */
    public List<IdentityEvidence> compare(PartyIdentity a, PartyIdentity b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        List<IdentityEvidence> evidence = new ArrayList<>();
        phones(a, b, evidence);
        address(a, b, evidence);
        bankAccount(a, b, evidence);
        representative(a, b, evidence);
        name(a, b, evidence);
        emails(a, b, evidence);
        domains(a, b, evidence);
        evidence.sort(Comparator.comparingDouble(IdentityEvidence::weight).reversed());
        return List.copyOf(evidence);
    }

    private void phones(PartyIdentity a, PartyIdentity b, List<IdentityEvidence> evidence) {
        Set<String> seen = new HashSet<>();
        for (PhoneNumber phone : a.phones()) {
            // An extension reaches a desk, not another business: the line is what two parties share.
            if (b.phones().stream().noneMatch(phone::sameLine) || !seen.add(phone.e164())) {
                continue;
            }
            phone = phone.base();
            PhoneNumber.LineType line = phone.lineType();
            if (line.shared()) {
                // Call centres answer toll-free and navi-dial numbers for many clients; a 050 number is
                // easily passed on: worth a look, not a conclusion.
                evidence.add(new IdentityEvidence(
                        IdentityEvidence.Kind.PHONE,
                        Grade.WEAK,
                        weights.sharedServicePhone(),
                        detail(
                                "PHONE." + line.name(),
                                "same " + describe(line) + " number " + phone.display()
                                        + " (shared service, weak evidence)",
                                phone.display())));
            } else {
                evidence.add(new IdentityEvidence(
                        IdentityEvidence.Kind.PHONE,
                        Grade.IDENTIFYING,
                        weights.phone(),
                        detail("PHONE", "same phone number " + phone.display(), phone.display())));
            }
        }
    }

    private void address(PartyIdentity a, PartyIdentity b, List<IdentityEvidence> evidence) {
        if (a.address() == null || b.address() == null) {
            return;
        }
        AddressKey left = a.address().key();
        AddressKey right = b.address().key();
        AddressMatch match = left.match(right);
        String how = switch (match) {
            case SAME_FLOOR_OR_ROOM -> "same floor or room";
            case SAME_BUILDING -> "same building";
            case SAME_STREET_ADDRESS -> "same street address";
            case NONE -> null;
        };
        if (how == null) {
            return;
        }
        if (left.matchesByTownOnly(right)) {
            evidence.add(new IdentityEvidence(
                    IdentityEvidence.Kind.ADDRESS,
                    townOnlyGrade(match, left, right),
                    weights.address(match),
                    detail(
                            "ADDRESS.TOWN." + match.name(),
                            how + " (city or ward written on one side only): " + left.describe() + " / "
                                    + right.describe(),
                            left.describe(),
                            right.describe())));
            return;
        }
        evidence.add(new IdentityEvidence(
                IdentityEvidence.Kind.ADDRESS,
                grade(match, left, right),
                weights.address(match),
                detail(
                        "ADDRESS." + match.name(),
                        how + ": " + left.describe() + " / " + right.describe(),
                        left.describe(),
                        right.describe())));
    }

    /**
     * One floor or room of one building is one office; another floor of it, or a street address where one side names
     * no building, may be a neighbour; two different buildings at one street address are just neighbours.
     */
    private static Grade grade(AddressMatch match, AddressKey left, AddressKey right) {
        return switch (match) {
            case SAME_FLOOR_OR_ROOM -> Grade.IDENTIFYING;
            case SAME_BUILDING -> Grade.LINKING;
            case SAME_STREET_ADDRESS ->
                left.building().isEmpty() || right.building().isEmpty() ? Grade.LINKING : Grade.WEAK;
            case NONE -> Grade.WEAK;
        };
    }

    /**
     * Without the city or ward on one side, the town, block numbers, building and floor together still name one office;
     * with the building missing, the floor of some building in a town of that name is only a link.
     */
    private static Grade townOnlyGrade(AddressMatch match, AddressKey left, AddressKey right) {
        boolean buildingNamedOnBoth =
                !left.building().isEmpty() && !right.building().isEmpty();
        return match == AddressMatch.SAME_FLOOR_OR_ROOM && !buildingNamedOnBoth
                ? Grade.LINKING
                : grade(match, left, right);
    }

    private void bankAccount(PartyIdentity a, PartyIdentity b, List<IdentityEvidence> evidence) {
        if (a.bankAccount() == null || b.bankAccount() == null) {
            return;
        }
        BankAccountKey left = a.bankAccount().key();
        if (left.equals(b.bankAccount().key())) {
            evidence.add(new IdentityEvidence(
                    IdentityEvidence.Kind.BANK_ACCOUNT,
                    Grade.IDENTIFYING,
                    weights.bankAccount(),
                    detail(
                            "BANK_ACCOUNT." + left.type().name(),
                            "same bank account " + left.bank() + " " + left.branch() + " "
                                    + left.type().name().toLowerCase(Locale.ROOT) + " " + left.number(),
                            left.bank(),
                            left.branch(),
                            left.number())));
        }
    }

    private void representative(PartyIdentity a, PartyIdentity b, List<IdentityEvidence> evidence) {
        if (a.representative() == null || b.representative() == null) {
            return;
        }
        PersonNameKey left = a.representative().key();
        if (left.samePerson(b.representative().key())) {
            evidence.add(new IdentityEvidence(
                    IdentityEvidence.Kind.REPRESENTATIVE,
                    Grade.LINKING,
                    weights.representative(),
                    detail("REPRESENTATIVE", "same representative " + left.value(), left.value())));
        }
    }

    private void name(PartyIdentity a, PartyIdentity b, List<IdentityEvidence> evidence) {
        if (a.name() == null || b.name() == null) {
            return;
        }
        CompanyNameKey left = a.name().key();
        CompanyNameKey right = b.name().key();
        if (left.sameCore(right)) {
            // A changed legal form under the same name is itself a sign of a rename, so it is spelled out.
            IdentityEvidence.Detail detail = left.legalForm() == right.legalForm()
                    ? detail("NAME", "same name " + left.core(), left.core())
                    : detail(
                            "NAME.FORMS",
                            "same name " + left.core() + " (legal form " + label(left.legalForm()) + " / "
                                    + label(right.legalForm()) + ")",
                            left.core(),
                            written(left.legalForm()),
                            written(right.legalForm()));
            evidence.add(new IdentityEvidence(IdentityEvidence.Kind.NAME, Grade.LINKING, weights.name(), detail));
        }
    }

    private void emails(PartyIdentity a, PartyIdentity b, List<IdentityEvidence> evidence) {
        Set<String> theirs = new HashSet<>();
        b.emails().forEach(email -> theirs.add(email.key()));
        Set<String> seen = new HashSet<>();
        for (EmailAddress email : a.emails()) {
            String key = email.key();
            if (theirs.contains(key) && seen.add(key)) {
                // An address reaches one mailbox, even at a free-mail domain: as much the party's own as its phone.
                evidence.add(new IdentityEvidence(
                        IdentityEvidence.Kind.EMAIL,
                        Grade.IDENTIFYING,
                        weights.email(),
                        detail("EMAIL", "same e-mail address " + key, key)));
            }
        }
    }

    private void domains(PartyIdentity a, PartyIdentity b, List<IdentityEvidence> evidence) {
        Set<String> theirs = b.domainKeys();
        Set<String> sameAddress = new HashSet<>();
        evidence.stream()
                .filter(e -> e.kind() == IdentityEvidence.Kind.EMAIL)
                .forEach(e -> sameAddress.add(e.detail()
                        .values()
                        .get(0)
                        .substring(e.detail().values().get(0).lastIndexOf('@') + 1)));
        for (String domain : a.domainKeys()) {
            // The same address already says it, and more strongly.
            if (theirs.contains(domain) && !sameAddress.contains(domain)) {
                // Many small businesses share a host's domain, or a group's: a link to ask about, not an identity.
                evidence.add(new IdentityEvidence(
                        IdentityEvidence.Kind.WEB_DOMAIN,
                        Grade.LINKING,
                        weights.webDomain(),
                        detail("WEB_DOMAIN", "same web domain " + domain, domain)));
            }
        }
    }

    /**
     * The people who called for each party, compared by name: the same salesperson calling for a "new" company links
     * it to the old one, though a common name alone is no more than a link.
     */
    public List<IdentityEvidence> compareCallers(Collection<PersonName> a, Collection<PersonName> b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        List<IdentityEvidence> evidence = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PersonName left : a) {
            PersonNameKey key = left.key();
            boolean called = b.stream().anyMatch(right -> key.samePerson(right.key()));
            if (called && seen.add(key.value())) {
                evidence.add(new IdentityEvidence(
                        IdentityEvidence.Kind.CALLER,
                        Grade.LINKING,
                        weights.caller(),
                        detail("CALLER", "same caller " + key.value(), key.value())));
            }
        }
        return List.copyOf(evidence);
    }

    /**
     * The caller's numbers compared with the numbers people gave when calling for a known party: a salesperson's own
     * mobile is as much that business's number as its switchboard, graded as a phone.
     */
    public List<IdentityEvidence> compareCallerPhones(
            Collection<PhoneNumber> mine, Collection<IdentityHistory.CallerPhone> known) {
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(known, "known");
        List<IdentityEvidence> evidence = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PhoneNumber phone : mine) {
            for (IdentityHistory.CallerPhone theirs : known) {
                if (!phone.sameLine(theirs.phone()) || !seen.add(phone.base().e164())) {
                    continue;
                }
                PhoneNumber line = phone.base();
                String who = theirs.caller() == null ? "" : theirs.caller().value();
                boolean shared = line.lineType().shared();
                evidence.add(new IdentityEvidence(
                        IdentityEvidence.Kind.PHONE,
                        shared ? Grade.WEAK : Grade.IDENTIFYING,
                        shared ? weights.sharedServicePhone() : weights.phone(),
                        detail(
                                who.isEmpty() ? "CALLER_PHONE.UNNAMED" : "CALLER_PHONE",
                                "same number as a caller" + (who.isEmpty() ? "" : " " + who) + " gave: "
                                        + line.display() + (shared ? " (shared service, weak evidence)" : ""),
                                line.display(),
                                who)));
            }
        }
        return List.copyOf(evidence);
    }

    /** A detail under {@code identity.detail.<key>}, with its English text and the values its wording shows. */
    private static IdentityEvidence.Detail detail(String key, String text, String... values) {
        return new IdentityEvidence.Detail("identity.detail." + key, List.of(values), text);
    }

    private static String written(LegalForm form) {
        return form == LegalForm.NONE ? "—" : form.label();
    }

    private static String label(LegalForm form) {
        return form == LegalForm.NONE ? "none" : form.label();
    }

    private static String describe(PhoneNumber.LineType line) {
        return switch (line) {
            case TOLL_FREE -> "toll-free";
            case SHARED_COST -> "shared-cost (navi-dial)";
            case IP_PHONE -> "IP phone";
            case STANDARD -> "phone";
        };
    }
}
