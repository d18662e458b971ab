package org.trustledger.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustledger.adapters.web.party.PartyApiTest;
import org.trustledger.application.port.out.StaffAccounts.Account;
import org.trustledger.application.port.out.StaffAccounts.Role;

/** Managers create, change and disable accounts; each user changes their own password; passwords follow NIST. */
@PartyApiTest
class AccountApiTest {
    static final String GOOD = "plum blossoms in march";

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryStaffAccounts accounts;

    @Test
    void theFirstManager_comesFromTheConfiguration_hashedWithBcrypt() {
        assertThat(accounts.find(PartyApiTest.ADMIN)).hasValueSatisfying(admin -> {
            assertThat(admin.role()).isEqualTo(Role.MANAGER);
            assertThat(admin.passwordHash()).startsWith("{bcrypt}$2a$10$");
        });
    }

    @Test
    void aManager_createsAnAccount_whichThenSignsIn_withItsRole() throws Exception {
        asAdmin(post("/api/v1/accounts"), """
                {"username": "akiko", "password": "%s", "role": "AUDITOR"}""".formatted(GOOD))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/accounts/akiko"))
                .andExpect(jsonPath("$.role").value("AUDITOR"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());

        mvc.perform(get("/api/v1/parties").with(httpBasic("akiko", GOOD))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/parties")
                        .with(httpBasic("akiko", GOOD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"RESELLER\", \"name\": \"Acme\"}"))
                .andExpect(status().isForbidden());
        asAdmin(post("/api/v1/accounts"), """
                {"username": "akiko", "password": "%s", "role": "STAFF"}""".formatted(GOOD)).andExpect(status().isConflict());
    }

    @Test
    void aUserNameDifferingOnlyInCase_isTaken_andSignsInAsTheSameAccount() throws Exception {
        asAdmin(post("/api/v1/accounts"), """
                {"username": "kaede", "password": "%s", "role": "STAFF"}""".formatted(GOOD)).andExpect(status().isCreated());

        asAdmin(post("/api/v1/accounts"), """
                {"username": "KAEDE", "password": "%s", "role": "MANAGER"}""".formatted(GOOD))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("大文字と小文字は区別しません")));
        mvc.perform(get("/api/v1/parties").with(httpBasic("Kaede", GOOD))).andExpect(status().isOk());
        assertThat(accounts.all())
                .extracting(Account::username)
                .filteredOn(n -> n.equalsIgnoreCase("kaede"))
                .containsExactly("kaede");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"short", "elevenchars", "password1234", "QWERTYUIOPAS", "aaaaaaaaaaaaaaaa", "daichi-is-me-2026"})
    void aWeakPassword_isRefused_namingThePasswordField(String weak) throws Exception {
        asAdmin(post("/api/v1/accounts"), """
                {"username": "daichi", "password": "%s", "role": "STAFF"}""".formatted(weak))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        assertThat(accounts.find("daichi")).isEmpty();
    }

    @Test
    void aDisabledAccount_cannotSignIn() throws Exception {
        accounts.add(new Account("goro", new CountingPasswordEncoder().encode(GOOD), Role.STAFF, true));
        mvc.perform(get("/api/v1/parties").with(httpBasic("goro", GOOD))).andExpect(status().isOk());

        asAdmin(patch("/api/v1/accounts/goro"), """
                {"enabled": false}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));

        mvc.perform(get("/api/v1/parties").with(httpBasic("goro", GOOD))).andExpect(status().isUnauthorized());
    }

    @Test
    void aUser_changesTheirOwnPassword_provingTheCurrentOne() throws Exception {
        accounts.add(new Account("emi", new CountingPasswordEncoder().encode(GOOD), Role.STAFF, true));
        String next = "lanterns along the river";

        mvc.perform(put("/api/v1/account/password")
                        .with(httpBasic("emi", GOOD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"wrong\", \"newPassword\": \"" + next + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
        mvc.perform(put("/api/v1/account/password")
                        .with(httpBasic("emi", GOOD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"" + GOOD + "\", \"newPassword\": \"" + next + "\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/parties").with(httpBasic("emi", GOOD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/parties").with(httpBasic("emi", next))).andExpect(status().isOk());
    }

    @Test
    void aNewPassword_ownOrReset_revokesEveryTokenTheOldOneCouldHaveMade() throws Exception {
        accounts.add(new Account("sora", new CountingPasswordEncoder().encode(GOOD), Role.STAFF, true));
        String own = tokenOf("sora", GOOD);
        String next = "swallows under the eaves";
        mvc.perform(get("/api/v1/parties").header(HttpHeaders.AUTHORIZATION, "Bearer " + own))
                .andExpect(status().isOk());

        mvc.perform(put("/api/v1/account/password")
                        .with(httpBasic("sora", GOOD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"" + GOOD + "\", \"newPassword\": \"" + next + "\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/parties").header(HttpHeaders.AUTHORIZATION, "Bearer " + own))
                .andExpect(status().isUnauthorized());

        String afterwards = tokenOf("sora", next);
        asAdmin(patch("/api/v1/accounts/sora"), """
                {"password": "%s"}""".formatted(GOOD)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/parties").header(HttpHeaders.AUTHORIZATION, "Bearer " + afterwards))
                .andExpect(status().isUnauthorized());
    }

    private String tokenOf(String username, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(username, password))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": \"laptop\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(body, "$.token");
    }

    @Test
    void theLastEnabledManager_cannotBeDisabledOrDemoted() throws Exception {
        asAdmin(patch("/api/v1/accounts/" + PartyApiTest.ADMIN), """
                {"role": "STAFF"}""").andExpect(status().isConflict());
        asAdmin(patch("/api/v1/accounts/" + PartyApiTest.ADMIN), """
                {"enabled": false}""").andExpect(status().isConflict());
        assertThat(accounts.find(PartyApiTest.ADMIN).orElseThrow().role()).isEqualTo(Role.MANAGER);
    }

    @Test
    void anUnknownAccount_is404() throws Exception {
        asAdmin(patch("/api/v1/accounts/nobody-here"), """
                {"enabled": false}""").andExpect(status().isNotFound());
    }

    private ResultActions asAdmin(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(PartyApiTest.ADMIN, PartyApiTest.ADMIN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }
}
