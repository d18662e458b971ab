package org.trustledger.adapters.web.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.PaymentShort;
import org.trustledger.domain.party.PartyEvent.RelationshipTerminated;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.RelationshipCause;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.party.Yen;

@PartyApiTest
@WithMockUser(username = "hanako", roles = "MANAGER")
class PartyQueryApiTest {
    static final String ACME_PATH = "/api/v1/parties/" + TestParties.ACME.value();

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryPartyQueries queries;

    @BeforeEach
    void startWithThreeParties() {
        queries.reset();
        queries.put(TestParties.acme());
        queries.put(TestParties.bright());
        queries.put(TestParties.sato());
    }

    @Test
    void get_showsTheParty_withPhonesInE164AndAsWritten() throws Exception {
        mvc.perform(get(ACME_PATH))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.partyId").value(TestParties.ACME.value().toString()))
                .andExpect(jsonPath("$.kind").value("RESELLER"))
                .andExpect(jsonPath("$.name").value("Acme Hikari"))
                .andExpect(jsonPath("$.phones.length()").value(2))
                .andExpect(jsonPath("$.phones[0].e164").value("+81312345678"))
                .andExpect(jsonPath("$.phones[0].display").value("03-1234-5678"))
                .andExpect(jsonPath("$.phones[1].e164").value("+819012345678"))
                .andExpect(jsonPath("$.phones[1].display").value("090-1234-5678"))
                .andExpect(jsonPath("$.address").value("1-2-3 Nishi-Shinjuku, Tokyo"))
                .andExpect(jsonPath("$.representative").value("Taro Yamada"))
                .andExpect(jsonPath("$.bankAccount.bank").value("Mizuho"))
                .andExpect(jsonPath("$.bankAccount.type").value("CURRENT"))
                .andExpect(jsonPath("$.bankAccount.number").value("1234567"))
                .andExpect(jsonPath("$.terminated").value(false))
                .andExpect(jsonPath("$.outstandingYen").value(660))
                .andExpect(jsonPath("$.troubleCount").value(2))
                .andExpect(jsonPath("$.registeredAt").value("2025-03-01T01:00:00Z"))
                .andExpect(jsonPath("$.updatedAt").value("2025-03-20T05:15:00Z"))
                .andExpect(jsonPath("$.version").value(5));
    }

    @Test
    void get_showsAPhonesExtensionBackToStaff() throws Exception {
        var acme = TestParties.acme();
        var details = new org.trustledger.domain.party.PartyDetails(
                acme.details().name(),
                List.of(org.trustledger.domain.identity.PhoneNumber.parse("03-5321-7788（内線２０５）")),
                null,
                null,
                null);
        queries.put(new org.trustledger.application.port.in.PartyView(
                acme.partyId(), acme.kind(), details, false, Yen.ZERO, 0, acme.registeredAt(), acme.updatedAt(), 1));

        mvc.perform(get(ACME_PATH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phones[0].e164").value("+81353217788"))
                .andExpect(jsonPath("$.phones[0].extension").value("205"))
                .andExpect(jsonPath("$.phones[0].display").value("03-5321-7788 内線205"));
    }

    @Test
    void get_leavesOutWhatIsNotKnown() throws Exception {
        mvc.perform(get("/api/v1/parties/" + TestParties.BRIGHT.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Bright Net"))
                .andExpect(jsonPath("$.terminated").value(true))
                .andExpect(jsonPath("$.phones").isEmpty())
                .andExpect(jsonPath("$.bankAccount").doesNotExist());
    }

    @Test
    void search_passesTheCriteria_andAnswersOnePage() throws Exception {
        mvc.perform(get("/api/v1/parties")
                        .param("q", " acme ")
                        .param("kind", "RESELLER")
                        .param("page", "0")
                        .param("size", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].partyId")
                        .value(TestParties.ACME.value().toString()))
                .andExpect(jsonPath("$.items[0].phones[0].e164").value("+81312345678"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(10))
                .andExpect(jsonPath("$.total").value(1));

        assertThat(queries.searches()).containsExactly(new PartySearch("acme", PartyKind.RESELLER, 0, 10));
    }

    @Test
    void search_pagesThroughAllMatches() throws Exception {
        mvc.perform(get("/api/v1/parties")
                        .param("kind", "RESELLER")
                        .param("page", "1")
                        .param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Bright Net"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void search_withoutParameters_asksForTheFirstPageOfFifty() throws Exception {
        mvc.perform(get("/api/v1/parties"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.total").value(3));

        assertThat(queries.searches()).containsExactly(new PartySearch(null, null, 0, 50));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "201", "1000"})
    void search_withASizeOutOfRange_isABadRequest(String size) throws Exception {
        mvc.perform(get("/api/v1/parties").param("size", size))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"));

        assertThat(queries.searches()).isEmpty();
    }

    @Test
    void search_withANegativePage_isABadRequest() throws Exception {
        mvc.perform(get("/api/v1/parties").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void search_withASizeThatIsNoNumber_isABadRequest() throws Exception {
        mvc.perform(get("/api/v1/parties").param("size", "ten"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void search_withAnUnknownKind_namesTheAllowedKinds() throws Exception {
        mvc.perform(get("/api/v1/parties").param("kind", "FOO"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message", containsString("「CUSTOMER」、「RESELLER」、「CARRIER」、「OTHER」")));

        assertThat(queries.searches()).isEmpty();
    }

    @Test
    void history_listsTheEntriesWithWhoAndWhen() throws Exception {
        queries.putHistory(TestParties.ACME, acmeHistory());

        streamed(get(ACME_PATH + "/history"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[1].sequence").value(2))
                .andExpect(jsonPath("$[1].type").value("PaymentShort"))
                .andExpect(jsonPath("$[1].recordedAt").value("2025-03-10T02:00:00Z"))
                .andExpect(jsonPath("$[1].recordedBy").value("hanako"))
                .andExpect(jsonPath("$[1].correlationId").value("corr-2"));
    }

    @Test
    void history_showsValueObjectsAsTheirValue() throws Exception {
        queries.putHistory(TestParties.ACME, acmeHistory());

        streamed(get(ACME_PATH + "/history"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].data.invoiceRef").value("INV-2025-007"))
                .andExpect(jsonPath("$[1].data.invoiced").isNumber())
                .andExpect(jsonPath("$[1].data.invoiced").value(110000))
                .andExpect(jsonPath("$[1].data.paid").value(109340))
                .andExpect(jsonPath("$[1].data.outstanding").value(660))
                .andExpect(jsonPath("$[1].data.reason").value("BANK_FEE_DEDUCTED"))
                .andExpect(jsonPath("$[1].data.daysLate").value(0))
                .andExpect(jsonPath("$[0].data.kind").value("RESELLER"))
                .andExpect(jsonPath("$[0].data.details.name").value("Acme Hikari"))
                .andExpect(jsonPath("$[0].data.details.phones[0]").value("+81312345678"))
                .andExpect(jsonPath("$[0].data.details.representative").value("Taro Yamada"))
                .andExpect(jsonPath("$[0].data.details.bankAccount.number").value("1234567"))
                .andExpect(jsonPath("$[2].data.name").value("Suzuki Ichiro"))
                .andExpect(jsonPath("$[2].data.callBack").doesNotExist())
                .andExpect(jsonPath("$[3].data.occurredOn").value("2025-03-14"))
                .andExpect(jsonPath("$[3].data.staffNote").value("business plan sold to a household"));
    }

    @Test
    void history_ofAConfirmedRename_givesTheCauseAndOtherPartyAsFacts_andTheEntryInTheReadersLanguage()
            throws Exception {
        Instant reviewed = TestParties.REGISTERED_AT.plusSeconds(3600);
        var registered = new PartyRegistered(
                TestParties.BRIGHT, PartyKind.RESELLER, TestParties.bright().details(), TestParties.REGISTERED_AT);
        queries.putHistory(
                TestParties.BRIGHT,
                List.of(
                        new HistoryEntry(1, "PartyRegistered", TestParties.REGISTERED_AT, "hanako", "c-1", registered),
                        new HistoryEntry(
                                2,
                                "RelationshipTerminated",
                                reviewed,
                                "hanako",
                                "c-2",
                                new RelationshipTerminated(
                                        TestParties.BRIGHT,
                                        RelationshipCause.CONFIRMED_RENAME,
                                        TestParties.ACME,
                                        "確認待ちの一覧で同じ事業者と確認",
                                        reviewed))));

        streamed(get("/api/v1/parties/" + TestParties.BRIGHT.value() + "/history")
                        .header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].data.cause").value("CONFIRMED_RENAME"))
                .andExpect(jsonPath("$[1].data.otherParty")
                        .value(TestParties.ACME.value().toString()))
                .andExpect(jsonPath("$[1].data.reason").value("確認待ちの一覧で同じ事業者と確認"))
                .andExpect(jsonPath("$[1].text").value("取引停止先の別名と確認。理由：確認待ちの一覧で同じ事業者と確認"))
                .andExpect(jsonPath("$[1].otherParty.partyId")
                        .value(TestParties.ACME.value().toString()))
                .andExpect(jsonPath("$[1].otherParty.name")
                        .value(TestParties.acme().details().name().value()))
                .andExpect(jsonPath("$[1].otherParty.href").value(ACME_PATH))
                .andExpect(jsonPath("$[0].otherParty").doesNotExist());
    }

    @Test
    void history_leavesThePartyAndTimeOutOfTheData() throws Exception {
        queries.putHistory(TestParties.ACME, acmeHistory());

        streamed(get(ACME_PATH + "/history"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].data.partyId").isEmpty())
                .andExpect(jsonPath("$[*].data.recordedAt").isEmpty());
    }

    @Test
    void history_ofARegisteredPartyWithOnlyAName_keepsTheDetailsAnObject() throws Exception {
        var registered = new PartyRegistered(
                TestParties.SATO, PartyKind.CUSTOMER, TestParties.sato().details(), TestParties.REGISTERED_AT);
        queries.putHistory(
                TestParties.SATO,
                List.of(new HistoryEntry(
                        1, "PartyRegistered", TestParties.REGISTERED_AT, "hanako", "corr-1", registered)));

        streamed(get("/api/v1/parties/" + TestParties.SATO.value() + "/history"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].data.details.name").value("Sato Hanako"));
    }

    private static List<HistoryEntry> acmeHistory() {
        Instant registered = TestParties.REGISTERED_AT;
        Instant shortPaid = Instant.parse("2025-03-10T02:00:00Z");
        Instant called = Instant.parse("2025-03-12T03:00:00Z");
        Instant troubled = Instant.parse("2025-03-15T04:00:00Z");
        return List.of(
                new HistoryEntry(
                        1,
                        "PartyRegistered",
                        registered,
                        "admin",
                        "corr-1",
                        new PartyRegistered(
                                TestParties.ACME, PartyKind.RESELLER, TestParties.acmeDetails(), registered)),
                new HistoryEntry(
                        2,
                        "PaymentShort",
                        shortPaid,
                        "hanako",
                        "corr-2",
                        new PaymentShort(
                                TestParties.ACME,
                                "INV-2025-007",
                                new Yen(110000),
                                new Yen(109340),
                                new Yen(660),
                                ShortfallReason.BANK_FEE_DEDUCTED,
                                0,
                                shortPaid)),
                new HistoryEntry(
                        3,
                        "CallerIdentified",
                        called,
                        "hanako",
                        "corr-3",
                        new CallerIdentified(
                                TestParties.ACME, new PersonName("Suzuki Ichiro"), true, "sales", null, called)),
                new HistoryEntry(
                        4,
                        "TroubleLogged",
                        troubled,
                        "hanako",
                        "corr-4",
                        new TroubleLogged(
                                TestParties.ACME,
                                TroubleCategory.WRONG_PLAN,
                                Severity.MAJOR,
                                "Signed up for the business plan",
                                "business plan sold to a household",
                                LocalDate.of(2025, 3, 14),
                                troubled)));
    }

    /** The history is written as it is worked out, on a second dispatch: the answer is read once that one has run. */
    private org.springframework.test.web.servlet.ResultActions streamed(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        var started = mvc.perform(request)
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request()
                        .asyncStarted())
                .andReturn();
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started));
    }
}
