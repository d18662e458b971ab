package org.trustledger.adapters.web.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trustledger.adapters.web.party.PartyApiTest;
import org.trustledger.adapters.web.party.PartyApiTestConfiguration;
import org.trustledger.adapters.web.screening.FakeScreenCaller;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.IncomingContactUseCase;
import org.trustledger.application.port.in.IncomingContactUseCase.IncomingContact;
import org.trustledger.application.port.in.LoggedContact;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.service.InMemoryContacts;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.identity.PhoneNumber;
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

/** The contact log and its live stream, whichever channel logged the contact, for each role. */
@PartyApiTest
class ContactLogApiTest {
    private static final PartyId RESELLER = new PartyId(UUID.fromString("00000000-0000-0000-0000-00000000abcd"));
    private static final PhoneNumber RESELLER_PHONE = PhoneNumber.parse("03-5321-7788");

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeScreenCaller screening;

    @Autowired
    IncomingContactUseCase incoming;

    @Autowired
    InMemoryContacts contacts;

    @BeforeEach
    void refuseTheReseller() {
        screening.reset();
        screening.answer(
                new ScreeningResult(
                        Verdict.REFUSE,
                        Priority.NORMAL,
                        List.of(ScreeningReason.of(
                                ScreeningReasonCode.TERMINATED_PARTY,
                                Verdict.REFUSE,
                                Map.of("party", "ネクスト光サポート"),
                                List.of(RESELLER))),
                        List.of(new Match(
                                RESELLER,
                                "ネクスト光サポート",
                                PartyKind.RESELLER,
                                TrustStatus.TERMINATED,
                                List.of(new IdentityEvidence(
                                        IdentityEvidence.Kind.PHONE,
                                        IdentityEvidence.Grade.IDENTIFYING,
                                        0.9,
                                        new IdentityEvidence.Detail(
                                                "identity.detail.PHONE",
                                                List.of("03-5321-7788"),
                                                "same phone number 03-5321-7788"))),
                                0.9,
                                true))),
                new RecordOutcome(RESELLER, 7, false));
    }

    @Test
    void givenStaffListening_whenACallIsLogged_thenOneEventInTheirLanguageCarriesTheVerdictPartyAndEvidence()
            throws Exception {
        MvcResult listening = mvc.perform(get("/api/v1/calls/stream")
                        .with(user("hanako").roles("STAFF"))
                        .header("Accept-Language", "ja")
                        .accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted())
                .andReturn();
        String callId = ring();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(listening.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("event:call", "id:" + callId));
        String stream = listening.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(listening.getResponse().getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
        assertThat(stream)
                .contains("\"channel\":\"PHONE\"")
                .contains("\"contactId\":\"" + callId + "\"")
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
        mvc.perform(get("/calls/stream")).andExpect(status().is3xxRedirection());
    }

    @Test
    void givenALoggedCall_whenStaffRecordIt_thenTheRequestIsRecordedOnTheCallersPartyAndTheCallIsTakenByThem()
            throws Exception {
        String callId = ring();

        mvc.perform(post("/api/v1/calls/{callId}/request", callId)
                        .with(httpBasic(PartyApiTest.ADMIN, PartyApiTest.ADMIN_PASSWORD))
                        .header("X-Correlation-Id", "corr-1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\": \"ルーター設定の代行\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partyId").value(RESELLER.value().toString()))
                .andExpect(jsonPath("$.verdict").value("REFUSE"))
                .andExpect(jsonPath("$.takenBy").value(PartyApiTest.ADMIN));

        assertThat(screening.recordings()).singleElement().satisfies(r -> {
            assertThat(r.recordedBy()).isEqualTo(PartyApiTest.ADMIN);
            assertThat(r.correlationId()).isEqualTo("corr-1");
        });
        String logged = "$[?(@.contactId == '" + callId + "')]";
        mvc.perform(get("/api/v1/calls")
                        .param("limit", "500")
                        .with(user("kenji").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(logged, hasSize(1)))
                .andExpect(jsonPath(logged + ".takenBy").value(PartyApiTest.ADMIN))
                .andExpect(
                        jsonPath(logged + ".recordedOn").value(RESELLER.value().toString()));
    }

    @Test
    void givenALoggedMail_whenStaffRecordIt_thenItIsScreenedByItsSenderAndRecordedAsAnEmailRequest() throws Exception {
        String mailId = "<20261207.abc+1@mail.next-line.example>";
        incoming.receive(new IncomingContact(
                new ContactKey(Channel.EMAIL, mailId),
                "Sales@Next-Line.example",
                "support@shop.example",
                null,
                RESELLER_PHONE,
                false));

        mvc.perform(post("/api/v1/calls/{callId}/request", mailId)
                        .param("channel", "EMAIL")
                        .with(user("hanako").roles("STAFF"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\": \"お客様の設定代行の依頼\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.callId").value(mailId))
                .andExpect(jsonPath("$.partyId").value(RESELLER.value().toString()))
                .andExpect(jsonPath("$.takenBy").value("hanako"));

        assertThat(screening.requests()).last().satisfies(asked -> {
            assertThat(asked.channel()).isEqualTo(Channel.EMAIL);
            assertThat(asked.email().key())
                    .isEqualTo(EmailAddress.of("sales@next-line.example").key());
            assertThat(asked.phone()).isEqualTo(RESELLER_PHONE);
            assertThat(asked.phoneWithheld()).isFalse();
        });
        String logged = "$[?(@.contactId == '" + mailId + "')]";
        mvc.perform(get("/api/v1/calls")
                        .param("limit", "500")
                        .with(user("hanako").roles("STAFF")))
                .andExpect(jsonPath(logged + ".channel").value("EMAIL"))
                .andExpect(jsonPath(logged + ".takenBy").value("hanako"));
    }

    @Test
    void givenAMailId_whenAskedAsAPhoneCall_thenNoSuchCallIsFound() throws Exception {
        String mailId = "<only-a-mail@example.jp>";
        incoming.receive(new IncomingContact(
                new ContactKey(Channel.EMAIL, mailId), "someone@example.jp", null, null, null, false));
        int asked = screening.requests().size();

        mvc.perform(post("/api/v1/calls/{callId}/request", mailId)
                        .with(user("hanako").roles("STAFF"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\": \"見積もり\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/calls/{callId}/request", mailId)
                        .param("channel", "FAX-ISH")
                        .with(user("hanako").roles("STAFF"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\": \"見積もり\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        assertThat(screening.requests()).hasSize(asked);
        assertThat(screening.summaries()).isEmpty();
    }

    @Test
    void givenAnAuditor_thenTheyFollowButNeitherTakeNorPurge() throws Exception {
        String callId = ring();

        mvc.perform(post("/api/v1/calls/{callId}/request", callId)
                        .with(user("kenji").roles("AUDITOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\": \"見積もり\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/contact-purges").with(user("hanako").roles("STAFF")))
                .andExpect(status().isForbidden());
        assertThat(screening.recordings()).isEmpty();
    }

    @Test
    void givenAManager_whenTheyPurge_thenWhatIsOlderThanTheRetentionGoesAndTheRestStays() throws Exception {
        Instant now = PartyApiTestConfiguration.NOW;
        String recent = ring();
        contacts.add(new LoggedContact(
                new ContactKey(Channel.PHONE, "old-" + UUID.randomUUID()),
                "0311112222",
                null,
                now.minus(Duration.ofDays(31)),
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                now.minus(Duration.ofDays(31))));

        mvc.perform(post("/api/v1/admin/contact-purges").with(user("mariko").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.purged").value(1))
                .andExpect(jsonPath("$.notRecordedOnAParty").value(1))
                .andExpect(jsonPath("$.recordedOnAParty").value(0));
        assertThat(contacts.recent(500))
                .extracting(c -> c.key().contactId())
                .contains(recent)
                .noneMatch(id -> id.startsWith("old-"));
    }

    @Test
    void givenBadInput_thenProblemsNameWhatIsWrong() throws Exception {
        mvc.perform(get("/api/v1/calls").param("limit", "0").with(user("hanako").roles("STAFF")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(post("/api/v1/calls/{callId}/request", "no-such-call")
                        .with(user("hanako").roles("STAFF"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"summary\": \"見積もり\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://trustledger.org/problems/unknown-contact"));
    }

    private String ring() {
        String callId = "call-" + UUID.randomUUID();
        incoming.receive(new IncomingContact(
                new ContactKey(Channel.PHONE, callId), "0353217788", null, null, RESELLER_PHONE, false));
        return callId;
    }
}
