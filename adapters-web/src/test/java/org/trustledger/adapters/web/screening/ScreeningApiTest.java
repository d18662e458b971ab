package org.trustledger.adapters.web.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.trustledger.adapters.web.party.PartyApiTest;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.screening.Match;
import org.trustledger.domain.screening.Priority;
import org.trustledger.domain.screening.ScreeningReason;
import org.trustledger.domain.screening.ScreeningReasonCode;
import org.trustledger.domain.screening.ScreeningResult;
import org.trustledger.domain.screening.Verdict;
import org.trustledger.domain.trust.TrustStatus;

/** POST /api/v1/screenings: what staff type becomes a screening request, and the verdict comes back explained. */
@PartyApiTest
@WithMockUser(username = "hanako", roles = "MANAGER")
class ScreeningApiTest {
    private static final PartyId NEXTLINE = new PartyId(UUID.fromString("11111111-2222-4333-8444-555555555555"));

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeScreenCaller screenCaller;

    @BeforeEach
    void setUp() {
        screenCaller.reset();
        var linked = ScreeningReason.of(
                ScreeningReasonCode.LINKED_TO_TERMINATED,
                Verdict.REFUSE,
                Map.of(
                        "party",
                        "株式会社ネクストライン",
                        "status",
                        "TERMINATED",
                        "requester",
                        false,
                        "evidenceKinds",
                        List.of("ADDRESS"),
                        "evidence",
                        List.of("same building サンライズビル, floor 5")),
                List.of(NEXTLINE));
        var match = new Match(
                NEXTLINE,
                "株式会社ネクストライン",
                PartyKind.RESELLER,
                TrustStatus.TERMINATED,
                List.of(new IdentityEvidence(
                        IdentityEvidence.Kind.ADDRESS,
                        IdentityEvidence.Grade.IDENTIFYING,
                        1.0,
                        new IdentityEvidence.Detail(
                                "identity.detail.ADDRESS", java.util.List.of(), "same building サンライズビル, floor 5"))),
                1.0,
                false);
        screenCaller.answer(
                new ScreeningResult(Verdict.REFUSE, Priority.NORMAL, List.of(linked), List.of(match)),
                new RecordOutcome(NEXTLINE, 9, false));
    }

    private ResultActions screen(String json) throws Exception {
        return mvc.perform(post("/api/v1/screenings")
                .with(csrf())
                .header("Accept-Language", "ja")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void whatStaffTyped_becomesTheScreeningRequest_inEveryNotation() throws Exception {
        screen("""
                        {"companyName":"ﾈｸｽﾄ光ｻﾎﾟｰﾄ ㈱","callerName":"佐藤","callerNameWithheld":true,
                         "phone":"(03)5321-9900","address":"東京都新宿区西新宿1-2-3 サンライズビル5F",
                         "bankAccount":{"bank":"みずほ","branch":"新宿","number":"１２３４５６７"},
                         "representative":"山田 太郎","requesterKind":"RESELLER","onBehalfOfCustomer":true,
                         "channel":"PHONE"}""").andExpect(status().isOk());

        var request = screenCaller.requests().getFirst();
        assertThat(request.companyName().value()).isEqualTo("ﾈｸｽﾄ光ｻﾎﾟｰﾄ ㈱");
        assertThat(request.phone().e164()).isEqualTo("+81353219900");
        assertThat(request.bankAccount().number()).isEqualTo("1234567");
        assertThat(request.callerNameWithheld()).isTrue();
        assertThat(request.onBehalfOfCustomer()).isTrue();
        assertThat(request.requesterKind()).isEqualTo(PartyKind.RESELLER);
        assertThat(request.channel()).isEqualTo(Channel.PHONE);
        assertThat(screenCaller.recordings())
                .as("screening alone records nothing")
                .isEmpty();
    }

    @Test
    void theAnswer_carriesTheVerdictReasonsInJapanese_andTheMatchesWithTheirEvidence() throws Exception {
        screen("{\"address\":\"西新宿1-2-3 サンライズビル5階\",\"onBehalfOfCustomer\":true}")
                .andExpect(jsonPath("$.verdict").value("REFUSE"))
                .andExpect(jsonPath("$.priority").value("NORMAL"))
                .andExpect(jsonPath("$.reasons[0].code").value("LINKED_TO_TERMINATED"))
                .andExpect(jsonPath("$.reasons[0].message").value("株式会社ネクストライン（取引停止）と同じ事業者が別名で名乗っている可能性が高いです（一致：住所）。"))
                .andExpect(jsonPath("$.matches[0].partyId").value(NEXTLINE.toString()))
                .andExpect(jsonPath("$.matches[0].status").value("TERMINATED"))
                .andExpect(jsonPath("$.matches[0].evidence[0]").value("ADDRESS"))
                .andExpect(jsonPath("$.matches[0].evidenceDetails[0].weight").value(1.0))
                .andExpect(jsonPath("$.matches[0].score").value(1.0))
                .andExpect(jsonPath("$.recorded").doesNotExist());
    }

    @Test
    void anEmailAndAWebsite_reachTheRequest_andNoPhoneAtAllIsNoWithheldNumber() throws Exception {
        screen("""
                        {"companyName":"株式会社ノースライン","email":"Tanaka@KITAICHI-CONNECT.co.jp",
                         "website":"https://www.ブライト.jp/contact","onBehalfOfCustomer":false,"channel":"EMAIL"}""").andExpect(status().isOk());

        var request = screenCaller.requests().getFirst();
        assertThat(request.email().key()).isEqualTo("tanaka@kitaichi-connect.co.jp");
        assertThat(request.website().key()).isEqualTo("xn--eckvdtb8d.jp");
        assertThat(request.phone()).isNull();
        assertThat(request.phoneWithheld())
                .as("no number was given, so none was withheld")
                .isFalse();
    }

    @Test
    void anUnreadableEmailOrWebsite_isABadRequestNamingTheField() throws Exception {
        screen("{\"email\":\"info-at-example\",\"onBehalfOfCustomer\":false}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        screen("{\"website\":\"not a domain\",\"onBehalfOfCustomer\":false}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("website"));
    }

    @Test
    void noRecord_isItsOwnVerdict_withTheQuestionsToAsk() throws Exception {
        screenCaller.answer(
                new ScreeningResult(
                        Verdict.NO_RECORD,
                        Priority.NORMAL,
                        List.of(ScreeningReason.of(
                                ScreeningReasonCode.NO_RECORD, Verdict.NO_RECORD, Map.of(), List.of())),
                        List.of()),
                null);
        screen("{\"companyName\":\"株式会社はじめて通信\",\"onBehalfOfCustomer\":false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("NO_RECORD"))
                .andExpect(jsonPath("$.reasons[0].code").value("NO_RECORD"))
                .andExpect(jsonPath("$.reasons[0].message")
                        .value(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("「どちらの会社のご依頼か」"),
                                org.hamcrest.Matchers.containsString("「お客様ご本人か」"))));
    }

    @Test
    void withRecord_theRequestIsRecordedWithItsSummary_andTheAnswerSaysWhere() throws Exception {
        screen("{\"phone\":\"03-5321-9900\",\"onBehalfOfCustomer\":true,\"record\":true,\"summary\":\"お客様宅の設定\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded.partyId").value(NEXTLINE.toString()))
                .andExpect(jsonPath("$.recorded.sequence").value(9));
        assertThat(screenCaller.summaries()).containsExactly("お客様宅の設定");
        assertThat(screenCaller.recordings().getFirst().recordedBy()).isEqualTo("hanako");
    }

    @Test
    void withRecordButNoSummary_isABadRequest_andNothingIsScreened() throws Exception {
        screen("{\"phone\":\"03-5321-9900\",\"onBehalfOfCustomer\":true,\"record\":true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("summary"));
        assertThat(screenCaller.requests()).isEmpty();
    }

    @Test
    void nothingKnownOfTheCaller_isABadRequestThatSaysWhatToEnter() throws Exception {
        screen("{\"onBehalfOfCustomer\":false}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("request"));
    }

    @Test
    void aMistypedPhone_orAMissingProxyFlag_isABadRequestNamingTheField() throws Exception {
        screen("{\"phone\":\"03-1234-ABCD\",\"onBehalfOfCustomer\":true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phone"));
        screen("{\"phone\":\"03-5321-9900\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("onBehalfOfCustomer"));
    }
}
