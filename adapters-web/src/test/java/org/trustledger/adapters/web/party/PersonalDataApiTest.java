package org.trustledger.adapters.web.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.UnknownEntryException;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyCommand.AnswerPersonalDataRequest;
import org.trustledger.domain.party.PartyCommand.ErasePersonalData;
import org.trustledger.domain.party.PartyCommand.RecordPersonalDataRequest;
import org.trustledger.domain.party.PartyCommand.RefusePersonalDataRequest;
import org.trustledger.domain.party.PersonalDataRequestKind;

/** A person's requests about their data and the manager's answers, over the API. */
@PartyApiTest
@WithMockUser(username = "hanako", roles = "MANAGER")
class PersonalDataApiTest {
    static final String PERSON = "/api/v1/people/" + TestParties.ACME.value();

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeRecordPartyCommand recorder;

    @BeforeEach
    void forgetEarlierRequests() {
        recorder.reset();
    }

    @Test
    void aRequest_isRecordedWithWhatIsAskedTheChannelAndTheDay_andAnsweredWithTheEntry() throws Exception {
        post(PERSON + "/requests", """
                        {"kind": "ERASURE", "channel": "PHONE", "receivedOn": "2026-02-27"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/parties/" + TestParties.ACME.value() + "/history"))
                .andExpect(jsonPath("$.personId").value(TestParties.ACME.value().toString()))
                .andExpect(jsonPath("$.sequence").value(FakeRecordPartyCommand.SEQUENCE));

        assertThat(recorder.onlyCommand(RecordPersonalDataRequest.class))
                .isEqualTo(new RecordPersonalDataRequest(
                        TestParties.ACME,
                        PersonalDataRequestKind.ERASURE,
                        Channel.PHONE,
                        LocalDate.of(2026, 2, 27),
                        PartyApiTestConfiguration.NOW));
    }

    @Test
    void aRequestWithoutKindOrChannel_isA400NamingTheFields_andNothingIsRecorded() throws Exception {
        badRequest(PERSON + "/requests", """
                        {"kind": "DELETION"}""", "kind");
        badRequest(PERSON + "/requests", """
                        {"kind": "DISCLOSURE"}""", "channel");
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void aRefusal_namesTheRequestsEntry_withTheManagersReason() throws Exception {
        post(PERSON + "/requests/3/refusal", """
                        {"reason": "同じ手口の再発防止のため保持する"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sequence").value(FakeRecordPartyCommand.SEQUENCE));

        assertThat(recorder.onlyCommand(RefusePersonalDataRequest.class))
                .isEqualTo(new RefusePersonalDataRequest(
                        TestParties.ACME, 3, "同じ手口の再発防止のため保持する", PartyApiTestConfiguration.NOW));
    }

    @Test
    void aRefusalWithoutReason_orOfNoEntryNumber_isA400NamingTheField() throws Exception {
        badRequest(PERSON + "/requests/3/refusal", """
                        {"reason": " "}""", "reason");
        badRequest(PERSON + "/requests/three/refusal", """
                        {"reason": "再発防止"}""", "sequence")
                .andExpect(jsonPath("$.errors[0].message", containsString("記録番号")));
        badRequest(PERSON + "/requests/0/refusal", """
                        {"reason": "再発防止"}""", "sequence");
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void refusingARequestAlreadyAnswered_isA409() throws Exception {
        recorder.failWith(new HistoryConflictException(
                "already answered", "error.personRequest.answered", Map.of("sequence", 3L, "answer", 4L)));

        post(PERSON + "/requests/3/refusal", """
                        {"reason": "再発防止"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("記録 3 の請求には、記録 4 ですでに回答しています")));
    }

    @Test
    void anAnswer_namesTheRequestsEntry_withAnOptionalNote_andTheBodyMayBeLeftOut() throws Exception {
        post(PERSON + "/requests/3/answer", """
                        {"note": "書面で郵送"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sequence").value(FakeRecordPartyCommand.SEQUENCE));
        assertThat(recorder.onlyCommand(AnswerPersonalDataRequest.class))
                .isEqualTo(new AnswerPersonalDataRequest(TestParties.ACME, 3, "書面で郵送", PartyApiTestConfiguration.NOW));

        recorder.reset();
        mvc.perform(MockMvcRequestBuilders.post(PERSON + "/requests/3/answer")).andExpect(status().isCreated());
        assertThat(recorder.onlyCommand(AnswerPersonalDataRequest.class).note()).isNull();
    }

    @Test
    void anAnswerWithATooLongNote_orOfNoEntryNumber_isA400NamingTheField() throws Exception {
        badRequest(PERSON + "/requests/3/answer", "{\"note\": \"" + "あ".repeat(501) + "\"}", "note");
        badRequest(PERSON + "/requests/three/answer", "{}", "sequence");
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void answeringARequestToErase_isA409SayingTheErasureAnswersIt() throws Exception {
        recorder.failWith(new HistoryConflictException(
                "asks to stop use or erase", "error.personRequest.answerIsErasure", Map.of("sequence", 3L)));

        post(PERSON + "/requests/3/answer", "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("消去そのものが回答になります")));
    }

    @Test
    void answeringNoEntry_isA404() throws Exception {
        recorder.failWith(new UnknownEntryException(TestParties.ACME.value(), 9, 3));

        post(PERSON + "/requests/9/answer", "{}").andExpect(status().isNotFound());
    }

    @Test
    void anAnswerWithAnIdempotencyKey_carriesItToTheLedger() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post(PERSON + "/requests/3/answer")
                        .header("Idempotency-Key", "answer-3")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "false"));

        assertThat(recorder.only().recording().idempotencyKey()).isEqualTo("answer-3");
    }

    @Test
    void anUnknownPerson_isA404() throws Exception {
        recorder.failWith(new UnknownPartyException(TestParties.ACME.value()));

        post(PERSON + "/requests", """
                        {"kind": "CORRECTION", "channel": "EMAIL"}""").andExpect(status().isNotFound());
    }

    @Test
    void aMalformedPersonId_isA400NamingThePersonsId_notTheParty() throws Exception {
        var bodies = Map.of(
                "/requests", "{\"kind\": \"ERASURE\", \"channel\": \"PHONE\"}",
                "/requests/3/refusal", "{\"reason\": \"再発防止\"}",
                "/erasure", "{\"reason\": \"本人からの請求\"}");
        for (var body : bodies.entrySet()) {
            badRequest("/api/v1/people/not-a-uuid" + body.getKey(), body.getValue(), "personId")
                    .andExpect(jsonPath("$.errors[0].message", containsString("本人のID")))
                    .andExpect(jsonPath("$.errors[0].message", not(containsString("取引先ID"))));
        }
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void anErasure_mayNameTheRequestItAnswers_andWithoutOneStillErases() throws Exception {
        post(PERSON + "/erasure", """
                        {"reason": "本人からの請求", "requestSequence": 3}""").andExpect(status().isCreated());
        assertThat(recorder.onlyCommand(ErasePersonalData.class))
                .isEqualTo(new ErasePersonalData(TestParties.ACME, 3L, "本人からの請求", PartyApiTestConfiguration.NOW));

        recorder.reset();
        post(PERSON + "/erasure", """
                        {"reason": "本人からの請求"}""").andExpect(status().isCreated());
        assertThat(recorder.onlyCommand(ErasePersonalData.class).request()).isNull();
    }

    @Test
    void aWriteWithAnIdempotencyKey_carriesItToTheLedger() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post(PERSON + "/requests/3/refusal")
                        .header("Idempotency-Key", "refusal-3")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason": "再発防止"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "false"));

        assertThat(recorder.only().recording().idempotencyKey()).isEqualTo("refusal-3");
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void staff_mayNotRecordOrRefuseAPersonsRequest() throws Exception {
        post(PERSON + "/requests", """
                        {"kind": "ERASURE", "channel": "PHONE"}""").andExpect(status().isForbidden());
        post(PERSON + "/requests/3/refusal", """
                        {"reason": "再発防止"}""").andExpect(status().isForbidden());
        post(PERSON + "/requests/3/answer", "{}").andExpect(status().isForbidden());
        assertThat(recorder.received()).isEmpty();
    }

    /** Sends the body, expecting it refused with a 400 whose first error names the field. */
    private ResultActions badRequest(String path, String json, String field) throws Exception {
        return post(path, json)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private ResultActions post(String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }
}
