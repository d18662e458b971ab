package org.trustledger.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trustledger.adapters.web.party.PartyApiTest;

/** A route somebody adds without naming its permission in the security chains is denied to every role. */
@PartyApiTest
@Import(UnlistedRouteTest.Unlisted.class)
class UnlistedRouteTest {
    @Autowired
    MockMvc mvc;

    @RestController
    static class Unlisted {
        @GetMapping({"/api/v1/unlisted", "/unlisted"})
        String secret() {
            return "what nobody was meant to read";
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"STAFF", "MANAGER", "AUDITOR"})
    void aServedRouteMissingFromTheChains_isForbiddenToEveryRole(String role) throws Exception {
        for (String path : new String[] {"/api/v1/unlisted", "/unlisted"}) {
            var response = mvc.perform(get(path).with(user("kenji").roles(role)))
                    .andReturn()
                    .getResponse();

            assertThat(response.getStatus()).as(path).isEqualTo(403);
            assertThat(response.getContentAsString()).doesNotContain("nobody was meant");
        }
    }
}
