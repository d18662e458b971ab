package org.trustledger.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyFixtures;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.trust.TrustStatus;

/**
 * The shop's promises checked over generated callers and known parties: each known party shares with the caller a random
 * set of attributes, from a floor in the same building down to a toll-free number.
 */
class ScreeningPropertiesTest {
    private static final String NAME = "ミライ通信株式会社";
    private static final String OWN_PHONE = "03-5555-0001";
    private static final String TOLL_FREE = "0120-555-001";
    private static final String ADDRESS = "東京都港区芝1-2-3 芝ビル4階";
    private static final BankAccount BANK =
            new BankAccount("三井住友銀行", "芝支店", BankAccount.AccountType.ORDINARY, "7654321", null);
    private static final String REPRESENTATIVE = "佐々木健";

    private final Screening screening = new Screening();

    /** What a known party may share with the caller. */
    enum Shared {
        NAME,
        OWN_PHONE,
        TOLL_FREE,
        SAME_FLOOR,
        SAME_BUILDING,
        STREET,
        BANK,
        REPRESENTATIVE
    }

    record Spec(PartyKind kind, TrustStatus status, boolean shortfall, boolean returning, Set<Shared> shared) {}

    enum PhoneGiven {
        OWN,
        TOLL_FREE,
        NONE
    }

    @Property
    void aDirectCustomerIsRefusedOnlyForTheirOwnTermination(
            @ForAll("anyParties") List<Spec> parties,
            @ForAll PhoneGiven phone,
            @ForAll boolean company,
            @ForAll boolean bank,
            @ForAll boolean withheld,
            @ForAll Channel channel) {
        ScreeningRequest request = request(company, phone, bank, false, PartyKind.CUSTOMER, false, withheld, channel);

        ScreeningResult result = screening.screen(request, candidates(parties));

        if (result.verdict() == Verdict.REFUSE) {
            assertThat(result.reasons())
                    .filteredOn(r -> r.effect() == Verdict.REFUSE)
                    .extracting(ScreeningReason::code)
                    .containsOnly(ScreeningReasonCode.TERMINATED_PARTY);
            assertThat(result.requester())
                    .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(TrustStatus.TERMINATED));
        }
        assertThat(result.reasonCodes()).contains(ScreeningReasonCode.DIRECT_CUSTOMER);
    }

    @Property
    void weakEvidenceAloneNeverRefusesARequestForOneself(
            @ForAll("weakParties") List<Spec> parties,
            @ForAll boolean company,
            @ForAll boolean tollFree,
            @ForAll("anyKind") PartyKind kind) {
        ScreeningRequest request = request(
                company,
                tollFree ? PhoneGiven.TOLL_FREE : PhoneGiven.NONE,
                false,
                false,
                kind,
                false,
                false,
                Channel.PHONE);

        ScreeningResult result = screening.screen(request, candidates(parties));

        assertThat(result.reasonCodes())
                .doesNotContain(ScreeningReasonCode.LINKED_TO_TERMINATED, ScreeningReasonCode.TERMINATED_PARTY);
        assertThat(result.verdict()).isNotEqualTo(Verdict.REFUSE);
        assertThat(result.requester()).isEmpty();
    }

    @Property
    void everyAnswerExplainsItselfAndListsWhatItNames(
            @ForAll("anyParties") List<Spec> parties,
            @ForAll PhoneGiven phone,
            @ForAll boolean company,
            @ForAll boolean bank,
            @ForAll boolean representative,
            @ForAll("anyKind") PartyKind kind,
            @ForAll boolean onBehalf,
            @ForAll boolean withheld,
            @ForAll Channel channel,
            @ForAll @IntRange(max = 12) int sharingThePhone) {
        ScreeningRequest request = request(company, phone, bank, representative, kind, onBehalf, withheld, channel);
        KeyCounts counts = new KeyCounts(Map.of(PhoneNumber.parse(OWN_PHONE).indexKey(), sharingThePhone));

        ScreeningResult result = screening.screen(request, candidates(parties), counts);

        assertThat(result.reasons()).isNotEmpty();
        assertThat(result.reasons()).extracting(ScreeningReason::effect).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(result.matches()).extracting(Match::score).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(result.matches()).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
        Set<PartyId> listed = result.matches().stream().map(Match::partyId).collect(Collectors.toSet());
        assertThat(result.reasons()).allSatisfy(r -> assertThat(listed).containsAll(r.parties()));
        assertThat(result.matches().stream().filter(Match::requester)).hasSizeLessThanOrEqualTo(1);
        if (result.priority() == Priority.HIGH) {
            assertThat(result.reasonCodes()).contains(ScreeningReasonCode.DIRECT_CUSTOMER);
            assertThat(result.verdict()).isNotEqualTo(Verdict.REFUSE);
        }
    }

    @Provide
    Arbitrary<List<Spec>> anyParties() {
        return parties(Arbitraries.of(Shared.class).set());
    }

    @Provide
    Arbitrary<List<Spec>> weakParties() {
        return parties(Arbitraries.of(Shared.TOLL_FREE, Shared.STREET).set());
    }

    @Provide
    Arbitrary<PartyKind> anyKind() {
        return Arbitraries.of(PartyKind.class).injectNull(0.3);
    }

    private static Arbitrary<List<Spec>> parties(Arbitrary<Set<Shared>> shared) {
        return Combinators.combine(
                        Arbitraries.of(PartyKind.class),
                        Arbitraries.of(TrustStatus.class),
                        Arbitraries.of(false, true),
                        Arbitraries.of(false, true),
                        shared)
                .as(Spec::new)
                .list()
                .ofMaxSize(6);
    }

    private static ScreeningRequest request(
            boolean company,
            PhoneGiven phone,
            boolean bank,
            boolean representative,
            PartyKind kind,
            boolean onBehalf,
            boolean withheld,
            Channel channel) {
        return new ScreeningRequest(
                company ? new PartyName(NAME) : null,
                null,
                withheld,
                switch (phone) {
                    case OWN -> PhoneNumber.parse(OWN_PHONE);
                    case TOLL_FREE -> PhoneNumber.parse(TOLL_FREE);
                    case NONE -> null;
                },
                new Address(ADDRESS),
                bank ? BANK : null,
                representative ? new PersonName(REPRESENTATIVE) : null,
                kind,
                onBehalf,
                channel);
    }

    private static List<Candidate> candidates(List<Spec> specs) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            int n = i + 1;
            Set<Shared> shared = spec.shared();
            List<PhoneNumber> phones = new ArrayList<>();
            phones.add(PhoneNumber.parse(shared.contains(Shared.OWN_PHONE) ? OWN_PHONE : "03-6000-%04d".formatted(n)));
            if (shared.contains(Shared.TOLL_FREE)) {
                phones.add(PhoneNumber.parse(TOLL_FREE));
            }
            String address = shared.contains(Shared.SAME_FLOOR)
                    ? "港区芝一丁目2番3号 芝ビル４Ｆ"
                    : shared.contains(Shared.SAME_BUILDING)
                            ? "港区芝1-2-3 芝ビル7階"
                            : shared.contains(Shared.STREET) ? "港区芝1-2-3" : "港区三田" + n + "-1-1";
            PartyIdentity identity = new PartyIdentity(
                    new PartyName(shared.contains(Shared.NAME) ? "(株)ミライ通信" : "取引先" + n + "株式会社"),
                    phones,
                    new Address(address),
                    new PersonName(shared.contains(Shared.REPRESENTATIVE) ? REPRESENTATIVE : "山本" + n),
                    shared.contains(Shared.BANK)
                            ? BANK
                            : new BankAccount("三井住友銀行", "芝支店", BankAccount.AccountType.ORDINARY, "100" + n, null));
            candidates.add(new Candidate(
                    PartyFixtures.party(100 + n),
                    spec.kind(),
                    identity,
                    ScreeningFixtures.assessment(spec.status()),
                    spec.shortfall(),
                    spec.returning()));
        }
        return candidates;
    }
}
