package org.trustledger.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustledger.adapters.web.party.FakeRecordPartyCommand;
import org.trustledger.adapters.web.party.InMemoryPartyQueries;
import org.trustledger.adapters.web.party.PartyApiTest;

@PartyApiTest
class ApiAuthenticationTest {
    static final String PARTY = "/api/v1/parties/6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f60";
    static final String REGISTRATION = """
            {"kind": "RESELLER", "name": "Acme Hikari"}""";

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

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("register", json(post("/api/v1/parties"), REGISTRATION)),
                Arguments.of("amend", json(put(PARTY), REGISTRATION)),
                Arguments.of("get", get(PARTY)),
                Arguments.of("search", get("/api/v1/parties").param("q", "acme")),
                Arguments.of("history", get(PARTY + "/history")),
                Arguments.of("request", json(post(PARTY + "/requests"), """
                        {"channel": "PHONE", "onBehalfOfCustomer": false, "summary": "Quote"}""")),
                Arguments.of("caller", json(post(PARTY + "/callers"), """
                        {"fullNameGiven": false}""")),
                Arguments.of("trouble", json(post(PARTY + "/troubles"), """
                        {"category": "OTHER", "severity": "MINOR", "description": "Rude"}""")),
                Arguments.of("payment shortfall", json(post(PARTY + "/payment-shortfalls"), """
                        {"invoiceRef": "INV-1", "invoicedYen": 1000, "paidYen": 0, "reason": "UNPAID"}""")),
                Arguments.of("settlement", json(post(PARTY + "/payment-shortfalls/INV-1/settlement"), """
                        {"paidYen": 1000}""")),
                Arguments.of("termination", json(post(PARTY + "/termination"), """
                        {"reason": "Enough"}""")),
                Arguments.of("reinstatement", json(post(PARTY + "/reinstatement"), """
                        {"reason": "Improved"}""")),
                Arguments.of("unknown path", get("/api/v1/nothing-here")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutCredentials_everyEndpointAnswers401WithABasicChallengeAsAProblem(
            String name, MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request)
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Basic realm=")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.type").value("https://trustledger.org/problems/unauthenticated"));

        assertThat(recorder.received()).isEmpty();
        assertThat(queries.searches()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withAWrongPassword_everyEndpointAnswers401(String name, MockHttpServletRequestBuilder request)
            throws Exception {
        mvc.perform(request.with(httpBasic(PartyApiTest.ADMIN, "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void theConfiguredAdministrator_canRecord_andIsNamedAsTheRecorder() throws Exception {
        mvc.perform(json(post("/api/v1/parties"), REGISTRATION)
                        .with(httpBasic(PartyApiTest.ADMIN, PartyApiTest.ADMIN_PASSWORD)))
                .andExpect(status().isCreated());

        assertThat(recorder.onlyRecording().recordedBy()).isEqualTo(PartyApiTest.ADMIN);
    }

    @Test
    void theConfiguredAdministrator_canRead() throws Exception {
        mvc.perform(get("/api/v1/parties").with(httpBasic(PartyApiTest.ADMIN, PartyApiTest.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aSignedInRequest_keepsNoSession() throws Exception {
        mvc.perform(get("/api/v1/parties").with(httpBasic(PartyApiTest.ADMIN, PartyApiTest.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "MANAGER")
    void aSignedInUser_canRecord_andIsNamedAsTheRecorder() throws Exception {
        mvc.perform(json(post(PARTY + "/termination"), """
                        {"reason": "Enough"}""")).andExpect(status().isCreated());

        assertThat(recorder.onlyRecording().recordedBy()).isEqualTo("kenji");
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void aSignedInUser_canRead() throws Exception {
        mvc.perform(get("/api/v1/parties")).andExpect(status().isOk());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
