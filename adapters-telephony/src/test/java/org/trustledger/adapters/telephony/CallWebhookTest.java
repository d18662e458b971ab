package org.trustledger.adapters.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.service.InMemoryContacts;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.screening.Verdict;

/** The webhook through HTTP into the core's flow of incoming contacts, with screening faked and a token configured. */
@SpringBootTest(properties = "trustledger.telephony.token=" + CallWebhookTest.TOKEN)
@AutoConfigureMockMvc
class CallWebhookTest {
    static final String TOKEN = "s3cret-token";

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeScreening screening;

    @Autowired
    InMemoryContacts contacts;

    @BeforeEach
    void forgetEarlierRequests() {
        screening.reset();
    }

    @Test
    void givenTheToken_whenTheTerminatedResellerCalls_thenTheRefusalIsAnsweredAndLoggedAndNothingRecorded()
            throws Exception {
        String callId = newCallId();

        ring(callId, "\"+81353217788\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("PHONE"))
                .andExpect(jsonPath("$.contactId").value(callId))
                .andExpect(jsonPath("$.number").value("03-5321-7788"))
                .andExpect(jsonPath("$.verdict").value("REFUSE"))
                .andExpect(jsonPath("$.partyName").value("ネクスト光サポート"))
                .andExpect(jsonPath("$.withheld").value(false));

        assertThat(screening.requests).singleElement().satisfies(request -> {
            assertThat(request.phone()).isEqualTo(FakeScreening.RESELLER_PHONE);
            assertThat(request.requesterKind()).isNull();
        });
        assertThat(screening.recordings).isEmpty();
        assertThat(contacts.find(new ContactKey(Channel.PHONE, callId))).hasValueSatisfying(logged -> {
            assertThat(logged.verdict()).isEqualTo(Verdict.REFUSE);
            assertThat(logged.from()).isEqualTo("+81353217788");
            assertThat(logged.at()).isEqualTo(Instant.parse("2026-11-30T00:59:58Z"));
            assertThat(logged.takenBy()).isNull();
        });
    }

    @Test
    void givenNoTokenOrAWrongOne_thenUnauthorizedAndNothingScreened() throws Exception {
        String body = body(newCallId(), "\"0353217788\"");
        mvc.perform(post("/api/v1/telephony/calls")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/telephony/calls")
                        .header("X-Telephony-Token", TOKEN + "x")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());
        // Staff credentials are not the phone system's: the webhook takes the token alone.
        mvc.perform(post("/api/v1/telephony/calls")
                        .with(httpBasic("hanako", "pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());

        assertThat(screening.requests).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"非通知\"", "\"anonymous\"", "\"\"", "null", "\"1840353217788\""})
    void givenAWithheldNumber_thenTheCallIsLoggedAsWithheldWithoutScreening(String from) throws Exception {
        ring(newCallId(), from)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withheld").value(true))
                .andExpect(jsonPath("$.number").doesNotExist())
                .andExpect(jsonPath("$.verdict").doesNotExist());

        assertThat(screening.requests).isEmpty();
    }

    @Test
    void givenTheSameCallReportedTwice_thenItIsScreenedAndLoggedOnce() throws Exception {
        String callId = newCallId();
        ring(callId, "\"0353217788\"").andExpect(status().isOk());
        ring(callId, "\"0353217788\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("REFUSE"));

        assertThat(screening.requests).hasSize(1);
        assertThat(contacts.recent(500))
                .filteredOn(c -> c.key().contactId().equals(callId))
                .hasSize(1);
    }

    @Test
    void givenFieldsOfThePhoneSystemsOwn_thenTheyAreLeftUnread() throws Exception {
        mvc.perform(post("/api/v1/telephony/calls")
                        .header("X-Telephony-Token", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"callId": "%s", "from": "0353217788", "trunk": 2, "callerName": "ﾈｸｽﾄﾗｲﾝ"}""".formatted(newCallId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("REFUSE"));
    }

    @Test
    void givenAMalformedReport_thenAProblemNamesWhatIsWrong() throws Exception {
        mvc.perform(post("/api/v1/telephony/calls")
                        .header("X-Telephony-Token", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\": \"0353217788\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/telephony/calls")
                        .header("X-Telephony-Token", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"callId\": \"c\", \"at\": \"yesterday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/telephony/calls")
                        .header("X-Telephony-Token", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"callId\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("callId"));
    }

    private ResultActions ring(String callId, String fromJson) throws Exception {
        return mvc.perform(post("/api/v1/telephony/calls")
                .header("X-Telephony-Token", TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(callId, fromJson)));
    }

    private static String body(String callId, String fromJson) {
        return """
                {"callId": "%s", "from": %s, "to": "0312345678", "at": "2026-11-30T00:59:58Z"}""".formatted(callId, fromJson);
    }

    private static String newCallId() {
        return "call-" + UUID.randomUUID();
    }
}
