package org.trustledger.adapters.web.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trustledger.adapters.web.party.FakeRebuild;
import org.trustledger.adapters.web.party.PartyApiTest;

/** Managers start a rebuild and follow it; a second start meets the first; nobody else may. */
@PartyApiTest
class RebuildApiTest {
    static final String REBUILDS = "/api/v1/admin/rebuilds";

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeRebuild rebuild;

    @BeforeEach
    void noRebuildYet() {
        rebuild.forget();
    }

    @Test
    void aManagersStart_isAccepted_withTheRebuildToFollowInLocation() throws Exception {
        String location = mvc.perform(post(REBUILDS).with(user("hanako").roles("MANAGER")))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", Matchers.startsWith(REBUILDS + "/")))
                .andExpect(jsonPath("$.state").value("RUNNING"))
                .andExpect(jsonPath("$.phase").value("REPLAYING"))
                .andExpect(jsonPath("$.requestedBy").value("hanako"))
                .andExpect(jsonPath("$.eventsTotal").value(1000))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        rebuild.finishAll();
        mvc.perform(get(location).with(user("hanako").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUCCEEDED"))
                .andExpect(jsonPath("$.eventsDone").value(1000))
                .andExpect(jsonPath("$.eventsPerSecond").value(100.0))
                .andExpect(jsonPath("$.estimatedSecondsLeft").value(0));
        mvc.perform(get(REBUILDS + "/latest").with(user("hanako").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUCCEEDED"));
    }

    @Test
    void aSecondStartWhileOneRuns_isAConflict_namingTheRunningOne() throws Exception {
        mvc.perform(post(REBUILDS).with(user("hanako").roles("MANAGER"))).andExpect(status().isAccepted());

        mvc.perform(post(REBUILDS).with(user("taro").roles("MANAGER")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://trustledger.org/problems/rebuild-running"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("再構築中")));
    }

    @Test
    void staffAndAuditors_mayNeitherStartNorFollow() throws Exception {
        for (String role : new String[] {"STAFF", "AUDITOR"}) {
            mvc.perform(post(REBUILDS).with(user("kenji").roles(role))).andExpect(status().isForbidden());
            mvc.perform(get(REBUILDS + "/latest").with(user("kenji").roles(role)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anUnknownRebuild_isNotFound_andNoneYetIsNotFoundToo() throws Exception {
        mvc.perform(get(REBUILDS + "/6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f60")
                        .with(user("hanako").roles("MANAGER")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://trustledger.org/problems/unknown-rebuild"));
        mvc.perform(get(REBUILDS + "/latest").with(user("hanako").roles("MANAGER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMalformedRebuildId_isABadRequestNamingIt() throws Exception {
        mvc.perform(get(REBUILDS + "/yesterday").with(user("hanako").roles("MANAGER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail", Matchers.containsString("yesterday")));
    }
}
