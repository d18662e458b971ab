package org.trustledger.adapters.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trustledger.adapters.web.party.PartyApiTest;

/** Past the free failures, an account is answered 429 with Retry-After at once, without its password being checked. */
@PartyApiTest
@TestPropertySource(properties = "trustledger.login-throttle.account-free-failures=5")
class LoginThrottlingApiTest {

    @Autowired
    MockMvc mvc;

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

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
