package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.identity.WebDomain;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.EntryRetracted;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;

/**
 * The former details and callers' numbers kept in the fold are those a walk over every entry that still counts finds,
 * for random histories of amendments and calls (several at one instant, now and then stamped earlier than the latest,
 * a retraction among them) — also for a state restored from a snapshot, which holds no entries before it.
 */
class KeptIdentityHistoryPropertyTest {
    private static final PartyId PARTY = PartyFixtures.party(78);
    private static final Instant START = Instant.parse("2025-01-10T01:00:00Z");
    private static final List<String> PHONES = List.of("03-1111-0001", "03-1111-0002", "06-2222-0003", "090-4444-0005");
    private static final List<String> ADDRESSES = List.of("東京都新宿区西新宿一丁目2番3号 サンライズビル5階", "大阪府大阪市北区梅田2-4-6 梅田スカイビル12階");
    private static final List<String> NAMES = List.of("株式会社アルファ通信", "株式会社ベータネット", "ガンマ回線合同会社");
    private static final List<String> EMAILS = List.of("info@alpha-tsushin.co.jp", "sales@beta-net.jp");
    private static final List<String> WEBSITES = List.of("alpha-tsushin.co.jp", "beta-net.jp");

    @Property(tries = 300)
    void theKeptHistoryIsTheWalkedOne_alsoFromASnapshot(
            @ForAll("details") PartyDetails first,
            @ForAll("steps") List<Step> before,
            @ForAll("retraction") int retract,
            @ForAll("steps") List<Step> after) {
        List<PartyEvent> events = new ArrayList<>();
        events.add(new PartyRegistered(PARTY, PartyKind.RESELLER, first, START));
        add(events, before);
        // Snapshots are taken after the retraction only: one before it is folded again from the whole history.
        int firstSnapshot = 1;
        if (retract > 1 && retract <= events.size()) {
            events.add(
                    new EntryRetracted(PARTY, retract, "誤入力", events.getLast().recordedAt()));
            firstSnapshot = events.size();
        }
        add(events, after);
        PartyState whole = PartyDecider.replay(events);

        assertThat(PartyIdentityHistory.of(whole)).isEqualTo(IdentityHistoryWalk.of(whole));

        for (int prefix = firstSnapshot; prefix <= events.size(); prefix++) {
            PartyState restored = withoutEntries(PartyDecider.replay(events.subList(0, prefix)));
            for (PartyEvent event : events.subList(prefix, events.size())) {
                restored = PartyDecider.evolve(restored, event);
            }
            assertThat(PartyIdentityHistory.of(restored))
                    .as("snapshot after %d", prefix)
                    .isEqualTo(PartyIdentityHistory.of(whole));
            assertThat(PartyIdentityHistory.indexKeys(restored))
                    .as("snapshot after %d", prefix)
                    .isEqualTo(PartyIdentityHistory.indexKeys(whole));
        }
    }

    private static void add(List<PartyEvent> events, List<Step> steps) {
        Instant at = events.getLast().recordedAt();
        for (Step s : steps) {
            at = at.plusSeconds(86_400L * s.days());
            if (s.kind() == 0) {
                Caller c = s.caller();
                events.add(new CallerIdentified(PARTY, c.name(), c.fullNameGiven(), null, c.phone(), at));
            } else {
                events.add(new PartyAmended(PARTY, PartyKind.RESELLER, s.details(), at));
            }
        }
    }

    /** What a snapshot restores: the state with no entries. */
    private static PartyState withoutEntries(PartyState s) {
        return new PartyState(
                s.partyId(),
                s.kind(),
                s.details(),
                s.terminated(),
                s.outstandingByInvoice(),
                s.servedBefore(),
                s.reviewedLinks(),
                s.callers(),
                s.sameBusiness(),
                s.eventCount(),
                s.troubleCount(),
                s.registeredAt(),
                s.updatedAt(),
                Map.of(),
                s.retracted(),
                s.identities());
    }

    @Provide
    Arbitrary<Integer> retraction() {
        return Arbitraries.integers().between(0, 10);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        // Steps of 0 to 2 days, now and then back by one: several entries at one instant, some stamped earlier.
        Arbitrary<Integer> days = Arbitraries.integers().between(-1, 2);
        return Combinators.combine(days, Arbitraries.integers().between(0, 3), details(), caller())
                .as(Step::new)
                .list()
                .ofMaxSize(6);
    }

    record Step(int days, int kind, PartyDetails details, Caller caller) {}

    private record Caller(PersonName name, boolean fullNameGiven, PhoneNumber phone) {}

    private static Arbitrary<Caller> caller() {
        return Combinators.combine(
                        Arbitraries.of("加藤 大輔", "佐藤 花子"),
                        Arbitraries.of(true, false),
                        Arbitraries.of(PHONES).injectNull(0.3))
                .as((n, full, p) -> new Caller(new PersonName(n), full, p == null ? null : PhoneNumber.parse(p)));
    }

    @Provide
    static Arbitrary<PartyDetails> details() {
        Arbitrary<List<String>> phones =
                Arbitraries.of(PHONES).set().ofMinSize(1).ofMaxSize(2).map(List::copyOf);
        Arbitrary<String> address = Arbitraries.of(ADDRESSES).injectNull(0.3);
        Arbitrary<String> name = Arbitraries.of(NAMES);
        Arbitrary<String> representative = Arbitraries.of("山田 太郎", "鈴木 一郎").injectNull(0.3);
        Arbitrary<List<String>> emails =
                Arbitraries.of(EMAILS).set().ofMaxSize(2).map(List::copyOf);
        Arbitrary<List<String>> websites =
                Arbitraries.of(WEBSITES).set().ofMaxSize(1).map(List::copyOf);
        return Combinators.combine(phones, address, name, representative, emails, websites)
                .as((p, a, n, r, e, w) -> new PartyDetails(
                        new PartyName(n),
                        p.stream().map(PhoneNumber::parse).toList(),
                        a == null ? null : new Address(a),
                        r == null ? null : new PersonName(r),
                        null,
                        e.stream().map(EmailAddress::of).toList(),
                        w.stream().map(WebDomain::of).toList()));
    }
}
