package org.trustledger.adapters.web.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustledger.adapters.web.party.PartyApiTest;

/** Security headers on every kind of response: pages, API answers, refusals and the sign-in page. */
@PartyApiTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    static Stream<MockHttpServletRequestBuilder> responses() {
        return Stream.of(
                get("/login"),
                get("/parties").with(user("kenji").roles("STAFF")),
                get("/api/v1/parties").with(user("kenji").roles("STAFF")),
                get("/api/v1/parties"),
                get("/api/v1/access-log").with(user("kenji").roles("STAFF")));
    }

    @ParameterizedTest
    @MethodSource("responses")
    void everyResponse_carriesTheSecurityHeaders(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request)
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().exists("Referrer-Policy"))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @ParameterizedTest
    @MethodSource("responses")
    void overHttps_browsersAreToldToStayOnHttps(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
    }
}
