package org.trustledger.adapters.web.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.LogTrouble;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;
import org.trustledger.domain.party.PartyCommand.RecordPaymentShort;
import org.trustledger.domain.party.PartyCommand.ReinstateRelationship;
import org.trustledger.domain.party.PartyCommand.ReviewLink;
import org.trustledger.domain.party.PartyCommand.SettlePayment;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.party.Yen;

@PartyApiTest
@WithMockUser(username = "hanako", roles = "MANAGER")
class InteractionApiTest {
    static final String ACME_PATH = "/api/v1/parties/" + TestParties.ACME.value();

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeRecordPartyCommand recorder;

    @BeforeEach
    void forgetEarlierRequests() {
        recorder.reset();
    }

    @Test
    void request_becomesReceiveRequest() throws Exception {
        record("/requests", """
                {"channel": "PHONE", "onBehalfOfCustomer": true, "summary": "Wants the fibre plan moved",
                 "answer": "REFUSED", "reasons": ["no proof of ownership", "customer not on the line"]}""").andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(ReceiveRequest.class))
                .isEqualTo(new ReceiveRequest(
                        TestParties.ACME,
                        Channel.PHONE,
                        true,
                        "Wants the fibre plan moved",
                        Answer.REFUSED,
                        List.of("no proof of ownership", "customer not on the line"),
                        PartyApiTestConfiguration.NOW));
    }

    @Test
    void request_withoutAnswer_isStillOpen() throws Exception {
        record("/requests", """
                {"channel": "WEB_FORM", "onBehalfOfCustomer": false, "summary": "Asks for a quote"}""").andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(ReceiveRequest.class))
                .isEqualTo(new ReceiveRequest(
                        TestParties.ACME,
                        Channel.WEB_FORM,
                        false,
                        "Asks for a quote",
                        null,
                        List.of(),
                        PartyApiTestConfiguration.NOW));
    }

    @Test
    void caller_becomesIdentifyCaller_withTheCallBackNumberInE164() throws Exception {
        record("/callers", """
                {"name": "Suzuki Ichiro", "fullNameGiven": true, "role": "sales manager",
                 "phone": "０３－１２３４－５６７８"}""").andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(IdentifyCaller.class))
                .isEqualTo(new IdentifyCaller(
                        TestParties.ACME,
                        new PersonName("Suzuki Ichiro"),
                        true,
                        "sales manager",
                        new PhoneNumber("+81312345678"),
                        PartyApiTestConfiguration.NOW));
    }

    @Test
    void caller_whoWithheldTheirName_isRecordedWithoutOne() throws Exception {
        record("/callers", """
                {"fullNameGiven": false, "name": " ", "phone": ""}""").andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(IdentifyCaller.class))
                .isEqualTo(
                        new IdentifyCaller(TestParties.ACME, null, false, null, null, PartyApiTestConfiguration.NOW));
    }

    @Test
    void trouble_becomesLogTrouble() throws Exception {
        record("/troubles", """
                {"category": "WRONG_PLAN", "severity": "MAJOR",
                 "description": "Signed the customer up for the business plan", "occurredOn": "2025-03-14"}""").andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(LogTrouble.class))
                .isEqualTo(new LogTrouble(
                        TestParties.ACME,
                        TroubleCategory.WRONG_PLAN,
                        Severity.MAJOR,
                        "Signed the customer up for the business plan",
                        LocalDate.of(2025, 3, 14),
                        PartyApiTestConfiguration.NOW));
    }

    @Test
    void aTroubleWithTheStaffMembersOwnNote_carriesIt_andATooLongNoteIsABadRequest() throws Exception {
        record("/troubles", """
                {"category": "OTHER", "severity": "MINOR", "description": "工事日を三回変更された",
                 "staffNote": "日程調整の不履行"}""").andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(LogTrouble.class).staffNote()).isEqualTo("日程調整の不履行");

        record("/troubles", """
                {"category": "OTHER", "severity": "MINOR", "description": "工事日を三回変更された",
                 "staffNote": "%s"}""".formatted("あ".repeat(501)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("staffNote"));
    }

    @Test
    void paymentShortfall_becomesRecordPaymentShort_withNoDaysLateByDefault() throws Exception {
        record("/payment-shortfalls", """
                {"invoiceRef": "INV-2025-007", "invoicedYen": 110000, "paidYen": 109340,
                 "reason": "BANK_FEE_DEDUCTED"}""").andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(RecordPaymentShort.class))
                .isEqualTo(new RecordPaymentShort(
                        TestParties.ACME,
                        "INV-2025-007",
                        new Yen(110000),
                        new Yen(109340),
                        ShortfallReason.BANK_FEE_DEDUCTED,
                        0,
                        PartyApiTestConfiguration.NOW));
    }

    @Test
    void latePayment_carriesItsDaysLate() throws Exception {
        record("/payment-shortfalls", """
                {"invoiceRef": "INV-2025-008", "invoicedYen": 55000, "paidYen": 55000, "reason": "LATE",
                 "daysLate": 12}""").andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(RecordPaymentShort.class))
                .isEqualTo(new RecordPaymentShort(
                        TestParties.ACME,
                        "INV-2025-008",
                        new Yen(55000),
                        new Yen(55000),
                        ShortfallReason.LATE,
                        12,
                        PartyApiTestConfiguration.NOW));
    }

    @Test
    void settlement_becomesSettlePayment_forTheInvoiceInThePath() throws Exception {
        record("/payment-shortfalls/INV-2025-007/settlement", """
                {"paidYen": 660}""").andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(SettlePayment.class))
                .isEqualTo(new SettlePayment(
                        TestParties.ACME, "INV-2025-007", new Yen(660), PartyApiTestConfiguration.NOW));
    }

    @Test
    void settlementInTheBody_takesAReferenceWithASlash() throws Exception {
        record("/settlements", """
                {"invoiceRef": "2026/11-003", "paidYen": 660}""").andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(SettlePayment.class))
                .isEqualTo(new SettlePayment(
                        TestParties.ACME, "2026/11-003", new Yen(660), PartyApiTestConfiguration.NOW));
    }

    @Test
    void settlementInTheBody_withoutReference_isABadRequestNamingIt() throws Exception {
        record("/settlements", """
                {"paidYen": 660}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("invoiceRef"));
    }

    @Test
    void settlementInThePath_takesAReferenceInJapanese() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post(ACME_PATH + "/payment-shortfalls/{ref}/settlement", "請求書No.12")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"paidYen": 660}"""))
                .andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(SettlePayment.class).invoiceRef()).isEqualTo("請求書No.12");
    }

    @Test
    void shortfall_withAReferenceAsStaffWriteIt_isRecordedAsWritten() throws Exception {
        record("/payment-shortfalls", """
                {"invoiceRef": "請求書 No.12", "invoicedYen": 33000, "paidYen": 32560,
                 "reason": "BANK_FEE_DEDUCTED"}""").andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(RecordPaymentShort.class).invoiceRef()).isEqualTo("請求書 No.12");
    }

    @Test
    void caller_withAnExtension_keepsIt() throws Exception {
        record("/callers", """
                {"name": "山田 太郎", "fullNameGiven": true, "phone": "03-5321-7788（内線２０５）"}""").andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(IdentifyCaller.class).callBack())
                .isEqualTo(new PhoneNumber("+81353217788", "205"));
    }

    @Test
    void termination_becomesTerminateRelationship() throws Exception {
        record("/termination", """
                {"reason": "Third wrong plan this quarter"}""").andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(TerminateRelationship.class))
                .isEqualTo(new TerminateRelationship(
                        TestParties.ACME, "Third wrong plan this quarter", PartyApiTestConfiguration.NOW));
    }

    @Test
    void reinstatement_becomesReinstateRelationship() throws Exception {
        record("/reinstatement", """
                {"reason": "New management, clean six months"}""").andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(ReinstateRelationship.class))
                .isEqualTo(new ReinstateRelationship(
                        TestParties.ACME, "New management, clean six months", PartyApiTestConfiguration.NOW));
    }

    @Test
    void linkReview_becomesReviewLink_andAMalformedLinkedPartyIsABadRequest() throws Exception {
        record("/link-reviews", """
                {"linkedPartyId": "%s", "confirmed": false, "reason": "Another tenant of the same building"}""".formatted(TestParties.BRIGHT.value())).andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(ReviewLink.class))
                .isEqualTo(new ReviewLink(
                        TestParties.ACME,
                        TestParties.BRIGHT,
                        false,
                        "Another tenant of the same building",
                        PartyApiTestConfiguration.NOW));

        record("/link-reviews", """
                {"linkedPartyId": "bright", "confirmed": true, "reason": "same bank account"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("linkedPartyId"));
    }

    @Test
    void interaction_answers201PointingAtTheHistory() throws Exception {
        record("/termination", """
                {"reason": "Third wrong plan this quarter"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, ACME_PATH + "/history"))
                .andExpect(header().string("Idempotent-Replayed", "false"))
                .andExpect(jsonPath("$.partyId").value(TestParties.ACME.value().toString()))
                .andExpect(jsonPath("$.sequence").value(FakeRecordPartyCommand.SEQUENCE));

        assertThat(recorder.onlyRecording().recordedBy()).isEqualTo("hanako");
    }

    private ResultActions record(String path, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(ACME_PATH + path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }
}
