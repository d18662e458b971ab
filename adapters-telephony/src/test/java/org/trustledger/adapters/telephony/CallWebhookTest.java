package org.trustledger.adapters.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.trustledger.adapters.telephony.TelephonyTestApplication.PASSWORD;
import static org.trustledger.adapters.telephony.TelephonyTestApplication.STAFF;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** The webhook, the call log and the live stream through HTTP, with screening faked and a token configured. */
@SpringBootTest(properties = "trustledger.telephony.token=" + CallWebhookTest.TOKEN)
@AutoConfigureMockMvc
class CallWebhookTest {
    static final String TOKEN = "s3cret-token";

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeScreening screening;

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
                .andExpect(jsonPath("$.callId").value(callId))
                .andExpect(jsonPath("$.number").value("03-5321-7788"))
                .andExpect(jsonPath("$.verdict").value("REFUSE"))
                .andExpect(jsonPath("$.partyName").value("ネクスト光サポート"))
                .andExpect(jsonPath("$.withheld").value(false));

        assertThat(screening.requests).singleElement().satisfies(request -> {
            assertThat(request.phone()).isEqualTo(FakeScreening.RESELLER_PHONE);
            assertThat(request.requesterKind()).isNull();
        });
        assertThat(screening.recordings).isEmpty();
        String logged = "$[?(@.callId == '" + callId + "')]";
        mvc.perform(get("/api/v1/calls").param("limit", "500").with(httpBasic(STAFF, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath(logged, hasSize(1)))
                .andExpect(jsonPath(logged + ".verdict").value("REFUSE"))
                .andExpect(jsonPath(logged + ".from").value("+81353217788"))
                .andExpect(jsonPath(logged + ".at").value("2026-11-30T00:59:58Z"))
                .andExpect(jsonPath(logged + ".takenBy", contains(nullValue())));
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
                        .with(httpBasic(STAFF, PASSWORD))
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
        mvc.perform(get("/api/v1/calls").param("limit", "500").with(httpBasic(STAFF, PASSWORD)))
                .andExpect(jsonPath("$[?(@.callId == '" + callId + "')]", hasSize(1)));
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
        mvc.perform(get("/api/v1/calls").param("limit", "0").with(httpBasic(STAFF, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    @Test
    void givenStaffListening_whenACallComes_thenOneEventInTheirLanguageCarriesTheVerdictPartyAndEvidence()
            throws Exception {
        MvcResult listening = mvc.perform(get("/api/v1/calls/stream")
                        .with(httpBasic(STAFF, PASSWORD))
                        .header("Accept-Language", "ja")
                        .accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted())
                .andReturn();
        String callId = newCallId();

        ring(callId, "\"0353217788\"").andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(listening.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("event:call", "id:" + callId));
        String stream = listening.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(listening.getResponse().getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
        assertThat(stream)
                .contains("\"verdict\":\"REFUSE\"")
                .contains("\"verdictText\":\"お断り\"")
                .contains("ネクスト光サポート は取引停止先です。お断りしてください。")
                .contains("\"name\":\"ネクスト光サポート\"")
                .contains("\"statusText\":\"取引停止\"")
                .contains("\"detail\":\"同じ電話番号 03-5321-7788\"");
    }

    @Test
    void givenNobodySignedIn_thenTheStreamAndTheLogAreClosed() throws Exception {
        mvc.perform(get("/api/v1/calls/stream")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/calls")).andExpect(status().isUnauthorized());
    }

    @Test
    void givenALoggedCall_whenStaffRecordIt_thenTheRequestIsRecordedOnTheCallersPartyAndTheCallIsTakenByThem()
            throws Exception {
        String callId = newCallId();
        ring(callId, "\"0353217788\"").andExpect(status().isOk());

        mvc.perform(post("/api/v1/calls/{callId}/request", callId)
                        .with(httpBasic(STAFF, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\": \"ルーター設定の代行\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partyId")
                        .value(FakeScreening.RESELLER.value().toString()))
                .andExpect(jsonPath("$.verdict").value("REFUSE"))
                .andExpect(jsonPath("$.takenBy").value(STAFF));

        assertThat(screening.recordings)
                .singleElement()
                .satisfies(r -> assertThat(r.recordedBy()).isEqualTo(STAFF));
        mvc.perform(get("/api/v1/calls").param("limit", "500").with(httpBasic(STAFF, PASSWORD)))
                .andExpect(
                        jsonPath("$[?(@.callId == '" + callId + "')].takenBy").value(STAFF))
                .andExpect(jsonPath("$[?(@.callId == '" + callId + "')].recordedOn")
                        .value(FakeScreening.RESELLER.value().toString()));
    }

    @Test
    void givenAnUnknownNumberWithoutDetails_whenRecorded_thenUnprocessableNamingWhatIsMissing() throws Exception {
        String callId = newCallId();
        ring(callId, "\"0311112222\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("NO_RECORD"));

        mvc.perform(post("/api/v1/calls/{callId}/request", callId)
                        .with(httpBasic(STAFF, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\": \"見積もり\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").isNotEmpty());
        mvc.perform(post("/api/v1/calls/{callId}/request", "no-such-call")
                        .with(httpBasic(STAFF, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\": \"見積もり\"}"))
                .andExpect(status().isNotFound());
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
