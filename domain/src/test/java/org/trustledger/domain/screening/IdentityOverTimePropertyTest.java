package org.trustledger.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.identity.WebDomain;
import org.trustledger.domain.party.PartyCommand.AmendParty;
import org.trustledger.domain.party.PartyCommand.RetractEntry;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyFixtures;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyIdentityHistory;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.trust.TrustStatus;

/**
 * For random histories of amendments, a retraction now and then among them: screening by any detail the party ever
 * had, in an entry that still counts, finds it, and the index keys of its history file it under that detail; a detail
 * only a retracted amendment gave finds nothing.
 */
class IdentityOverTimePropertyTest {
    private static final PartyId PARTY = PartyFixtures.party(77);
    private static final Instant START = Instant.parse("2025-01-10T01:00:00Z");

    private static final List<String> PHONES =
            List.of("03-1111-0001", "03-1111-0002", "06-2222-0003", "011-333-0004", "090-4444-0005", "052-555-0006");
    private static final List<String> ADDRESSES = List.of(
            "東京都新宿区西新宿一丁目2番3号 サンライズビル5階",
            "大阪府大阪市北区梅田2-4-6 梅田スカイビル12階",
            "北海道札幌市中央区北一条西四丁目2番 北一ビル6階",
            "愛知県名古屋市中区栄3-5-7 栄ビル4F",
            "福岡県福岡市博多区博多駅前4-1-1 博多ビル7F");
    private static final List<String> NAMES = List.of("株式会社アルファ通信", "株式会社ベータネット", "ガンマ回線合同会社", "株式会社デルタサポート");
    private static final List<String> REPRESENTATIVES = List.of("山田 太郎", "鈴木 一郎", "高田 花子", "小川 次郎");
    private static final List<String> ACCOUNTS = List.of("1000001", "1000002", "1000003", "1000004");
    private static final List<String> EMAILS =
            List.of("info@alpha-tsushin.co.jp", "sales@beta-net.jp", "gamma@example-kaisen.jp", "delta.sup@gmail.com");
    private static final List<String> WEBSITES =
            List.of("alpha-tsushin.co.jp", "www.beta-net.jp", "https://gamma-kaisen.jp/");

    @Property(tries = 200)
    void screeningByAnyDetailThePartyEverHadFindsIt(
            @ForAll("histories") List<PartyDetails> history, @ForAll("retraction") int retract) {
        PartyState state = IdentityOverTimeScenariosTest.history(PARTY, PartyKind.RESELLER, history.get(0));
        for (int i = 1; i < history.size(); i++) {
            state = IdentityOverTimeScenariosTest.apply(
                    state,
                    new AmendParty(PARTY, PartyKind.RESELLER, history.get(i), START.plusSeconds(86_400L * 30 * i)));
        }
        List<PartyDetails> counting = new ArrayList<>(history);
        // Entry k + 1 is the amendment to history[k]; an amendment that changed nothing recorded no entry.
        if (retract > 0 && retract < history.size() && state.eventCount() == history.size()) {
            state = IdentityOverTimeScenariosTest.apply(
                    state, new RetractEntry(PARTY, retract + 1, "誤入力", START.plusSeconds(86_400L * 400)));
            counting.remove(retract);
        }
        List<Candidate> ledger = List.of(IdentityOverTimeScenariosTest.candidate(state, TrustStatus.TERMINATED));
        Set<String> filed = PartyIdentityHistory.indexKeys(state).keySet();

        Set<ScreeningFixtures.Call> found = new HashSet<>();
        for (PartyDetails details : counting) {
            for (ScreeningFixtures.Call call : calls(details)) {
                ScreeningRequest request = call.request();
                assertThat(request.identity().indexKeys()).as("index keys").containsAnyElementsOf(filed);
                ScreeningResult result = new Screening().screen(request, ledger);
                assertThat(result.matches())
                        .as("%s", details)
                        .extracting(Match::partyId)
                        .contains(PARTY);
                found.add(call);
            }
        }
        assertThat(found).isNotEmpty();
    }

    private static List<ScreeningFixtures.Call> calls(PartyDetails details) {
        List<ScreeningFixtures.Call> calls = new ArrayList<>();
        String stranger = "株式会社まったく別の名前";
        details.phones()
                .forEach(p ->
                        calls.add(ScreeningFixtures.call().company(stranger).phone(p.display())));
        if (details.address() != null) {
            calls.add(ScreeningFixtures.call()
                    .company(stranger)
                    .address(details.address().value()));
        }
        calls.add(ScreeningFixtures.call().company(details.name().value()));
        if (details.representative() != null) {
            calls.add(ScreeningFixtures.call()
                    .company(stranger)
                    .representative(details.representative().value()));
        }
        if (details.bankAccount() != null) {
            calls.add(ScreeningFixtures.call().company(stranger).bankAccount(details.bankAccount()));
        }
        details.emails()
                .forEach(e ->
                        calls.add(ScreeningFixtures.call().company(stranger).email(e.value())));
        details.websites()
                .forEach(w ->
                        calls.add(ScreeningFixtures.call().company(stranger).website(w.value())));
        return calls;
    }

    @Provide
    Arbitrary<Integer> retraction() {
        return Arbitraries.integers().between(0, 6);
    }

    @Provide
    Arbitrary<List<PartyDetails>> histories() {
        return details().list().ofMinSize(1).ofMaxSize(6);
    }

    private static Arbitrary<PartyDetails> details() {
        Arbitrary<List<String>> phones =
                Arbitraries.of(PHONES).set().ofMinSize(1).ofMaxSize(2).map(List::copyOf);
        Arbitrary<String> address = Arbitraries.of(ADDRESSES).injectNull(0.2);
        Arbitrary<String> name = Arbitraries.of(NAMES);
        Arbitrary<String> representative = Arbitraries.of(REPRESENTATIVES).injectNull(0.3);
        Arbitrary<String> account = Arbitraries.of(ACCOUNTS).injectNull(0.3);
        Arbitrary<List<String>> emails =
                Arbitraries.of(EMAILS).set().ofMaxSize(2).map(List::copyOf);
        Arbitrary<List<String>> websites =
                Arbitraries.of(WEBSITES).set().ofMaxSize(1).map(List::copyOf);
        return Combinators.combine(phones, address, name, representative, account, emails, websites)
                .as((p, a, n, r, b, e, w) -> new PartyDetails(
                        new PartyName(n),
                        p.stream().map(PhoneNumber::parse).toList(),
                        a == null ? null : new Address(a),
                        r == null ? null : new PersonName(r),
                        b == null ? null : new BankAccount("みずほ銀行", "新宿支店", BankAccount.AccountType.ORDINARY, b, "テスト"),
                        e.stream().map(EmailAddress::of).toList(),
                        w.stream().map(WebDomain::of).toList()));
    }
}
