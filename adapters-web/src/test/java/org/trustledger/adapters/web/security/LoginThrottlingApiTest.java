package org.trustledger.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trustledger.adapters.web.party.PartyApiTest;
import org.trustledger.adapters.web.party.PartyApiTestConfiguration;
import org.trustledger.application.port.out.StaffAccounts.Account;
import org.trustledger.application.port.out.StaffAccounts.Role;

/**
 * Past the free failures, an account and address pair is answered 429 with Retry-After at once, without its password
 * being checked, while the owner at another address signs in; the dashboard says until when the account is held.
 */
@PartyApiTest
@TestPropertySource(properties = "trustledger.login-throttle.account-free-failures=5")
class LoginThrottlingApiTest {

    static final String GOOD = "plum blossoms in march";

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryStaffAccounts accounts;

    @Test
    void afterFiveFailures_theAccountIsAnswered429WithRetryAfter_whileOthersStillSignIn() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/parties")
                            .with(httpBasic("throttled", "wrong"))
                            .with(from("198.51.100.7")))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/parties").with(httpBasic("throttled", "wrong")).with(from("198.51.100.7")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://trustledger.org/problems/too-many-sign-ins"));
        mvc.perform(get("/api/v1/parties")
                        .with(httpBasic(PartyApiTest.ADMIN, PartyApiTest.ADMIN_PASSWORD))
                        .with(from("198.51.100.8")))
                .andExpect(status().isOk());
    }

    @Test
    void guessesFromOneAddress_neverHoldTheOwnerSigningInFromAnother() throws Exception {
        accounts.add(new Account("nanami", new CountingPasswordEncoder().encode(GOOD), Role.STAFF, true));
        for (int i = 0; i < 6; i++) {
            mvc.perform(
                    get("/api/v1/parties").with(httpBasic("nanami", "wrong")).with(from("203.0.113.66")));
        }
        mvc.perform(get("/api/v1/parties").with(httpBasic("nanami", GOOD)).with(from("203.0.113.66")))
                .andExpect(status().isTooManyRequests());

        mvc.perform(get("/api/v1/parties").with(httpBasic("nanami", GOOD)).with(from("198.51.100.67")))
                .andExpect(status().isOk());
    }

    @Test
    void wrongCurrentPasswords_areThrottledLikeSignIns_with429AndRetryAfter() throws Exception {
        accounts.add(new Account("emiko", new CountingPasswordEncoder().encode(GOOD), Role.STAFF, true));
        for (int i = 0; i < 5; i++) {
            changePassword("wrong guess " + i)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
        }

        changePassword(GOOD)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://trustledger.org/problems/too-many-guesses"));
        assertThat(accounts.find("emiko").orElseThrow().credentialsVersion()).isZero();
    }

    @Test
    void theDashboard_saysTheAccountIsHeldAndUntilWhen_keepingTheNameTyped() throws Exception {
        accounts.add(new Account("yuki", new CountingPasswordEncoder().encode(GOOD), Role.STAFF, true));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login")
                            .param("username", "yuki")
                            .param("password", "wrong")
                            .with(csrf())
                            .with(from("203.0.113.77")))
                    .andExpect(redirectedUrl("/login?error&username=yuki"));
        }

        String held = mvc.perform(post("/login")
                        .param("username", "yuki")
                        .param("password", GOOD)
                        .with(csrf())
                        .with(from("203.0.113.77")))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        // the fixed clock is 2025-04-01T00:30:00Z; held one second, shown in the shop's time
        assertThat(held)
                .isEqualTo("/login?held=" + (PartyApiTestConfiguration.NOW.getEpochSecond() + 2) + "&username=yuki");
        for (var language : new String[][] {{"en", "held until 2025-04-01 09:30:02"}, {"ja", "2025-04-01 09:30:02"}}) {
            mvc.perform(get(held).header("Accept-Language", language[0]))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(language[1])))
                    .andExpect(content().string(containsString("value=\"yuki\"")));
        }
        mvc.perform(post("/login")
                        .param("username", "yuki")
                        .param("password", GOOD)
                        .with(csrf())
                        .with(from("198.51.100.78")))
                .andExpect(redirectedUrl("/"));
    }

    private ResultActions changePassword(String current) throws Exception {
        return mvc.perform(put("/api/v1/account/password")
                .with(httpBasic("emiko", GOOD))
                .with(from("203.0.113.88"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\": \"" + current + "\", \"newPassword\": \"lanterns along the river\"}"));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
