package org.trustledger.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.trustledger.adapters.web.party.PartyApiTest;

/**
 * Authentication must not be the bottleneck: under load every Basic request paid a bcrypt check (95 % of CPU). A
 * personal token is checked with a digest and no password check at all; a wrong password and an unknown user cost
 * the same single check and get the same answer.
 */
@PartyApiTest
@Import(PersonalTokenTest.CountingEncoder.class)
class PersonalTokenTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class CountingEncoder {
        @Bean
        @Primary
        CountingPasswordEncoder countingPasswordEncoder() {
            return new CountingPasswordEncoder();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    CountingPasswordEncoder encoder;

    @Autowired
    InMemoryPersonalTokens tokens;

    @BeforeEach
    void forget() {
        tokens.reset();
        encoder.reset();
    }

    @Test
    void everyBasicRequest_checksThePasswordOnce() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/parties").with(httpBasic(PartyApiTest.ADMIN, PartyApiTest.ADMIN_PASSWORD)))
                    .andExpect(status().isOk());
        }

        assertThat(encoder.checks()).isEqualTo(3);
    }

    @Test
    void aTokenRequest_checksNoPasswordAtAll_andKeepsNoSession() throws Exception {
        String token = newToken("laptop");
        encoder.reset();

        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/parties").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                    .andExpect(status().isOk())
                    .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
        }

        assertThat(encoder.checks()).isZero();
    }

    @Test
    void aToken_isShownOnce_andStoredOnlyAsItsSha256Digest() throws Exception {
        String token = newToken("script");

        assertThat(token).startsWith("tl_").hasSizeGreaterThanOrEqualTo(40);
        assertThat(tokens.ofOwner(PartyApiTest.ADMIN))
                .singleElement()
                .satisfies(stored -> assertThat(stored.digest())
                        .isEqualTo(PersonalTokenFilter.digest(token))
                        .doesNotContain(token.substring(3)));
        mvc.perform(get("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].label").value("script"))
                .andExpect(jsonPath("$[0].token").doesNotExist())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(token))));
    }

    @Test
    void aRevokedToken_signsNobodyIn() throws Exception {
        String token = newToken("old");
        String id = tokens.ofOwner(PartyApiTest.ADMIN).getFirst().id();

        mvc.perform(delete("/api/v1/tokens/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/parties").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anotherUser_cannotRevokeSomebodysToken() throws Exception {
        newToken("mine");
        String id = tokens.ofOwner(PartyApiTest.ADMIN).getFirst().id();

        mvc.perform(
                        delete("/api/v1/tokens/" + id)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("kenji")
                                        .roles("MANAGER")))
                .andExpect(status().isNotFound());
        assertThat(tokens.ofOwner(PartyApiTest.ADMIN).getFirst().revoked()).isFalse();
    }

    @Test
    void anUnknownToken_isRefused() throws Exception {
        mvc.perform(get("/api/v1/parties").header(HttpHeaders.AUTHORIZATION, "Bearer tl_guessed"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongPasswordAndAnUnknownUser_answerAlike_afterTheSameWork() throws Exception {
        String wrongPassword = mvc.perform(get("/api/v1/parties").with(httpBasic(PartyApiTest.ADMIN, "wrong")))
                .andExpect(status().isUnauthorized())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int checksForWrongPassword = encoder.checks();
        encoder.reset();
        String unknownUser = mvc.perform(get("/api/v1/parties").with(httpBasic("nobody-at-all", "wrong")))
                .andExpect(status().isUnauthorized())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(unknownUser).isEqualTo(wrongPassword);
        assertThat(checksForWrongPassword).isEqualTo(1);
        assertThat(encoder.checks()).isEqualTo(1);
    }

    private String newToken(String label) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(PartyApiTest.ADMIN, PartyApiTest.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": \"" + label + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }
}
