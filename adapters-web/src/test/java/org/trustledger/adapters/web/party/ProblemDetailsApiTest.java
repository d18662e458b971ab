package org.trustledger.adapters.web.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.trustledger.application.port.in.ConcurrentChangeException;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.UnknownPartyException;

/** Every failure reaches the client as an RFC 9457 problem it can act on, never as a stack trace. */
@PartyApiTest
@WithMockUser(username = "hanako", roles = "MANAGER")
class ProblemDetailsApiTest {
    static final String ACME_PATH = "/api/v1/parties/" + TestParties.ACME.value();

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeRecordPartyCommand recorder;

    @Autowired
    InMemoryPartyQueries queries;

    @BeforeEach
    void forgetEarlierRequests() {
        recorder.reset();
        queries.reset();
    }

    @Test
    void missingRequiredFields_areEachNamed() throws Exception {
        send("/api/v1/parties", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.type").value("https://trustledger.org/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("kind", "name")))
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].message", hasItem(containsString("種類"))))
                .andExpect(jsonPath("$.detail", allOf(containsString("種類 を入力"), containsString("名前 を入力"))))
                .andExpect(jsonPath("$.detail", not(containsString("null"))));

        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void aBlankFieldOfANestedObject_isNamedWithItsPath() throws Exception {
        send("/api/v1/parties", """
                {"kind": "RESELLER", "name": "Acme",
                 "bankAccount": {"bank": "Mizuho", "branch": "Shinjuku", "number": " "}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("bankAccount.number")));
    }

    @Test
    void aBlankEntryOfAList_isNamedWithItsIndex() throws Exception {
        send("/api/v1/parties", """
                {"kind": "RESELLER", "name": "Acme", "phones": ["03-1234-5678", "  "]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("phones[1]")));
    }

    @Test
    void aMissingFieldOfAnInteraction_isNamed() throws Exception {
        send(ACME_PATH + "/payment-shortfalls", """
                {"invoiceRef": "INV-1", "invoicedYen": 1000, "reason": "UNPAID"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("paidYen")));
    }

    @Test
    void anUnknownEnumValue_namesTheFieldAndTheAllowedValues() throws Exception {
        send("/api/v1/parties", """
                {"kind": "FOO", "name": "Acme"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath(
                        "$.errors[0].message",
                        allOf(containsString("「FOO」"), containsString("「CUSTOMER」、「RESELLER」、「CARRIER」、「OTHER」"))));
    }

    @Test
    void anUnknownEnumValueInANestedObject_namesItsPath() throws Exception {
        send("/api/v1/parties", """
                {"kind": "RESELLER", "name": "Acme",
                 "bankAccount": {"bank": "Mizuho", "branch": "Shinjuku", "number": "1234567", "type": "GOLD"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bankAccount.type"))
                .andExpect(jsonPath("$.errors[0].message", containsString("「ORDINARY」、「CURRENT」、「SAVINGS」")));
    }

    @Test
    void aWrongShapeInAList_namesTheIndex() throws Exception {
        send(ACME_PATH + "/requests", """
                {"channel": "PHONE", "onBehalfOfCustomer": false, "summary": "Quote", "answer": "REFUSED",
                 "reasons": ["too far", {"text": "no stock"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reasons[1]"));
    }

    @Test
    void aNumberGivenAsText_namesTheField() throws Exception {
        send(ACME_PATH + "/payment-shortfalls/INV-1/settlement", """
                {"paidYen": "a lot"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("paidYen"));
    }

    @Test
    void malformedJson_isABadRequest() throws Exception {
        send("/api/v1/parties", """
                {"kind": "RESELLER", "name": """)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("本文が正しい JSON ではありません。"));
    }

    @Test
    void wellFormedJsonOfTheWrongShape_isABadRequestThatSaysSo() throws Exception {
        send("/api/v1/parties", "[]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("本文は、このリクエストの項目を持つ JSON オブジェクトにしてください。"));
        send(ACME_PATH + "/payment-shortfalls", """
                {"invoiceRef": "INV-1", "invoicedYen": 1e30, "paidYen": 0, "reason": "UNPAID"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("請求額")));
    }

    @Test
    void aShortFormUuid_isABadRequest_notSilentlyWidened() throws Exception {
        mvc.perform(get("/api/v1/parties/1-1-1-1-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partyId"));
    }

    @Test
    void aMissingBody_isABadRequest() throws Exception {
        mvc.perform(post("/api/v1/parties").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anInvalidPhoneNumber_namesThePhoneField() throws Exception {
        send("/api/v1/parties", """
                {"kind": "RESELLER", "name": "Acme", "phones": ["123"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("phone"))
                .andExpect(jsonPath("$.errors[0].message", containsString("「123」は電話番号として正しくありません")));

        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void aBrokenDomainRule_namesTheField() throws Exception {
        send(ACME_PATH + "/payment-shortfalls", """
                {"invoiceRef": "INV-1", "invoicedYen": 1000, "paidYen": 2000, "reason": "UNPAID"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("paidYen"))
                .andExpect(jsonPath("$.detail", containsString("入金額（2,000 円）が請求額（1,000 円）を超えています")));
    }

    @Test
    void aPathIdThatIsNoUuid_isABadRequest() throws Exception {
        mvc.perform(get("/api/v1/parties/not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("partyId"))
                .andExpect(jsonPath("$.errors[0].message", containsString("not-a-uuid")));
        send("/api/v1/parties/not-a-uuid/termination", """
                {"reason": "gone"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partyId"));

        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void anUnknownParty_is404() throws Exception {
        mvc.perform(get(ACME_PATH))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://trustledger.org/problems/unknown-party"))
                .andExpect(jsonPath(
                        "$.detail", containsString(TestParties.ACME.value().toString())));
        mvc.perform(get(ACME_PATH + "/history")).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownPartyWhenRecording_is404() throws Exception {
        recorder.failWith(new UnknownPartyException(TestParties.ACME.value()));

        send(ACME_PATH + "/termination", """
                {"reason": "gone"}""").andExpect(status().isNotFound());
    }

    @Test
    void aConflictWithTheHistory_is409() throws Exception {
        recorder.failWith(new HistoryConflictException(
                "the relationship is already terminated", "error.alreadyTerminated", java.util.Map.of()));

        send(ACME_PATH + "/termination", """
                {"reason": "gone"}""")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://trustledger.org/problems/history-conflict"))
                .andExpect(jsonPath("$.title").value("これまでの記録と合いません"))
                .andExpect(jsonPath("$.detail").value("この取引先とはすでに取引を停止しています。再開してから停止してください。"));
    }

    @Test
    void aConflictWithTheHistory_inEnglish_isTheBundlesSentence_notTheDomainsOwnWords() throws Exception {
        recorder.failWith(new HistoryConflictException(
                "the relationship is already terminated", "error.alreadyTerminated", java.util.Map.of()));

        mvc.perform(post(ACME_PATH + "/termination")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"reason\": \"gone\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Conflicts with the history"))
                .andExpect(jsonPath("$.detail")
                        .value("The relationship with this party is terminated already; reinstate it before"
                                + " terminating it again."));
    }

    @Test
    void aConcurrentChange_is409() throws Exception {
        recorder.failWith(new ConcurrentChangeException(
                "another entry for this party was recorded at the same moment; send it again",
                new IllegalStateException("sequence 5 taken")));

        send(ACME_PATH + "/termination", """
                {"reason": "gone"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://trustledger.org/problems/concurrent-change"))
                .andExpect(jsonPath("$.detail", containsString("もう一度お試しください")));
    }

    @Test
    void anUnexpectedFailure_is500WithoutAnyInternals() throws Exception {
        recorder.failWith(new IllegalStateException("connection to jdbc:h2:secret refused"));

        String body = send(ACME_PATH + "/termination", """
                        {"reason": "gone"}""")
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(jsonPath("$.type").value("https://trustledger.org/problems/internal-error"))
                .andExpect(jsonPath("$.trace").doesNotExist())
                .andExpect(jsonPath("$.exception").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body)
                .doesNotContain("IllegalStateException")
                .doesNotContain("java.lang")
                .doesNotContain("jdbc:h2:secret")
                .doesNotContain("\tat ")
                .doesNotContain("org.trustledger");
    }

    private ResultActions send(String path, String json) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
