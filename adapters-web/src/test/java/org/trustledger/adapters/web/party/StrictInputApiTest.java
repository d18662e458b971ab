package org.trustledger.adapters.web.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.trustledger.domain.party.PartyCommand.RegisterParty;

/**
 * Each of these was accepted silently before: an enum as a number, a fraction or a string for yen, a misspelt field
 * (dropping the address without a word), control characters in a name, and a body of any size.
 */
@PartyApiTest
@WithMockUser(username = "hanako", roles = "MANAGER")
class StrictInputApiTest {
    static final String ACME_PATH = "/api/v1/parties/" + TestParties.ACME.value();

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeRecordPartyCommand recorder;

    @Autowired
    InMemoryPartyQueries queries;

    @BeforeEach
    void forget() {
        recorder.reset();
        queries.reset();
    }

    @Test
    void aSeverityGivenAsANumber_isRefused() throws Exception {
        send(ACME_PATH + "/troubles", """
                {"category": "OTHER", "severity": 2, "description": "Rude"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("severity"));
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void aKindGivenAsANumber_isRefused() throws Exception {
        send("/api/v1/parties", """
                {"kind": 1, "name": "Acme"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        assertThat(recorder.received()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"100.5", "\"100.5\"", "\"1,00\"", "\"百円\"", "\" 100\"", "true", "1e3", "100000000000000"})
    void yenThatIsNotAWholeNumberInRange_isRefused(String yen) throws Exception {
        send(ACME_PATH + "/payment-shortfalls", """
                {"invoiceRef": "INV-1", "invoicedYen": %s, "paidYen": 0, "reason": "UNPAID"}""".formatted(yen))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("invoicedYen")));
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void anUnknownField_isRefused_namingItAndTheFieldMeant() throws Exception {
        send("/api/v1/parties", """
                {"kind": "RESELLER", "name": "Acme", "adress": "Tokyo"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("adress"))
                .andExpect(jsonPath("$.detail").value(allOf(containsString("「adress」"), containsString("「address」"))));
        assertThat(recorder.received()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme\\u0000Hikari", "Acme\\u001b[31mHikari", "Acme\\u202eikari", "Acme\\u0007"})
    void aNameWithControlCharactersOrBidiOverrides_isRefused(String name) throws Exception {
        send("/api/v1/parties", """
                {"kind": "RESELLER", "name": "%s"}""".formatted(name))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(recorder.received()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme\u200bHikari", "Acme\u200dHikari", "\ufeffAcme", "Acme\u2060"})
    void aNameOrKeyWithZeroWidthCharacters_isRefused(String invisible) throws Exception {
        send("/api/v1/parties", """
                {"kind": "RESELLER", "name": "%s"}""".formatted(invisible))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        send(ACME_PATH + "/settlements", """
                {"invoiceRef": "INV-%s", "paidYen": 100}""".formatted(invisible))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("invoiceRef"));
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void htmlSqlAndEmoji_areStoredExactlyAsGiven() throws Exception {
        String name = "<script>alert('x')</script> Robert'); DROP TABLE party_view;-- 😀𠮷\ttab";
        send("/api/v1/parties", """
                {"kind": "RESELLER", "name": "<script>alert('x')</script> Robert'); DROP TABLE party_view;-- 😀𠮷\\ttab"}""").andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(RegisterParty.class).details().name().value())
                .isEqualTo(name);
    }

    @Test
    void aBodyOverTheLimit_is413_beforeItIsRead() throws Exception {
        String huge = "{\"kind\": \"RESELLER\", \"name\": \"" + "a".repeat(70 * 1024) + "\"}";
        send("/api/v1/parties", huge)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://trustledger.org/problems/body-too-large"));
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void aWrongContentType_isAProblem() throws Exception {
        mvc.perform(post("/api/v1/parties").contentType(MediaType.TEXT_PLAIN).content("kind=RESELLER"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aPartyAnswersItsVersionAsETag() throws Exception {
        queries.put(TestParties.acme());

        mvc.perform(get(ACME_PATH))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                HttpHeaders.ETAG, "\"" + TestParties.acme().lastSequence() + "\""));
    }

    @Test
    void aChangeWithAStaleIfMatch_is412_namingTheCurrentVersion_andRecordsNothing() throws Exception {
        queries.put(TestParties.acme());
        long current = TestParties.acme().lastSequence();

        mvc.perform(put(ACME_PATH)
                        .header(HttpHeaders.IF_MATCH, "\"" + (current - 1) + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "RESELLER", "name": "Acme Hikari"}"""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.currentVersion").value(current));
        mvc.perform(post(ACME_PATH + "/troubles")
                        .header(HttpHeaders.IF_MATCH, "\"" + (current - 1) + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"category": "OTHER", "severity": "MINOR", "description": "Rude"}"""))
                .andExpect(status().isPreconditionFailed());
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void aChangeWithTheCurrentIfMatch_goesThrough() throws Exception {
        queries.put(TestParties.acme());

        mvc.perform(put(ACME_PATH)
                        .header(HttpHeaders.IF_MATCH, "\"" + TestParties.acme().lastSequence() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "RESELLER", "name": "Acme Hikari"}"""))
                .andExpect(status().isOk());
        assertThat(recorder.received()).hasSize(1);
    }

    private ResultActions send(String path, String json) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
