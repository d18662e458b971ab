package org.trustledger.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trustledger.adapters.web.party.InMemoryPartyQueries;
import org.trustledger.adapters.web.party.PartyApiTest;
import org.trustledger.adapters.web.party.PartyApiTestConfiguration;
import org.trustledger.application.port.out.AccessLog;
import org.trustledger.domain.party.PartyId;

/** What an auditor reads is logged with who, what and when, and managers list it. */
@PartyApiTest
class AccessLogApiTest {
    static final String HISTORY = "/api/v1/parties/6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f60/history";

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryAccessLog log;

    @Autowired
    InMemoryPartyQueries queries;

    @BeforeEach
    void givenAPartyWithAHistory() {
        log.reset();
        queries.reset();
        queries.putHistory(PartyId.of("6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f60"), List.of());
    }

    @Test
    void anAuditorsRead_isLogged_andManagersListIt() throws Exception {
        mvc.perform(get(HISTORY).with(user("akiko").roles("AUDITOR"))).andExpect(status().isOk());

        assertThat(log.entries())
                .containsExactly(new AccessLog.Entry("akiko", "GET " + HISTORY, PartyApiTestConfiguration.NOW));
        mvc.perform(get("/api/v1/access-log").with(user("hanako").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].username").value("akiko"))
                .andExpect(jsonPath("$[0].action").value("GET " + HISTORY));
    }

    @Test
    void staffReads_andRefusedReads_areNotLogged() throws Exception {
        mvc.perform(get(HISTORY).with(user("kenji").roles("STAFF"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/access-log").with(user("akiko").roles("AUDITOR")))
                .andExpect(status().isForbidden());

        assertThat(log.entries()).isEqualTo(List.of());
    }
}
