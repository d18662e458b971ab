package org.trustledger.adapters.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.trustledger.adapters.web.ui.DashboardPageSupport.entry;
import static org.trustledger.adapters.web.ui.DashboardPageSupport.form;
import static org.trustledger.adapters.web.ui.DashboardPageSupport.givenParty;
import static org.trustledger.adapters.web.ui.DashboardPageSupport.page;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.trustledger.adapters.web.party.FakeRecordPartyCommand;
import org.trustledger.adapters.web.party.InMemoryPartyQueries;
import org.trustledger.adapters.web.party.PartyApiTest;
import org.trustledger.adapters.web.people.FakePeople;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.in.PeopleQuery.DisclosedEntry;
import org.trustledger.application.port.in.PeopleQuery.Disclosure;
import org.trustledger.application.port.in.PeopleQuery.PartyRef;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.Erasure;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyCommand.AnswerPersonalDataRequest;
import org.trustledger.domain.party.PartyCommand.ErasePersonalData;
import org.trustledger.domain.party.PartyCommand.RecordPersonalDataRequest;
import org.trustledger.domain.party.PartyCommand.RefusePersonalDataRequest;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.PersonalDataErased;
import org.trustledger.domain.party.PartyEvent.PersonalDataRequestAnswered;
import org.trustledger.domain.party.PartyEvent.PersonalDataRequested;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyPeople.Role;
import org.trustledger.domain.party.PersonId;
import org.trustledger.domain.party.PersonalDataRequestKind;
import org.trustledger.domain.party.Yen;

/** A person's requests, their refusal and the erasure on the party page, and an erased person as the page shows them. */
@PartyApiTest
class PersonalDataPagesTest {
    static final PartyId CUSTOMER = new PartyId(UUID.fromString("22222222-3333-4444-8555-666666666666"));
    static final Instant AT = Instant.parse("2025-02-20T01:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeRecordPartyCommand recorder;

    @Autowired
    InMemoryPartyQueries queries;

    @Autowired
    FakePeople people;

    @BeforeEach
    void forgetEarlierRequests() {
        recorder.reset();
        queries.reset();
        people.reset();
    }

    /** A reseller's salesperson, no party of their own, whose call is entry 2 of the reseller. */
    private PersonId givenASalesperson() {
        PersonId salesperson = new PersonId(UUID.fromString("5b4a3c2d-1e0f-8a9b-8c7d-6e5f4a3b2c1d"));
        PartyId reseller = new PartyId(UUID.fromString("33333333-4444-4555-8666-777777777777"));
        people.put(new Disclosure(
                salesperson,
                false,
                null,
                List.of("猪狩 颯真"),
                List.of(PhoneNumber.parse("080-3141-5926")),
                null,
                List.of(new DisclosedEntry(
                        new PartyRef(reseller, "株式会社ひかり代行", PartyKind.RESELLER),
                        Set.of(Role.CALLER),
                        new HistoryEntry(
                                2,
                                "CallerIdentified",
                                AT,
                                "hanako",
                                "c-2",
                                new CallerIdentified(
                                        reseller,
                                        new PersonName("猪狩 颯真"),
                                        true,
                                        "営業",
                                        PhoneNumber.parse("080-3141-5926"),
                                        AT)),
                        null)),
                List.of()));
        return salesperson;
    }

    @Test
    @WithMockUser(username = "kenji", roles = "MANAGER")
    void erasingASalesperson_fromTheirDisclosure_saysItIsOnEveryPartyNamingThem_andErasesOnlyWithAReason()
            throws Exception {
        PersonId salesperson = givenASalesperson();

        assertThat(page(mvc, get("/people/" + salesperson)))
                .contains("id=\"erase-person\"", "href=\"/people/" + salesperson + "/erasure\"");
        assertThat(page(mvc, get("/people/" + salesperson + "/erasure")))
                .contains(
                        "猪狩 颯真 の個人情報を、この方を記録したすべての取引先（1 件）で消去します",
                        "消去は取り消せません",
                        "action=\"/people/" + salesperson + "/erasure\"");
        mvc.perform(form("/people/" + salesperson + "/erasure", "reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("消去の理由を入力してください。")));
        assertThat(recorder.received()).isEmpty();

        mvc.perform(form("/people/" + salesperson + "/erasure", "reason", "本人からの消去の請求"))
                .andExpect(redirectedUrl("/people"));
        assertThat(recorder.onlyCommand(ErasePersonalData.class).reason()).isEqualTo("本人からの消去の請求");
    }

    @Test
    @WithMockUser(username = "akiko", roles = "AUDITOR")
    void auditors_seeNoErasureOnADisclosure_andMayNotOpenIt() throws Exception {
        PersonId salesperson = givenASalesperson();

        assertThat(page(mvc, get("/people/" + salesperson))).doesNotContain("erase-person");
        mvc.perform(get("/people/" + salesperson + "/erasure")).andExpect(status().isForbidden());
        mvc.perform(form("/people/" + salesperson + "/erasure", "reason", "請求")).andExpect(status().isForbidden());
        assertThat(recorder.received()).isEmpty();
    }

    private static PartyDetails chikage() {
        return new PartyDetails(
                new PartyName("鷺沼 千景"),
                List.of(PhoneNumber.parse("090-8765-4321")),
                new Address("東京都杉並区阿佐谷北九丁目8番7号"),
                null,
                null,
                List.of(new EmailAddress("chikage.saginuma@example.jp")),
                List.of());
    }

    private static PartyDetails erased() {
        return new PartyDetails(
                new PartyName(Erasure.MARK),
                List.of(new PhoneNumber(Erasure.MARK)),
                new Address(Erasure.MARK),
                null,
                null,
                List.of(new EmailAddress(Erasure.MARK)),
                List.of());
    }

    /** A private customer who asked, by phone, to have their data erased: entry 2. */
    private void givenACustomerAskingToBeErased() {
        givenParty(
                queries,
                new PartyView(CUSTOMER, PartyKind.CUSTOMER, chikage(), false, Yen.ZERO, 0, AT, AT, 2),
                entry(1, AT, "hanako", new PartyRegistered(CUSTOMER, PartyKind.CUSTOMER, chikage(), AT)),
                entry(
                        2,
                        AT,
                        "kenji",
                        new PersonalDataRequested(
                                CUSTOMER,
                                PersonalDataRequestKind.ERASURE,
                                Channel.PHONE,
                                LocalDate.of(2025, 2, 19),
                                AT)));
    }

    /** A private customer who asked by e-mail to see their data (entry 2) and by phone to have it erased (entry 3). */
    private void givenACustomerAskingToSeeAndToBeErased() {
        givenParty(
                queries,
                new PartyView(CUSTOMER, PartyKind.CUSTOMER, chikage(), false, Yen.ZERO, 0, AT, AT, 3),
                entry(1, AT, "hanako", new PartyRegistered(CUSTOMER, PartyKind.CUSTOMER, chikage(), AT)),
                entry(
                        2,
                        AT,
                        "kenji",
                        new PersonalDataRequested(
                                CUSTOMER,
                                PersonalDataRequestKind.DISCLOSURE,
                                Channel.EMAIL,
                                LocalDate.of(2025, 2, 19),
                                AT)),
                entry(
                        3,
                        AT,
                        "kenji",
                        new PersonalDataRequested(
                                CUSTOMER,
                                PersonalDataRequestKind.ERASURE,
                                Channel.PHONE,
                                LocalDate.of(2025, 2, 19),
                                AT)));
    }

    /** The same customer after the erasure: every personal value reads as the stored mark. */
    private void givenAnErasedCustomer() {
        givenParty(
                queries,
                new PartyView(CUSTOMER, PartyKind.CUSTOMER, erased(), false, Yen.ZERO, 0, AT, AT, 3),
                entry(1, AT, "hanako", new PartyRegistered(CUSTOMER, PartyKind.CUSTOMER, erased(), AT)),
                entry(
                        2,
                        AT,
                        "hanako",
                        new CallerIdentified(
                                CUSTOMER, new PersonName(Erasure.MARK), true, "本人", new PhoneNumber(Erasure.MARK), AT)),
                entry(3, AT, "kenji", new PersonalDataErased(CUSTOMER, "本人からの消去の請求", AT)));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "MANAGER")
    void managers_seeThePersonsOpenRequest_withARefusalAndAnErasure_andAFormToRecordAnother() throws Exception {
        givenACustomerAskingToBeErased();

        assertThat(page(mvc, get("/parties/" + CUSTOMER)))
                .contains(
                        "id=\"personal-data\"",
                        "#2 利用停止・消去（2025-02-19 受付、電話）",
                        "action=\"/parties/" + CUSTOMER + "/person-refusals\"",
                        "href=\"/parties/" + CUSTOMER + "/erasure?request=2\"",
                        "id=\"person-request-details\"",
                        "利用停止・消去の請求（2025-02-19 受付、電話）");
    }

    @Test
    @WithMockUser(username = "kenji", roles = "MANAGER")
    void aRequestToSee_hasAnAnswerButtonAndALinkToTheDisclosure_aRequestToEraseNeither() throws Exception {
        givenACustomerAskingToSeeAndToBeErased();

        String page = page(mvc, get("/parties/" + CUSTOMER));
        String disclosure =
                page.substring(page.indexOf("id=\"person-request-2\""), page.indexOf("id=\"person-request-3\""));
        String erasure = page.substring(page.indexOf("id=\"person-request-3\""));
        erasure = erasure.substring(0, erasure.indexOf("</li>"));
        assertThat(disclosure)
                .contains(
                        "action=\"/parties/" + CUSTOMER + "/person-answers\"",
                        "応じた（開示・訂正済み）",
                        "href=\"/people/" + CUSTOMER + "\"",
                        "action=\"/parties/" + CUSTOMER + "/person-refusals\"");
        assertThat(erasure)
                .contains("action=\"/parties/" + CUSTOMER + "/person-refusals\"")
                .doesNotContain("/person-answers", "href=\"/people/");
    }

    @Test
    @WithMockUser(username = "kenji", roles = "MANAGER")
    void answeringARequest_recordsTheAnswerWithItsNote_asTheSignedInManager() throws Exception {
        givenACustomerAskingToSeeAndToBeErased();

        mvc.perform(form("/parties/" + CUSTOMER + "/person-answers", "sequence", "2", "note", "書面で郵送"))
                .andExpect(status().is3xxRedirection());
        assertThat(recorder.onlyCommand(AnswerPersonalDataRequest.class))
                .extracting(AnswerPersonalDataRequest::request, AnswerPersonalDataRequest::note)
                .containsExactly(2L, "書面で郵送");
        assertThat(recorder.only().recording().recordedBy()).isEqualTo("kenji");

        recorder.reset();
        mvc.perform(form("/parties/" + CUSTOMER + "/person-answers", "sequence", "2", "note", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(recorder.onlyCommand(AnswerPersonalDataRequest.class).note()).isNull();
    }

    @Test
    @WithMockUser(username = "kenji", roles = "MANAGER")
    void anAnswerTheLedgerRefuses_isSaidAboveTheRequests_andATooLongNoteBesideItsRequest() throws Exception {
        givenACustomerAskingToSeeAndToBeErased();
        recorder.failWith(new HistoryConflictException(
                "asks to stop use or erase", "error.personRequest.answerIsErasure", Map.of("sequence", 3L)));

        assertThat(page(mvc, form("/parties/" + CUSTOMER + "/person-answers", "sequence", "3")))
                .contains("id=\"person-answer-problem\"", "この請求には消去そのものが回答になります");

        recorder.reset();
        mvc.perform(form("/parties/" + CUSTOMER + "/person-answers", "sequence", "2", "note", "あ".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span class=\"field-error\">")));
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    @WithMockUser(username = "akiko", roles = "STAFF")
    void staff_seeNoneOfIt_andCannotSendIt() throws Exception {
        givenACustomerAskingToBeErased();

        mvc.perform(get("/parties/" + CUSTOMER))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"trouble-details\""),
                                not(containsString("id=\"personal-data\"")),
                                not(containsString("/erasure")))));
        mvc.perform(form("/parties/" + CUSTOMER + "/person-requests", "kind", "ERASURE", "channel", "PHONE"))
                .andExpect(status().isForbidden());
        mvc.perform(form("/parties/" + CUSTOMER + "/person-refusals", "sequence", "2", "reason", "再発防止"))
                .andExpect(status().isForbidden());
        mvc.perform(form("/parties/" + CUSTOMER + "/person-answers", "sequence", "2"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/parties/" + CUSTOMER + "/erasure")).andExpect(status().isForbidden());
        mvc.perform(form("/parties/" + CUSTOMER + "/erasure", "reason", "本人からの請求"))
                .andExpect(status().isForbidden());
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    @WithMockUser(username = "akiko", roles = "AUDITOR")
    void auditors_seeNoneOfIt() throws Exception {
        givenACustomerAskingToBeErased();

        assertThat(page(mvc, get("/parties/" + CUSTOMER))).doesNotContain("id=\"personal-data\"");
    }

    @Test
    @WithMockUser(username = "kenji", roles = "MANAGER")
    void recordingARequest_andRefusingOne_recordsThemAsTheSignedInManager() throws Exception {
        givenACustomerAskingToBeErased();

        mvc.perform(form("/parties/" + CUSTOMER + "/person-requests")
                        .param("kind", "DISCLOSURE")
                        .param("channel", "EMAIL")
                        .param("receivedOn", "令和7年2月18日"))
                .andExpect(status().is3xxRedirection());
        assertThat(recorder.onlyCommand(RecordPersonalDataRequest.class))
                .extracting(RecordPersonalDataRequest::kind, RecordPersonalDataRequest::receivedOn)
                .containsExactly(PersonalDataRequestKind.DISCLOSURE, LocalDate.of(2025, 2, 18));

        recorder.reset();
        mvc.perform(form("/parties/" + CUSTOMER + "/person-refusals", "sequence", "2", "reason", "同じ手口の再発防止のため保持する"))
                .andExpect(status().is3xxRedirection());
        assertThat(recorder.onlyCommand(RefusePersonalDataRequest.class))
                .extracting(RefusePersonalDataRequest::request, RefusePersonalDataRequest::reason)
                .containsExactly(2L, "同じ手口の再発防止のため保持する");
        assertThat(recorder.only().recording().recordedBy()).isEqualTo("kenji");
    }

    @Test
    @WithMockUser(username = "kenji", roles = "MANAGER")
    void aRefusalWithoutReason_isShownBesideItsRequest_andNothingIsRecorded() throws Exception {
        givenACustomerAskingToBeErased();

        mvc.perform(form("/parties/" + CUSTOMER + "/person-refusals", "sequence", "2", "reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span class=\"field-error\">理由を入力してください。</span>")));
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    @WithMockUser(username = "kenji", roles = "MANAGER")
    void erasing_firstSaysWhatItDoesAndThatItCannotBeUndone_andErasesOnlyOnItsOwnButtonWithAReason() throws Exception {
        givenACustomerAskingToBeErased();

        assertThat(page(mvc, get("/parties/" + CUSTOMER + "/erasure").param("request", "2")))
                .contains(
                        "鷺沼 千景 の個人情報を消去します",
                        "消去は取り消せません",
                        "記録 #2 の請求への回答になります",
                        "name=\"_csrf\"",
                        "id=\"erasure-reason\"");
        assertThat(recorder.received()).isEmpty();

        mvc.perform(form("/parties/" + CUSTOMER + "/erasure", "request", "2", "reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("消去の理由を入力してください。")));
        assertThat(recorder.received()).isEmpty();

        mvc.perform(form("/parties/" + CUSTOMER + "/erasure", "request", "2", "reason", "本人からの消去の請求"))
                .andExpect(redirectedUrl("/parties/" + CUSTOMER + "#event-" + FakeRecordPartyCommand.SEQUENCE));
        assertThat(recorder.onlyCommand(ErasePersonalData.class))
                .extracting(ErasePersonalData::request, ErasePersonalData::reason)
                .containsExactly(2L, "本人からの消去の請求");
    }

    @Test
    @WithMockUser(username = "kenji", roles = "MANAGER")
    void anErasedCustomer_readsAsErasedInJapanese_withNoFormerValue_andNoFurtherErasure() throws Exception {
        givenAnErasedCustomer();

        assertThat(page(mvc, get("/parties/" + CUSTOMER)))
                .contains(
                        "<h1 id=\"party-name\">消去済み</h1>",
                        "id=\"party-phones\">消去済み</dd>",
                        "id=\"party-address\">消去済み</dd>",
                        "id=\"person-erased\"")
                .doesNotContain("id=\"erase-person\"", "鷺沼", "8765");
        mvc.perform(get("/parties")).andExpect(content().string(containsString("消去済み")));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "MANAGER")
    void anErasedCustomer_readsAsErasedInEnglish_notInJapanese() throws Exception {
        givenAnErasedCustomer();

        assertThat(page(mvc, get("/parties/" + CUSTOMER).param("lang", "en")))
                .contains(
                        "<h1 id=\"party-name\">Erased</h1>",
                        "id=\"party-phones\">Erased</dd>",
                        "id=\"party-emails\">Erased</dd>",
                        "“Erased”")
                .doesNotContain(Erasure.MARK);
        mvc.perform(get("/parties").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Erased"), not(containsString(Erasure.MARK)))));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "MANAGER")
    void anAnsweredRequest_readsInTheHistoryInJapaneseAndEnglish_andIsNoLongerOpen() throws Exception {
        givenParty(
                queries,
                new PartyView(CUSTOMER, PartyKind.CUSTOMER, chikage(), false, Yen.ZERO, 0, AT, AT, 3),
                entry(1, AT, "hanako", new PartyRegistered(CUSTOMER, PartyKind.CUSTOMER, chikage(), AT)),
                entry(
                        2,
                        AT,
                        "kenji",
                        new PersonalDataRequested(
                                CUSTOMER,
                                PersonalDataRequestKind.CORRECTION,
                                Channel.EMAIL,
                                LocalDate.of(2025, 2, 19),
                                AT)),
                entry(3, AT, "kenji", new PersonalDataRequestAnswered(CUSTOMER, 2, "書面で郵送", AT)));

        assertThat(page(mvc, get("/parties/" + CUSTOMER)))
                .contains("請求への回答", "記録 2 の請求に応じた（開示・訂正済み）: 書面で郵送", "id=\"person-requests-none\"")
                .doesNotContain("id=\"person-request-2\"");
        assertThat(page(mvc, get("/parties/" + CUSTOMER).param("lang", "en")))
                .contains("Request answered", "the request in entry 2 answered (disclosed or corrected): 書面で郵送");
    }
}
