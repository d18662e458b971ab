package org.trustledger.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.trustledger.domain.screening.ScreeningFixtures.ACME;
import static org.trustledger.domain.screening.ScreeningFixtures.ACME_BANK;
import static org.trustledger.domain.screening.ScreeningFixtures.ACME_PHONE;
import static org.trustledger.domain.screening.ScreeningFixtures.ACME_REPRESENTATIVE;
import static org.trustledger.domain.screening.ScreeningFixtures.TANAKA;
import static org.trustledger.domain.screening.ScreeningFixtures.TANAKA_PHONE;
import static org.trustledger.domain.screening.ScreeningFixtures.acme;
import static org.trustledger.domain.screening.ScreeningFixtures.assessment;
import static org.trustledger.domain.screening.ScreeningFixtures.call;
import static org.trustledger.domain.screening.ScreeningFixtures.identity;
import static org.trustledger.domain.screening.ScreeningFixtures.known;
import static org.trustledger.domain.screening.ScreeningFixtures.returning;
import static org.trustledger.domain.screening.ScreeningFixtures.tanaka;
import static org.trustledger.domain.screening.ScreeningReasonCode.DIRECT_CUSTOMER;
import static org.trustledger.domain.screening.ScreeningReasonCode.LINKED_TO_TERMINATED;
import static org.trustledger.domain.screening.ScreeningReasonCode.NAME_WITHHELD;
import static org.trustledger.domain.screening.ScreeningReasonCode.NO_CONCERN;
import static org.trustledger.domain.screening.ScreeningReasonCode.NO_RECORD;
import static org.trustledger.domain.screening.ScreeningReasonCode.POOR_RECORD;
import static org.trustledger.domain.screening.ScreeningReasonCode.POSSIBLE_LINK;
import static org.trustledger.domain.screening.ScreeningReasonCode.PROVISIONAL_CALLER;
import static org.trustledger.domain.screening.ScreeningReasonCode.PROXY_FROM_RESELLER;
import static org.trustledger.domain.screening.ScreeningReasonCode.RETURNING_CUSTOMER;
import static org.trustledger.domain.screening.ScreeningReasonCode.TERMINATED_PARTY;
import static org.trustledger.domain.screening.ScreeningReasonCode.UNSETTLED_SHORTFALL;
import static org.trustledger.domain.screening.ScreeningReasonCode.WEB_FORM;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.identity.IdentityEvidence.Kind;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyFixtures;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.trust.Reason;
import org.trustledger.domain.trust.ReasonCode;
import org.trustledger.domain.trust.TrustStatus;

class ScreeningTest {
    private static final String NEW_NAME = "株式会社ネオ光ネット";
    private static final String NEW_PHONE = "03-9999-0000";

    private final Screening screening = new Screening();

    private ScreeningResult screen(ScreeningFixtures.Call call, Candidate... candidates) {
        return screening.screen(call.request(), List.of(candidates));
    }

    @Nested
    class ProxyFromReseller {
        @Test
        void givenResellerInGoodStanding_whenAskingOnBehalfOfCustomer_thenRefused() {
            ScreeningResult result = screen(call().company("アクメ光通信(株)").onBehalfOfCustomer(), acme(TrustStatus.GOOD));

            assertThat(result.verdict()).isEqualTo(Verdict.REFUSE);
            assertThat(result.reasonCodes()).containsExactly(PROXY_FROM_RESELLER);
            assertThat(result.reasons().get(0).parties()).containsExactly(ACME);
            assertThat(result.reasons().get(0).messageKey()).isEqualTo("screening.reason.PROXY_FROM_RESELLER");
            assertThat(result.requester())
                    .hasValueSatisfying(m -> assertThat(m.partyId()).isEqualTo(ACME));
        }

        @Test
        void givenNoCandidateMatched_whenCallerSaysResellerAndAsksOnBehalfOfCustomer_thenRefused() {
            ScreeningResult result = screen(
                    call().company("株式会社はじめて通信")
                            .phone(NEW_PHONE)
                            .kind(PartyKind.RESELLER)
                            .onBehalfOfCustomer(),
                    acme(TrustStatus.GOOD));

            assertThat(result.verdict()).isEqualTo(Verdict.REFUSE);
            assertThat(result.reasonCodes()).containsExactly(PROXY_FROM_RESELLER);
            assertThat(result.reasons().get(0).parties()).isEmpty();
            assertThat(result.matches()).isEmpty();
        }

        @ParameterizedTest(name = "{0}, on behalf of a customer: {1} → {2}")
        @CsvSource(textBlock = """
                RESELLER, false, NO_RECORD
                CARRIER,  true,  NO_RECORD
                OTHER,    true,  NO_RECORD
                RESELLER, true,  REFUSE
                """)
        void onlyAResellerAskingForItsCustomerIsRefused(PartyKind kind, boolean onBehalf, Verdict verdict) {
            ScreeningFixtures.Call call = call().kind(kind).phone(NEW_PHONE);
            if (onBehalf) {
                call.onBehalfOfCustomer();
            }

            assertThat(screen(call).verdict()).isEqualTo(verdict);
        }
    }

    @Nested
    class TerminatedParty {
        @Test
        void givenTerminatedReseller_whenItCallsUnderItsNameWrittenDifferently_thenRefused() {
            ScreeningResult result = screen(call().company("ｱｸﾒ光通信 ㈱").phone(NEW_PHONE), acme(TrustStatus.TERMINATED));

            assertThat(result.verdict()).isEqualTo(Verdict.REFUSE);
            assertThat(result.reasonCodes()).containsExactly(TERMINATED_PARTY);
            assertThat(result.reasons().get(0).parties()).containsExactly(ACME);
            assertThat(result.reasons().get(0).args()).containsEntry("party", "株式会社アクメ光通信");
            assertThat(result.requester())
                    .hasValueSatisfying(m -> assertThat(m.partyId()).isEqualTo(ACME));
        }

        @Test
        void givenNoName_whenCallerUsesTerminatedPartysOwnLine_thenThatPartyIsTheCallerAndRefused() {
            ScreeningResult result = screen(call().phone("(03)1234-5678"), acme(TrustStatus.TERMINATED));

            assertThat(result.verdict()).isEqualTo(Verdict.REFUSE);
            assertThat(result.reasonCodes()).containsExactly(TERMINATED_PARTY);
            assertThat(result.requester()).isPresent();
        }

        @Test
        void givenTwoPartiesWithTheCallersNameAndEqualEvidence_thenTheWorseIsTakenForTheCaller() {
            Candidate duplicate =
                    known(PartyFixtures.party(1), PartyKind.RESELLER, identity("アクメ光通信", null, null), TrustStatus.GOOD);
            Candidate blocked = known(
                    PartyFixtures.party(2),
                    PartyKind.RESELLER,
                    identity("アクメ光通信株式会社", null, null),
                    TrustStatus.TERMINATED);

            ScreeningResult result = screen(call().company("アクメ光通信"), duplicate, blocked);

            assertThat(result.reasonCodes()).containsExactly(TERMINATED_PARTY);
            assertThat(result.requester())
                    .hasValueSatisfying(m -> assertThat(m.partyId()).isEqualTo(PartyFixtures.party(2)));
        }
    }

    @Nested
    class LinkedToTerminated {
        static Stream<Arguments> identifyingEvidence() {
            return Stream.of(
                    Arguments.of(Kind.PHONE, (UnaryOperator<ScreeningFixtures.Call>) c -> c.phone("(03) 1234-5678")),
                    Arguments.of(Kind.ADDRESS, (UnaryOperator<ScreeningFixtures.Call>)
                            c -> c.address("千代田区神田1-2-3 アクメビル 5F")),
                    Arguments.of(
                            Kind.BANK_ACCOUNT, (UnaryOperator<ScreeningFixtures.Call>) c -> c.bankAccount(ACME_BANK)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("identifyingEvidence")
        void givenNewName_whenSharingIdentifyingEvidenceWithTerminatedParty_thenRefusedWithTheEvidence(
                Kind kind, UnaryOperator<ScreeningFixtures.Call> shares) {
            ScreeningResult result = screen(shares.apply(call().company(NEW_NAME)), acme(TrustStatus.TERMINATED));

            assertThat(result.verdict()).isEqualTo(Verdict.REFUSE);
            assertThat(result.reasonCodes()).containsExactly(LINKED_TO_TERMINATED);
            ScreeningReason reason = result.reasons().get(0);
            assertThat(reason.parties()).containsExactly(ACME);
            assertThat(reason.args())
                    .containsEntry("party", "株式会社アクメ光通信")
                    .containsEntry("status", "TERMINATED")
                    .containsEntry("evidenceKinds", List.of(kind.name()));
            assertThat(result.requester()).isEmpty();
            assertThat(result.matches()).singleElement().satisfies(m -> {
                assertThat(m.partyId()).isEqualTo(ACME);
                assertThat(m.evidence()).extracting(IdentityEvidence::kind).containsExactly(kind);
            });
        }

        static Stream<Arguments> linkingEvidence() {
            return Stream.of(
                    Arguments.of(Kind.ADDRESS, (UnaryOperator<ScreeningFixtures.Call>)
                            c -> c.address("千代田区神田1-2-3 アクメビル 3F")),
                    Arguments.of(Kind.ADDRESS, (UnaryOperator<ScreeningFixtures.Call>) c -> c.address("千代田区神田1-2-3")),
                    Arguments.of(Kind.REPRESENTATIVE, (UnaryOperator<ScreeningFixtures.Call>)
                            c -> c.representative("代表 山田　太郎")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("linkingEvidence")
        void givenNewName_whenSharingASingleLinkWithTerminatedParty_thenCautionWithAQuestion(
                Kind kind, UnaryOperator<ScreeningFixtures.Call> shares) {
            ScreeningResult result = screen(shares.apply(call().company(NEW_NAME)), acme(TrustStatus.TERMINATED));

            assertThat(result.verdict()).isEqualTo(Verdict.CAUTION);
            assertThat(result.reasonCodes()).containsExactly(POSSIBLE_LINK);
            ScreeningReason reason = result.reasons().get(0);
            assertThat(reason.messageKey()).isEqualTo("screening.reason.POSSIBLE_LINK." + kind.name());
            assertThat(reason.parties()).containsExactly(ACME);
            assertThat(reason.args()).containsEntry("evidenceKinds", List.of(kind.name()));
        }

        @Test
        void givenNewName_whenSharingTwoIndependentLinksWithTerminatedParty_thenRefused() {
            ScreeningResult result = screen(
                    call().company(NEW_NAME).address("千代田区神田1-2-3 アクメビル 3F").representative(ACME_REPRESENTATIVE),
                    acme(TrustStatus.TERMINATED));

            assertThat(result.verdict()).isEqualTo(Verdict.REFUSE);
            assertThat(result.reasonCodes()).containsExactly(LINKED_TO_TERMINATED);
            assertThat(result.reasons().get(0).args())
                    .containsEntry("evidenceKinds", List.of("REPRESENTATIVE", "ADDRESS"));
        }

        @Test
        void givenRenamedResellerAtSameBuildingAndFloor_whenNewNameAndNewPhone_thenLinkedByAddressAndRefused() {
            ScreeningResult result = screen(
                    call().company(NEW_NAME).phone(NEW_PHONE).address("千代田区神田1-2-3 アクメビル５Ｆ"),
                    acme(TrustStatus.TERMINATED));

            assertThat(result.verdict()).isEqualTo(Verdict.REFUSE);
            assertThat(result.reasonCodes()).containsExactly(LINKED_TO_TERMINATED);
            assertThat(result.reasons().get(0).args())
                    .containsEntry("evidenceKinds", List.of("ADDRESS"))
                    .hasEntrySatisfying(
                            "evidence",
                            evidence -> assertThat((List<?>) evidence)
                                    .singleElement()
                                    .isInstanceOfSatisfying(Map.class, detail -> {
                                        assertThat(detail.get("key"))
                                                .isEqualTo("identity.detail.ADDRESS.SAME_FLOOR_OR_ROOM");
                                        assertThat((String) detail.get("text")).startsWith("same floor or room");
                                    }));
        }

        /** ACME with a toll-free, a navi-dial and a 050 number beside its own line. */
        private static final PartyIdentity ACME_WITH_SHARED_LINES = new PartyIdentity(
                new PartyName("株式会社アクメ光通信"),
                Stream.of(ACME_PHONE, "0120-123-456", "0570-123-456", "050-1234-5678")
                        .map(PhoneNumber::parse)
                        .toList(),
                new Address(ScreeningFixtures.ACME_ADDRESS),
                null,
                null);

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                same street address, other building  | 株式会社ネオ光ネット             |              | 千代田区神田1-2-3 第二神田ビル5階
                same 0120 number                     | 株式会社ネオ光ネット             | 0120-123-456 |
                same navi-dial number                | 株式会社ネオ光ネット             | 0570-123-456 |
                same 050 number                      | 株式会社ネオ光ネット             | 050-1234-5678 |
                similar name only                    | アクメ光通信サービス株式会社     |              |
                """)
        void givenOnlyWeakEvidence_thenNotLinked(String what, String name, String phone, String address) {
            ScreeningFixtures.Call call = call().company(name);
            if (phone != null) {
                call.phone(phone);
            }
            if (address != null) {
                call.address(address);
            }

            ScreeningResult result =
                    screen(call, known(ACME, PartyKind.RESELLER, ACME_WITH_SHARED_LINES, TrustStatus.TERMINATED));

            assertThat(result.reasonCodes()).doesNotContain(LINKED_TO_TERMINATED, TERMINATED_PARTY);
            // A similar name is no evidence at all: nothing is known of the caller.
            assertThat(result.verdict()).isIn(Verdict.ACCEPT, Verdict.NO_RECORD);
        }

        @Test
        void givenSameStreetAddressWithoutBuilding_thenAskedWhichBuildingAndFloor() {
            ScreeningResult result =
                    screen(call().company(NEW_NAME).address("千代田区神田1-2-3"), acme(TrustStatus.TERMINATED));

            assertThat(result.reasonCodes()).containsExactly(POSSIBLE_LINK);
            assertThat(result.matches()).singleElement().satisfies(m -> {
                assertThat(m.status()).isEqualTo(TrustStatus.TERMINATED);
                assertThat(m.evidence()).singleElement().satisfies(e -> {
                    assertThat(e.text()).startsWith("same street address");
                    assertThat(e.grade()).isEqualTo(IdentityEvidence.Grade.LINKING);
                });
            });
        }

        @ParameterizedTest(name = "phone shared by {0} parties → linked: {1}")
        @CsvSource(textBlock = """
                1, true
                5, true
                6, false
                40, false
                """)
        void givenCrowdedPhone_thenHalfWeightAndNotLinked(int sharedBy, boolean linked) {
            ScreeningRequest request =
                    call().company(NEW_NAME).phone(ACME_PHONE).request();
            KeyCounts counts =
                    new KeyCounts(Map.of(PhoneNumber.parse(ACME_PHONE).indexKey(), sharedBy));

            ScreeningResult result = screening.screen(request, List.of(acme(TrustStatus.TERMINATED)), counts);

            assertThat(result.reasonCodes().contains(LINKED_TO_TERMINATED)).isEqualTo(linked);
            IdentityEvidence phone = result.matches().get(0).evidence().get(0);
            if (linked) {
                assertThat(phone.weight()).isEqualTo(1.0);
            } else {
                assertThat(phone.weight()).isEqualTo(0.5);
                assertThat(phone.text()).contains("shared by " + sharedBy + " known parties");
                assertThat(result.verdict()).isEqualTo(Verdict.ACCEPT);
            }
        }

        @Test
        void givenCallerIsAProvisionalParty_thenCautionNamingTheTerminatedPartyAndTheEvidence() {
            Reason link = Reason.of(
                    ReasonCode.LINKED_TO_TERMINATED,
                    Map.of(
                            "party", List.of("株式会社アクメ光通信"),
                            "partyIds", List.of(ACME.value().toString()),
                            "evidenceKinds", List.of("PHONE"),
                            "evidence", List.of("same phone number 03-1234-5678")),
                    List.of());
            Candidate provisional = new Candidate(
                    PartyFixtures.party(7),
                    PartyKind.RESELLER,
                    identity("合同会社ネオ光ネット", NEW_PHONE, null),
                    assessment(TrustStatus.PROVISIONAL, link),
                    false,
                    false);

            ScreeningResult result = screen(call().company(NEW_NAME), provisional);

            assertThat(result.verdict()).isEqualTo(Verdict.CAUTION);
            assertThat(result.reasonCodes()).containsExactly(PROVISIONAL_CALLER);
            assertThat(result.reasons().get(0).args())
                    .containsEntry("party", "合同会社ネオ光ネット")
                    .containsEntry("linkedParty", List.of("株式会社アクメ光通信"))
                    .containsEntry("evidenceKinds", List.of("PHONE"));
            assertThat(result.reasons().get(0).parties()).containsExactly(PartyFixtures.party(7), ACME);
        }

        @Test
        void givenCallerIsAProvisionalParty_whenTheShopRefusesThem_thenRefused() {
            Screening strict = new Screening(
                    new ScreeningSettings(ScreeningSettings.DEFAULTS.matchWeights(), 0.3, 0.9, 5, Verdict.REFUSE));
            Candidate provisional = known(
                    PartyFixtures.party(7),
                    PartyKind.RESELLER,
                    identity("合同会社ネオ光ネット", NEW_PHONE, null),
                    TrustStatus.PROVISIONAL);

            ScreeningResult result = strict.screen(call().company(NEW_NAME).request(), List.of(provisional));

            assertThat(result.verdict()).isEqualTo(Verdict.REFUSE);
            assertThat(result.reasonCodes()).containsExactly(PROVISIONAL_CALLER);
        }

        @Test
        void givenCallerSharesAnAccountWithAProvisionalParty_thenCautionAsAPossibleLink() {
            Candidate provisional = new Candidate(
                    PartyFixtures.party(7),
                    PartyKind.RESELLER,
                    new PartyIdentity(new PartyName("合同会社ネオ光ネット"), null, null, null, ACME_BANK),
                    assessment(TrustStatus.PROVISIONAL),
                    false,
                    false);

            ScreeningResult result = screen(call().company("株式会社サンライズ").bankAccount(ACME_BANK), provisional);

            assertThat(result.verdict()).isEqualTo(Verdict.CAUTION);
            assertThat(result.reasonCodes()).containsExactly(POSSIBLE_LINK);
            assertThat(result.reasons().get(0).messageKey()).isEqualTo("screening.reason.POSSIBLE_LINK.UNDER_REVIEW");
            assertThat(result.reasons().get(0).args()).containsEntry("evidenceKinds", List.of("BANK_ACCOUNT"));
        }

        @Test
        void givenStrongEvidenceSharedWithAPartyInGoodStanding_thenNotLinked() {
            ScreeningResult result = screen(call().company(NEW_NAME).phone(ACME_PHONE), acme(TrustStatus.GOOD));

            assertThat(result.verdict()).isEqualTo(Verdict.ACCEPT);
            assertThat(result.reasonCodes()).containsExactly(NO_CONCERN);
        }
    }

    @Nested
    class Cautions {
        @Test
        void givenCallerWithholdsFullName_thenCaution() {
            ScreeningResult result = screen(call().caller("佐藤").nameWithheld().kind(PartyKind.CARRIER));

            assertThat(result.verdict()).isEqualTo(Verdict.CAUTION);
            assertThat(result.reasonCodes()).containsExactly(NAME_WITHHELD);
            assertThat(result.reasons().get(0).args()).containsEntry("callerName", "佐藤");
        }

        @Test
        void givenCallersPartyOwesMoney_thenCautionWithWhatIsOwed() {
            Reason owed = Reason.of(
                    ReasonCode.UNSETTLED_SHORTFALL, Map.of("invoices", 1, "outstandingYen", 5_500L), List.of(4L));
            Candidate debtor = new Candidate(
                    ACME,
                    PartyKind.RESELLER,
                    ScreeningFixtures.identityOf(PartyFixtures.acmeDetails()),
                    assessment(TrustStatus.GOOD, owed),
                    true,
                    false);

            ScreeningResult result = screen(call().company("アクメ光通信"), debtor);

            assertThat(result.verdict()).isEqualTo(Verdict.CAUTION);
            assertThat(result.reasonCodes()).containsExactly(UNSETTLED_SHORTFALL);
            assertThat(result.reasons().get(0).args())
                    .containsEntry("party", "株式会社アクメ光通信")
                    .containsEntry("outstandingYen", 5_500L);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(
                value = TrustStatus.class,
                names = {"NEW", "GOOD", "WATCH", "UNRELIABLE"})
        void givenCallersPartyHasABadRecord_thenCaution(TrustStatus status) {
            ScreeningResult result = screen(call().company("アクメ光通信"), acme(status));

            boolean poor = status == TrustStatus.WATCH || status == TrustStatus.UNRELIABLE;
            assertThat(result.verdict()).isEqualTo(poor ? Verdict.CAUTION : Verdict.ACCEPT);
            assertThat(result.reasonCodes()).containsExactly(poor ? POOR_RECORD : NO_CONCERN);
            assertThat(result.reasons().get(0).args()).containsEntry("status", status.name());
        }

        @Test
        void givenABadRecordOnAPartyThatIsNotTheCaller_thenNoCaution() {
            ScreeningResult result = screen(call().company(NEW_NAME).phone(ACME_PHONE), acme(TrustStatus.UNRELIABLE));

            assertThat(result.verdict()).isEqualTo(Verdict.ACCEPT);
            assertThat(result.matches()).extracting(Match::status).containsExactly(TrustStatus.UNRELIABLE);
        }
    }

    @Nested
    class DirectCustomer {
        @Test
        void givenKnownCustomerAskingForThemselves_thenAccepted() {
            ScreeningResult result = screen(call().phone(TANAKA_PHONE), tanaka(TrustStatus.GOOD));

            assertThat(result.verdict()).isEqualTo(Verdict.ACCEPT);
            assertThat(result.priority()).isEqualTo(Priority.NORMAL);
            assertThat(result.reasonCodes()).containsExactly(DIRECT_CUSTOMER);
            assertThat(result.reasons().get(0).parties()).containsExactly(TANAKA);
        }

        @Test
        void givenCustomerSignedUpByTerminatedReseller_whenAskingForThemselves_thenAccepted() {
            ScreeningResult result = screen(
                    call().caller("鈴木一郎").phone("090-8765-4321").kind(PartyKind.CUSTOMER),
                    acme(TrustStatus.TERMINATED));

            assertThat(result.verdict()).isEqualTo(Verdict.ACCEPT);
            assertThat(result.reasonCodes()).containsExactly(DIRECT_CUSTOMER);
        }

        /**
         * Decision: a self-declared customer calling from the terminated reseller's own line is not taken for the
         * reseller; the link is shown and calls for caution (staff ask a question or two) rather than a refusal.
         */
        @Test
        void givenDirectCustomerSharingTerminatedResellersPhone_thenCautionWithTheLinkNotRefused() {
            ScreeningResult result = screen(
                    call().caller("鈴木一郎").phone(ACME_PHONE).kind(PartyKind.CUSTOMER), acme(TrustStatus.TERMINATED));

            assertThat(result.verdict()).isEqualTo(Verdict.CAUTION);
            assertThat(result.reasonCodes()).containsExactly(LINKED_TO_TERMINATED, DIRECT_CUSTOMER);
            assertThat(result.reasons().get(0).effect()).isEqualTo(Verdict.CAUTION);
            assertThat(result.reasons().get(0).parties()).containsExactly(ACME);
            assertThat(result.requester()).isEmpty();
        }

        @Test
        void givenNoClaimedKind_whenCallingFromTerminatedResellersLine_thenTakenForTheResellerAndRefused() {
            ScreeningResult result = screen(call().caller("鈴木一郎").phone(ACME_PHONE), acme(TrustStatus.TERMINATED));

            assertThat(result.verdict()).isEqualTo(Verdict.REFUSE);
            assertThat(result.reasonCodes()).containsExactly(TERMINATED_PARTY);
        }

        @Test
        void givenCustomerWhoseOwnRelationshipIsTerminated_thenRefused() {
            ScreeningResult result = screen(call().phone(TANAKA_PHONE), returning(tanaka(TrustStatus.TERMINATED)));

            assertThat(result.verdict()).isEqualTo(Verdict.REFUSE);
            assertThat(result.reasonCodes()).containsExactly(TERMINATED_PARTY, DIRECT_CUSTOMER, RETURNING_CUSTOMER);
            assertThat(result.priority()).isEqualTo(Priority.NORMAL);
        }

        @Test
        void givenProvisionalCustomer_thenCautionOnly() {
            ScreeningResult result = screen(call().phone(TANAKA_PHONE), tanaka(TrustStatus.PROVISIONAL));

            assertThat(result.verdict()).isEqualTo(Verdict.CAUTION);
            assertThat(result.reasonCodes()).containsExactly(PROVISIONAL_CALLER, DIRECT_CUSTOMER);
        }

        @ParameterizedTest(name = "returning {0}, via {1} → {2}")
        @CsvSource(textBlock = """
                false, PHONE,    NORMAL
                true,  PHONE,    HIGH
                false, WEB_FORM, HIGH
                true,  WEB_FORM, HIGH
                """)
        void givenReturningOrWebFormCustomer_thenHighPriority(boolean isReturning, Channel channel, Priority priority) {
            Candidate customer = isReturning ? returning(tanaka(TrustStatus.GOOD)) : tanaka(TrustStatus.GOOD);

            ScreeningResult result = screen(call().phone(TANAKA_PHONE).via(channel), customer);

            assertThat(result.verdict()).isEqualTo(Verdict.ACCEPT);
            assertThat(result.priority()).isEqualTo(priority);
            assertThat(result.reasonCodes().contains(RETURNING_CUSTOMER)).isEqualTo(isReturning);
            assertThat(result.reasonCodes().contains(WEB_FORM)).isEqualTo(channel == Channel.WEB_FORM);
        }

        @Test
        void givenResellerViaWebForm_thenNoPriority() {
            ScreeningResult result =
                    screen(call().company("アクメ光通信").via(Channel.WEB_FORM), returning(acme(TrustStatus.GOOD)));

            assertThat(result.priority()).isEqualTo(Priority.NORMAL);
            assertThat(result.reasonCodes()).containsExactly(NO_CONCERN);
        }
    }

    @Nested
    class Explanations {
        @Test
        void givenUnknownCaller_thenAcceptedBecauseNothingMatched() {
            ScreeningResult result = screen(
                    call().company("株式会社はじめて商事").phone(NEW_PHONE),
                    acme(TrustStatus.TERMINATED),
                    tanaka(TrustStatus.GOOD));

            assertThat(result.verdict()).isEqualTo(Verdict.NO_RECORD);
            assertThat(result.priority()).isEqualTo(Priority.NORMAL);
            assertThat(result.reasonCodes()).containsExactly(NO_RECORD);
            assertThat(result.matches()).isEmpty();
        }

        @Test
        void givenKnownPartyInGoodStanding_thenAcceptedNamingIt() {
            ScreeningResult result = screen(call().company("アクメ光通信"), acme(TrustStatus.GOOD));

            assertThat(result.reasonCodes()).containsExactly(NO_CONCERN);
            assertThat(result.reasons().get(0).args())
                    .containsEntry("party", "株式会社アクメ光通信")
                    .containsEntry("status", "GOOD")
                    .containsEntry("matches", 1);
        }

        @Test
        void givenRefusingAndCautioningReasons_thenRefusedWithTheMostDecisiveFirst() {
            Candidate other = new Candidate(
                    PartyFixtures.party(3),
                    PartyKind.RESELLER,
                    new PartyIdentity(new PartyName("合同会社ネオ光ネット"), null, null, null, ACME_BANK),
                    assessment(TrustStatus.TERMINATED),
                    false,
                    false);

            ScreeningResult result = screen(
                    call().company("アクメ光通信")
                            .bankAccount(ACME_BANK)
                            .caller("佐藤")
                            .nameWithheld()
                            .onBehalfOfCustomer(),
                    acme(TrustStatus.TERMINATED),
                    other);

            assertThat(result.verdict()).isEqualTo(Verdict.REFUSE);
            assertThat(result.reasonCodes())
                    .containsExactly(TERMINATED_PARTY, LINKED_TO_TERMINATED, PROXY_FROM_RESELLER, NAME_WITHHELD);
            assertThat(result.reasons().get(1).parties()).containsExactly(PartyFixtures.party(3));
        }

        @Test
        void givenOnlyCautioningReasons_thenCautionBeforeInformation() {
            ScreeningResult result = screen(
                    call().caller("鈴木").nameWithheld().phone(ACME_PHONE).kind(PartyKind.CUSTOMER),
                    acme(TrustStatus.TERMINATED));

            assertThat(result.verdict()).isEqualTo(Verdict.CAUTION);
            assertThat(result.reasonCodes()).containsExactly(LINKED_TO_TERMINATED, NAME_WITHHELD, DIRECT_CUSTOMER);
            assertThat(result.reasons())
                    .extracting(ScreeningReason::effect)
                    .containsExactly(Verdict.CAUTION, Verdict.CAUTION, Verdict.ACCEPT);
        }

        @Test
        void givenWatchedResellerWithholdingNameOnProxyRequest_thenRefusedAndCautionsFollow() {
            ScreeningResult result =
                    screen(call().company("アクメ光通信").nameWithheld().onBehalfOfCustomer(), acme(TrustStatus.WATCH));

            assertThat(result.verdict()).isEqualTo(Verdict.REFUSE);
            assertThat(result.reasonCodes()).containsExactly(PROXY_FROM_RESELLER, POOR_RECORD, NAME_WITHHELD);
        }
    }

    @Nested
    class Matches {
        private static final String OSAKA = "大阪府大阪市北区梅田1-2-3 梅田ビル";
        private static final String OSAKA_STREET = "大阪市北区梅田1-2-3";
        private static final String TOLL_FREE = "0120-111-222";

        @Test
        void givenCandidatesInAnyOrder_thenListedBestMatchFirstWithCombinedScores() {
            Candidate tollFreeOnly = known(1, PartyKind.CARRIER, TrustStatus.GOOD, "光回線サポート株式会社", TOLL_FREE, null);
            Candidate streetOnly = known(2, PartyKind.OTHER, TrustStatus.GOOD, "梅田商事", null, OSAKA_STREET);
            Candidate both = known(3, PartyKind.OTHER, TrustStatus.NEW, "北区電気", TOLL_FREE, OSAKA_STREET);
            Candidate account = new Candidate(
                    PartyFixtures.party(4),
                    PartyKind.CARRIER,
                    new PartyIdentity(new PartyName("大阪ネット"), null, null, null, ACME_BANK),
                    assessment(TrustStatus.GOOD),
                    false,
                    false);
            Candidate unrelated = known(5, PartyKind.OTHER, TrustStatus.GOOD, "無関係", "06-1111-2222", null);

            ScreeningResult result = screen(
                    call().company("梅田コネクト株式会社").phone(TOLL_FREE).address(OSAKA).bankAccount(ACME_BANK),
                    tollFreeOnly,
                    unrelated,
                    streetOnly,
                    both,
                    account);

            assertThat(result.matches())
                    .extracting(Match::partyId)
                    .containsExactly(
                            PartyFixtures.party(4),
                            PartyFixtures.party(3),
                            PartyFixtures.party(2),
                            PartyFixtures.party(1));
            assertThat(result.matches())
                    .extracting(Match::score)
                    .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b))
                    .containsExactly(1.0, 1 - (1 - 0.5) * (1 - 0.3), 0.5, 0.3);
            assertThat(result.matches().get(1).evidence())
                    .extracting(IdentityEvidence::kind)
                    .containsExactly(Kind.ADDRESS, Kind.PHONE);
            assertThat(result.matches()).noneMatch(Match::requester);
        }

        @Test
        void givenEvidenceBelowTheListingScore_thenNotListed() {
            ScreeningRequest request =
                    call().phone("0120-111-222").kind(PartyKind.OTHER).request();
            Candidate callCentreClient =
                    known(1, PartyKind.CARRIER, TrustStatus.GOOD, "光回線サポート株式会社", "0120-111-222", null);
            KeyCounts crowded =
                    new KeyCounts(Map.of(PhoneNumber.parse("0120-111-222").indexKey(), 30));

            assertThat(screening.screen(request, List.of(callCentreClient)).matches())
                    .hasSize(1);
            assertThat(screening
                            .screen(request, List.of(callCentreClient), crowded)
                            .matches())
                    .isEmpty();
        }

        @Test
        void givenAPartyAReasonNames_thenListedWhateverItsScore() {
            Screening strict =
                    new Screening(new ScreeningSettings(ScreeningSettings.DEFAULTS.matchWeights(), 0.95, 0.9, 5));

            ScreeningResult result = strict.screen(
                    call().company(NEW_NAME).address("千代田区神田1-2-3 アクメビル 3F").request(),
                    List.of(acme(TrustStatus.TERMINATED)));

            assertThat(result.reasonCodes()).containsExactly(POSSIBLE_LINK);
            assertThat(result.matches()).extracting(Match::partyId).containsExactly(ACME);
            assertThat(result.matches().get(0).score()).isCloseTo(0.6, within(1e-9));
        }

        @Test
        void givenTheSamePartyTwice_thenRejected() {
            ScreeningRequest request = call().phone(ACME_PHONE).request();
            List<Candidate> twice = List.of(acme(TrustStatus.GOOD), acme(TrustStatus.GOOD));

            assertThatThrownBy(() -> screening.screen(request, twice))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining(ACME.toString());
        }
    }

    @Test
    void representativeAloneDoesNotSayWhoIsCalling() {
        // Without a company name, a shared representative links but does not identify: one person may run several
        // firms.
        ScreeningResult result = screen(call().representative(ACME_REPRESENTATIVE), acme(TrustStatus.WATCH));

        assertThat(result.requester()).isEmpty();
        assertThat(result.reasonCodes()).containsExactly(NO_CONCERN);
        assertThat(result.matches()).extracting(Match::partyId).containsExactly(ACME);
    }
}
