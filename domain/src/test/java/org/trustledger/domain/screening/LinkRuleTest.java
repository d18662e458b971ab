package org.trustledger.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trustledger.domain.party.PartyFixtures.T0;
import static org.trustledger.domain.party.PartyFixtures.callerIdentified;
import static org.trustledger.domain.party.PartyFixtures.registered;
import static org.trustledger.domain.party.PartyFixtures.terminated;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.LinkReviewed;
import org.trustledger.domain.party.PartyFixtures;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.trust.TerminatedLink;

/** A party on the ledger is put under review by the same graded evidence screening refuses a caller on. */
class LinkRuleTest {
    private static final PartyId ACME = PartyFixtures.acme();
    private static final PartyId RENAMED = PartyFixtures.party(1);

    private final LinkRule rule = new LinkRule(ScreeningSettings.DEFAULTS);
    private final PartyState terminatedAcme = state(registered(ACME), terminated(ACME));

    @Test
    void givenTheSameBuildingAndFloorUnderANewName_thenLinkedWithTheEvidence() {
        PartyState renamed = party("合同会社ネクスト光", "03-9999-0000", "千代田区神田1-2-3 アクメビル5F", null);

        List<TerminatedLink> links = rule.unreviewedLinks(renamed, List.of(terminatedAcme), KeyCounts.NONE);

        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.partyId()).isEqualTo(ACME);
            assertThat(link.name()).isEqualTo("株式会社アクメ光通信");
            assertThat(link.evidence())
                    .extracting(IdentityEvidence::kind)
                    .containsExactly(IdentityEvidence.Kind.ADDRESS);
        });
    }

    @Test
    void givenTheSamePhone_thenLinkedOnlyToATerminatedParty() {
        PartyState renamed = party("別会社", "03-1234-5678", null, null);
        PartyState activeAcme = state(registered(ACME));

        assertThat(rule.unreviewedLinks(renamed, List.of(terminatedAcme), KeyCounts.NONE))
                .extracting(TerminatedLink::partyId)
                .containsExactly(ACME);
        assertThat(rule.unreviewedLinks(renamed, List.of(activeAcme), KeyCounts.NONE))
                .isEmpty();
    }

    @Test
    void givenASingleLink_thenNeverUnderReview() {
        List<PartyState> singleLinks = List.of(
                party("別会社", null, "千代田区神田1-2-3 アクメビル9F", null),
                party("別会社", null, "千代田区神田1-2-3", null),
                party("別会社", null, null, "山田太郎"),
                party("合同会社アクメ光通信", null, null, null));

        for (PartyState single : singleLinks) {
            assertThat(rule.unreviewedLinks(single, List.of(terminatedAcme), KeyCounts.NONE))
                    .as(single.details().toString())
                    .isEmpty();
        }
    }

    @Test
    void givenTwoIndependentLinks_thenUnderReview() {
        PartyState renamed = party("別会社", null, "千代田区神田1-2-3 アクメビル9F", "代表取締役 山田 太郎");

        assertThat(rule.unreviewedLinks(renamed, List.of(terminatedAcme), KeyCounts.NONE))
                .singleElement()
                .satisfies(link -> assertThat(link.evidence())
                        .extracting(IdentityEvidence::kind)
                        .containsExactlyInAnyOrder(
                                IdentityEvidence.Kind.ADDRESS, IdentityEvidence.Kind.REPRESENTATIVE));
    }

    @Test
    void givenTheSameSalespersonAndTheSameBuilding_thenUnderReview() {
        PartyState acmeWithCaller = state(registered(ACME), callerIdentified(ACME, "鈴木 一郎", true), terminated(ACME));
        PartyState renamed = state(
                registered(RENAMED, PartyKind.RESELLER, details("別会社", null, "千代田区神田1-2-3 アクメビル9F", null)),
                calling(RENAMED, "すずき いちろう", "090-7777-8888"));
        PartyState renamedWithKanji = state(
                registered(RENAMED, PartyKind.RESELLER, details("別会社", null, "千代田区神田1-2-3 アクメビル9F", null)),
                calling(RENAMED, "鈴木一郎", "090-7777-8888"));

        assertThat(rule.unreviewedLinks(renamedWithKanji, List.of(acmeWithCaller), KeyCounts.NONE))
                .singleElement()
                .satisfies(link -> assertThat(link.evidence())
                        .extracting(IdentityEvidence::kind)
                        .contains(IdentityEvidence.Kind.CALLER));
        assertThat(rule.unreviewedLinks(renamed, List.of(acmeWithCaller), KeyCounts.NONE))
                .as("a name heard in kana does not match one written in kanji without its reading")
                .isEmpty();
    }

    @Test
    void givenASalespersonsMobileCalledForBoth_thenTheNewPartyIsUnderReview() {
        PartyState acmeWithSalesperson =
                state(registered(ACME), calling(ACME, "鈴木一郎", "090-1111-2222"), terminated(ACME));
        PartyState newCompany = state(
                registered(RENAMED, PartyKind.RESELLER, details("別会社", "06-5555-6666", null, null)),
                calling(RENAMED, "佐藤花子", "090-1111-2222"));

        assertThat(rule.unreviewedLinks(newCompany, List.of(acmeWithSalesperson), KeyCounts.NONE))
                .singleElement()
                .satisfies(link -> assertThat(link.evidence())
                        .extracting(IdentityEvidence::kind)
                        .containsExactly(IdentityEvidence.Kind.PHONE));
        assertThat(LinkRule.lookupKeys(newCompany))
                .as("the index is asked for the parties its callers' numbers belong to")
                .contains(PhoneNumber.parse("090-1111-2222").indexKey());
        rule.checkReview(newCompany, ACME, acmeWithSalesperson);
    }

    @Test
    void givenTheNewPartysCallerGaveTheTerminatedPartysPhone_thenUnderReview() {
        PartyState newCompany = state(
                registered(RENAMED, PartyKind.RESELLER, details("別会社", "06-5555-6666", null, null)),
                calling(RENAMED, "佐藤花子", "03-1234-5678"));

        assertThat(rule.unreviewedLinks(newCompany, List.of(terminatedAcme), KeyCounts.NONE))
                .extracting(TerminatedLink::partyId)
                .containsExactly(ACME);
    }

    @Test
    void givenOnlyASharedServiceNumberCalledForBoth_thenNoLink() {
        PartyState acmeWithCallCentre =
                state(registered(ACME), calling(ACME, "鈴木一郎", "0120-123-456"), terminated(ACME));
        PartyState newCompany = state(
                registered(RENAMED, PartyKind.RESELLER, details("別会社", "06-5555-6666", null, null)),
                calling(RENAMED, "佐藤花子", "0120-123-456"));

        assertThat(rule.unreviewedLinks(newCompany, List.of(acmeWithCallCentre), KeyCounts.NONE))
                .isEmpty();
    }

    @Test
    void givenAReviewedLink_orATerminatedParty_thenNoLink() {
        PartyState renamed = party("別会社", "03-1234-5678", null, null);
        PartyState reviewed = PartyDecider.evolve(renamed, new LinkReviewed(RENAMED, ACME, false, "別会社", T0));
        PartyState renamedTerminated = PartyDecider.evolve(renamed, terminated(RENAMED));

        assertThat(rule.unreviewedLinks(reviewed, List.of(terminatedAcme), KeyCounts.NONE))
                .isEmpty();
        assertThat(rule.unreviewedLinks(renamedTerminated, List.of(terminatedAcme), KeyCounts.NONE))
                .isEmpty();
    }

    @Test
    void givenABuildingManyPartiesUse_thenNoLink() {
        PartyState tenant = party("別会社", null, "東京都千代田区神田一丁目2番3号 アクメビル5階", null);
        String addressKey = tenant.details().address().key().indexKey();

        assertThat(rule.unreviewedLinks(tenant, List.of(terminatedAcme), new KeyCounts(Map.of(addressKey, 40))))
                .isEmpty();
    }

    @Test
    void lookupKeysIncludeTheCallersNamesAndReadings() {
        PartyState withCaller = state(
                registered(RENAMED, PartyKind.RESELLER, details("別会社", "03-9999-0000", null, null)),
                callerIdentified(RENAMED, "鈴木一郎（すずきいちろう）", true),
                callerIdentified(RENAMED, "佐藤", false));

        assertThat(LinkRule.lookupKeys(withCaller))
                .contains("caller:鈴木一郎", "caller:スズキイチロウ")
                .noneMatch(k -> k.contains("佐藤"));
    }

    @Test
    void aReviewNeedsAKnownTerminatedPartySharingEvidence() {
        PartyState renamed = party("別会社", "03-1234-5678", null, null);
        PartyState stranger = party("無関係", "06-1111-2222", null, null);
        PartyState activeAcme = state(registered(ACME));

        assertThatThrownBy(() -> rule.checkReview(renamed, RENAMED, null))
                .isInstanceOf(HistoryConflictException.class)
                .hasMessageContaining("no party");
        assertThatThrownBy(() -> rule.checkReview(renamed, ACME, activeAcme))
                .isInstanceOf(HistoryConflictException.class)
                .hasMessageContaining("not terminated");
        assertThatThrownBy(() -> rule.checkReview(stranger, ACME, terminatedAcme))
                .isInstanceOf(HistoryConflictException.class)
                .hasMessageContaining("shares no");
        rule.checkReview(renamed, ACME, terminatedAcme);
    }

    private static PartyState party(String name, String phone, String address, String representative) {
        return state(registered(RENAMED, PartyKind.RESELLER, details(name, phone, address, representative)));
    }

    static PartyDetails details(String name, String phone, String address, String representative) {
        return new PartyDetails(
                new PartyName(name),
                phone == null ? List.of() : List.of(PhoneNumber.parse(phone)),
                Address.ofNullable(address),
                PersonName.ofNullable(representative),
                null);
    }

    private static PartyEvent.CallerIdentified calling(PartyId id, String name, String callBack) {
        return new PartyEvent.CallerIdentified(
                id, PersonName.ofNullable(name), true, "担当者", PhoneNumber.parse(callBack), T0);
    }

    private static PartyState state(PartyEvent... events) {
        return PartyDecider.replay(new ArrayList<>(Arrays.asList(events)));
    }
}
