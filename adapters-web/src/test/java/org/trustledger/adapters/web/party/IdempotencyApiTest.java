package org.trustledger.adapters.web.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.trustledger.adapters.web.support.CorrelationIdFilter;
import org.trustledger.application.port.in.IdempotencyConflictException;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.Recording;

@PartyApiTest
@WithMockUser(username = "hanako", roles = "MANAGER")
class IdempotencyApiTest {
    static final String ACME_PATH = "/api/v1/parties/" + TestParties.ACME.value();
    static final String TROUBLE = """
            {"category": "WRONG_PLAN", "severity": "MAJOR", "description": "Signed up for the wrong plan"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeRecordPartyCommand recorder;

    @BeforeEach
    void forgetEarlierRequests() {
        recorder.reset();
    }

    @Test
    void withAKey_theRecordingCarriesTheKeyAndAFingerprint() throws Exception {
        send("/troubles", "3f2a9c4e-key-1", TROUBLE).andExpect(status().isCreated());

        Recording recording = recorder.onlyRecording();
        assertThat(recording.idempotencyKey()).isEqualTo("3f2a9c4e-key-1");
        assertThat(recording.requestFingerprint()).matches("[0-9a-f]{64}");
        assertThat(recording.recordedBy()).isEqualTo("hanako");
    }

    @Test
    void withoutAKey_thereIsNoFingerprint() throws Exception {
        send("/troubles", null, TROUBLE).andExpect(status().isCreated());

        assertThat(recorder.onlyRecording().idempotencyKey()).isNull();
        assertThat(recorder.onlyRecording().requestFingerprint()).isNull();
    }

    @Test
    void theSameBody_givesTheSameFingerprint_howeverItIsLaidOut() throws Exception {
        send("/troubles", "k-1", TROUBLE).andExpect(status().isCreated());
        send("/troubles", "k-1", TROUBLE).andExpect(status().isCreated());
        send("/troubles", "k-1", """
                {"description": "Signed up for the wrong plan",
                   "severity": "MAJOR",   "category": "WRONG_PLAN"}""").andExpect(status().isCreated());

        assertThat(recorder.received())
                .extracting(r -> r.recording().requestFingerprint())
                .hasSize(3)
                .containsOnly(recorder.received().getFirst().recording().requestFingerprint());
    }

    @Test
    void aDifferentBody_givesADifferentFingerprint() throws Exception {
        send("/troubles", "k-1", TROUBLE).andExpect(status().isCreated());
        send("/troubles", "k-1", TROUBLE.replace("MAJOR", "SEVERE")).andExpect(status().isCreated());

        assertThat(recorder.received().get(0).recording().requestFingerprint())
                .isNotEqualTo(recorder.received().get(1).recording().requestFingerprint());
    }

    @Test
    void theSameBodySentToAnotherEndpoint_givesADifferentFingerprint() throws Exception {
        String reason = """
                {"reason": "Changed management"}""";
        send("/termination", "k-1", reason).andExpect(status().isCreated());
        send("/reinstatement", "k-1", reason).andExpect(status().isCreated());

        assertThat(recorder.received().get(0).recording().requestFingerprint())
                .isNotEqualTo(recorder.received().get(1).recording().requestFingerprint());
    }

    @Test
    void aMalformedKey_isRejectedBeforeAnythingIsRecorded() throws Exception {
        send("/troubles", "k".repeat(300), TROUBLE)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));

        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void aKeyWithSpaces_isRejected() throws Exception {
        send("/troubles", "my key", TROUBLE)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void aReplayedOutcome_isAnsweredAsTheFirstTimeAndSaysSo() throws Exception {
        recorder.answerWith(new RecordOutcome(TestParties.ACME, 4, true));

        send("/troubles", "k-1", TROUBLE)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.sequence").value(4));
    }

    @Test
    void aReplayedRegistration_pointsAtThePartyFirstRegistered_notAtAFreshId() throws Exception {
        recorder.answerWith(new RecordOutcome(TestParties.ACME, 1, true));

        mvc.perform(MockMvcRequestBuilders.post("/api/v1/parties")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", "register-acme")
                        .content(PartyRegistrationApiTest.ACME_AS_TYPED))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/parties/" + TestParties.ACME.value()))
                .andExpect(jsonPath("$.partyId").value(TestParties.ACME.value().toString()))
                .andExpect(jsonPath("$.sequence").value(1));
    }

    @Test
    void aKeyReusedForAnotherRequest_is422() throws Exception {
        recorder.failWith(new IdempotencyConflictException("the key k-1 was used for a different request", false));

        send("/troubles", "k-1", TROUBLE)
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://trustledger.org/problems/idempotency-key-reused"))
                .andExpect(jsonPath("$.detail").value("この冪等キーは別の内容のリクエストで使われています。新しいキーを使ってください。"));
    }

    @Test
    void aKeyStillInProgress_is409() throws Exception {
        recorder.failWith(new IdempotencyConflictException("the first request with key k-1 is still running", true));

        send("/troubles", "k-1", TROUBLE)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://trustledger.org/problems/idempotency-in-progress"));
    }

    @Test
    void registration_withAKey_isFingerprintedToo() throws Exception {
        var request = MockMvcRequestBuilders.post("/api/v1/parties")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "register-acme")
                .content(PartyRegistrationApiTest.ACME_AS_TYPED);
        mvc.perform(request).andExpect(status().isCreated());
        mvc.perform(request).andExpect(status().isCreated());

        assertThat(recorder.received())
                .extracting(
                        r -> r.recording().idempotencyKey(), r -> r.recording().requestFingerprint())
                .hasSize(2)
                .containsOnly(tuple(
                        "register-acme",
                        recorder.received().getFirst().recording().requestFingerprint()));
    }

    private ResultActions send(String path, String key, String json) throws Exception {
        var request = MockMvcRequestBuilders.post(ACME_PATH + path)
                .contentType(MediaType.APPLICATION_JSON)
                .header(CorrelationIdFilter.HEADER, "corr-1")
                .content(json);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }
}
