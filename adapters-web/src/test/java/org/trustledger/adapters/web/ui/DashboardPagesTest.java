package org.trustledger.adapters.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.trustledger.adapters.web.ui.DashboardPageSupport.appendHistory;
import static org.trustledger.adapters.web.ui.DashboardPageSupport.entry;
import static org.trustledger.adapters.web.ui.DashboardPageSupport.form;
import static org.trustledger.adapters.web.ui.DashboardPageSupport.givenParty;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.trustledger.adapters.web.party.FakeRecordPartyCommand;
import org.trustledger.adapters.web.party.InMemoryPartyQueries;
import org.trustledger.adapters.web.party.PartyApiTest;
import org.trustledger.adapters.web.screening.FakeScreenCaller;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.identity.WebDomain;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.LogTrouble;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.ReviewLink;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.PaymentSettled;
import org.trustledger.domain.party.PartyEvent.PaymentShort;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.RelationshipCause;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.party.Yen;
import org.trustledger.domain.screening.Match;
import org.trustledger.domain.screening.Priority;
import org.trustledger.domain.screening.ScreeningReason;
import org.trustledger.domain.screening.ScreeningReasonCode;
import org.trustledger.domain.screening.ScreeningResult;
import org.trustledger.domain.screening.Verdict;
import org.trustledger.domain.trust.Reason;
import org.trustledger.domain.trust.ReasonCode;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustStatus;

@PartyApiTest
class DashboardPagesTest {
    static final PartyId NEXTLINE = new PartyId(UUID.fromString("11111111-2222-4333-8444-555555555555"));
    static final PartyId RENAMED = new PartyId(UUID.fromString("66666666-7777-4888-8999-000000000000"));
    static final Instant REGISTERED = Instant.parse("2025-01-10T01:00:00Z");
    static final Instant TROUBLE = Instant.parse("2025-02-20T03:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeRecordPartyCommand recorder;

    @Autowired
    InMemoryPartyQueries queries;

    @Autowired
    FakeScreenCaller screener;

    @Autowired
    FakeReports reports;

    @BeforeEach
    void forgetEarlierRequests() {
        recorder.reset();
        queries.reset();
        screener.reset();
    }

    private static PartyDetails nextline() {
        return new PartyDetails(
                new PartyName("株式会社ネクストライン"),
                List.of(new PhoneNumber("+81312345678")),
                new Address("東京都新宿区西新宿1-2-3 サンライズビル5F"),
                null,
                null);
    }

    private void givenNextlineWithATrouble() {
        givenParty(
                queries,
                new PartyView(NEXTLINE, PartyKind.RESELLER, nextline(), false, Yen.ZERO, 1, REGISTERED, TROUBLE, 2),
                entry(
                        1,
                        REGISTERED,
                        "hanako",
                        new PartyRegistered(NEXTLINE, PartyKind.RESELLER, nextline(), REGISTERED)),
                entry(
                        2,
                        TROUBLE,
                        "kenji",
                        new TroubleLogged(
                                NEXTLINE,
                                TroubleCategory.WRONG_PLAN,
                                Severity.SEVERE,
                                "戸建てプランで契約された",
                                "回線種別の確認漏れ",
                                null,
                                TROUBLE)));
        queries.putTrust(
                NEXTLINE,
                new TrustAssessment(
                        TrustStatus.WATCH,
                        6.123456789,
                        List.of(Reason.of(
                                ReasonCode.TROUBLES,
                                Map.of("count", 1, "severe", 1, "major", 0, "minor", 0, "weight", 6.123456789),
                                List.of(2L)))));
    }

    private static ScreeningResult refusal() {
        var match = new Match(
                NEXTLINE,
                "株式会社ネクストライン",
                PartyKind.RESELLER,
                TrustStatus.TERMINATED,
                List.of(new IdentityEvidence(
                        IdentityEvidence.Kind.ADDRESS,
                        IdentityEvidence.Grade.IDENTIFYING,
                        1.0,
                        new IdentityEvidence.Detail("identity.detail.ADDRESS", java.util.List.of(), "サンライズビル 5F"))),
                0.9,
                false);
        var reason = ScreeningReason.of(
                ScreeningReasonCode.LINKED_TO_TERMINATED,
                Verdict.REFUSE,
                Map.of("party", "株式会社ネクストライン", "status", "TERMINATED", "evidenceKinds", List.of("ADDRESS")),
                List.of(NEXTLINE));
        return new ScreeningResult(Verdict.REFUSE, Priority.NORMAL, List.of(reason), List.of(match));
    }

    @Test
    void pages_withoutSigningIn_leadToTheSignInForm() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("ログイン"),
                                containsString("name=\"_csrf\""),
                                // Signed out, the menu leads nowhere but back here.
                                not(containsString("href=\"/parties\"")),
                                not(containsString("href=\"/review\"")))));
    }

    @Test
    void signingIn_withTheFirstAccount_opensTheIntakePage() throws Exception {
        mvc.perform(post("/login")
                        .param("username", PartyApiTest.ADMIN)
                        .param("password", PartyApiTest.ADMIN_PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login")
                        .param("username", "admin")
                        .param("password", "wrong")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error&username=admin"));
    }

    @Test
    void aFormSentWithoutItsCsrfToken_isRefused() throws Exception {
        mvc.perform(post("/intake").param("companyName", "x").with(user("kenji").roles("STAFF")))
                .andExpect(status().isForbidden());
        assertThat(screener.requests()).isEmpty();
    }

    @Test
    void theApi_stillAnswersBasicChallengesAndNoRedirects() throws Exception {
        mvc.perform(get("/api/v1/parties"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void everyPage_namesTheSignedInUser_offersBothLanguages_andRunsUnderAStrictContentSecurityPolicy()
            throws Exception {
        givenNextlineWithATrouble();
        for (String page : List.of("/", "/parties", "/parties/" + NEXTLINE, "/review", "/reports", "/parties/new")) {
            mvc.perform(get(page))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                    .andExpect(content()
                            .string(allOf(
                                    containsString("kenji でログイン中"),
                                    containsString("lang=en"),
                                    containsString("action=\"/logout\""),
                                    not(containsString("style=\"")),
                                    not(containsString("<script>")))));
        }
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void intake_labelsEveryField_andFocusesTheCompanyFirst() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content()
                        .string(allOf(
                                containsString("<label for=\"companyName\">会社名</label>"),
                                containsString("<label for=\"callerName\">発信者の氏名</label>"),
                                containsString("<label for=\"phone\">電話番号</label>"),
                                containsString("<label for=\"address\">住所</label>"),
                                containsString("<label for=\"requesterKind\">相手の種類</label>"),
                                containsString("お客様の代理"),
                                containsString("autofocus"))));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void everyPage_carriesTheIncomingCallPopUp_fedFromTheStreamByAScriptFile() throws Exception {
        givenNextlineWithATrouble();
        for (String page : List.of("/", "/parties", "/parties/" + NEXTLINE, "/review", "/reports", "/parties/new")) {
            mvc.perform(get(page))
                    .andExpect(content()
                            .string(allOf(
                                    containsString("<script src=\"/js/incoming-calls.js\" defer></script>"),
                                    containsString("id=\"call-popup\""),
                                    containsString("data-stream=\"/calls/stream\""),
                                    containsString("未登録の番号です。"),
                                    containsString("この内容で受付フォームを開く"),
                                    containsString("data-title-email=\"メール受信\""),
                                    containsString("記録のない差出人です。"))));
        }
        mvc.perform(get("/js/incoming-calls.js"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("new EventSource(popup.dataset.stream)")))
                .andExpect(content().string(containsString("popup.dataset.titleEmail")));
    }

    @Test
    void theSignInPage_hasNoCallPopUp() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("call-popup"))));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void intake_openedFromACall_hasTheNumberFilledIn() throws Exception {
        mvc.perform(get("/").param("phone", "03-5321-7788"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"03-5321-7788\"")));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void screening_showsTheVerdictInWords_withReasons_andMatchedPartiesLinkingToTheirPage() throws Exception {
        screener.answer(refusal(), null);

        mvc.perform(form("/intake")
                        .param("companyName", "ネクスト光サポート")
                        .param("address", "新宿区西新宿1-2-3 サンライズビル5F")
                        .param("requesterKind", "RESELLER")
                        .param("onBehalfOfCustomer", "true")
                        .param("channel", "PHONE"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("verdict-REFUSE"),
                                containsString("お断り"),
                                containsString("株式会社ネクストライン（取引停止）と同じ事業者が別名で名乗っている可能性が高いです"),
                                containsString("href=\"/parties/" + NEXTLINE + "\""),
                                containsString("住所"),
                                containsString("サンライズビル 5F"),
                                // What was typed stays in the form.
                                containsString("value=\"ネクスト光サポート\""))));

        var request = screener.requests().getFirst();
        assertThat(request.companyName().value()).isEqualTo("ネクスト光サポート");
        assertThat(request.onBehalfOfCustomer()).isTrue();
        assertThat(request.requesterKind()).isEqualTo(PartyKind.RESELLER);
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void screening_inEnglish_wordsTheVerdictInEnglish() throws Exception {
        screener.answer(refusal(), null);

        mvc.perform(form("/intake")
                        .header("Accept-Language", "en")
                        .param("companyName", "Next Hikari Support")
                        .param("onBehalfOfCustomer", "true"))
                .andExpect(content()
                        .string(allOf(
                                containsString(">Refuse<"),
                                containsString("Likely the same business as 株式会社ネクストライン (terminated)"),
                                containsString(">address<"),
                                not(containsString("お断り")))));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void aPhoneNumberThatIsNot_isShownBesideTheField_andNothingTypedIsLost() throws Exception {
        mvc.perform(form("/intake")
                        .param("companyName", "ネクスト光サポート")
                        .param("phone", "call me maybe")
                        .param("address", "新宿区西新宿1-2-3"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"phone-error\""),
                                containsString("電話番号として読めません"),
                                containsString("value=\"call me maybe\""),
                                containsString("value=\"ネクスト光サポート\""),
                                containsString("value=\"新宿区西新宿1-2-3\""),
                                not(containsString("id=\"verdict\"")))));
        assertThat(screener.requests()).isEmpty();
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void aCallerOfWhomNothingIsKnown_isShownNeutral_withTheQuestions_andNoPhoneIsNoWithheldNumber() throws Exception {
        screener.answer(
                new ScreeningResult(
                        Verdict.NO_RECORD,
                        Priority.NORMAL,
                        List.of(ScreeningReason.of(
                                ScreeningReasonCode.NO_RECORD, Verdict.NO_RECORD, Map.of(), List.of())),
                        List.of()),
                null);

        mvc.perform(form("/intake")
                        .header("Accept-Language", "ja")
                        .param("companyName", "株式会社はじめて通信")
                        .param("email", "keiri@hajimete.co.jp")
                        .param("website", "www.hajimete.co.jp")
                        .param("channel", "EMAIL")
                        .param("onBehalfOfCustomer", "false"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("verdict-NO_RECORD"),
                                containsString("記録なし・要確認"),
                                containsString("「どちらの会社のご依頼か」"),
                                not(containsString("お受けできます")))));
        assertThat(screener.requests()).singleElement().satisfies(request -> {
            assertThat(request.phoneWithheld()).isFalse();
            assertThat(request.email().key()).isEqualTo("keiri@hajimete.co.jp");
            assertThat(request.website().key()).isEqualTo("hajimete.co.jp");
        });
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void aWithheldNumber_isScreenedAsWithheld_notRefusedAsAMalformedOne() throws Exception {
        screener.answer(refusal(), null);

        mvc.perform(form("/intake")
                        .param("companyName", "ネクスト光サポート")
                        .param("phone", "非通知")
                        .param("onBehalfOfCustomer", "false"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(allOf(containsString("id=\"verdict\""), not(containsString("phone-error")))));
        assertThat(screener.requests()).singleElement().satisfies(request -> {
            assertThat(request.phoneWithheld()).isTrue();
            assertThat(request.phone()).isNull();
        });
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void recordingFromIntake_recordsWithThatVerdict_asTheSignedInUser() throws Exception {
        screener.answer(refusal(), new RecordOutcome(RENAMED, 3, false));

        mvc.perform(form("/intake/record")
                        .param("companyName", "ネクスト光サポート")
                        .param("onBehalfOfCustomer", "true")
                        .param("summary", "お客様宅の光回線設定"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"recorded\""),
                                containsString("href=\"/parties/" + RENAMED + "\""))));

        assertThat(screener.summaries()).containsExactly("お客様宅の光回線設定");
        assertThat(screener.recordings().getFirst().recordedBy()).isEqualTo("kenji");
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void recordingFromIntake_withoutSayingWhatWasAsked_asksForItBesideTheField() throws Exception {
        mvc.perform(form("/intake/record", "companyName", "ネクスト光サポート"))
                .andExpect(content()
                        .string(allOf(containsString("id=\"summary-error\""), containsString("ご依頼の内容を入力してください"))));
        assertThat(screener.summaries()).isEmpty();
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void theParties_listShowsStatusBadges_andPassesItsFilters() throws Exception {
        givenNextlineWithATrouble();
        queries.put(new PartyView(NEXTLINE, PartyKind.RESELLER, nextline(), false, Yen.ZERO, 1, REGISTERED, TROUBLE, 2)
                .withTrust(new TrustAssessment(TrustStatus.WATCH, 3, List.of())));

        mvc.perform(get("/parties").param("q", "ネクスト").param("kind", "RESELLER"))
                .andExpect(content()
                        .string(allOf(
                                containsString("株式会社ネクストライン"),
                                containsString("badge status-WATCH"),
                                containsString("要注意"),
                                containsString("03-1234-5678"))));

        var search = queries.searches().getLast();
        assertThat(search.text()).isEqualTo("ネクスト");
        assertThat(search.kind()).isEqualTo(PartyKind.RESELLER);
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void registeringAParty_recordsIt_andOpensItsPage() throws Exception {
        recorder.answerWith(new RecordOutcome(RENAMED, 1, false));

        mvc.perform(form("/parties")
                        .param("kind", "RESELLER")
                        .param("name", "合同会社ネクスト光サポート")
                        .param("phones", "03-1234-0000\n(03)1234-0001")
                        .param("address", "新宿区西新宿1-2-3 サンライズビル5F"))
                .andExpect(redirectedUrl("/parties/" + RENAMED));

        var command = recorder.onlyCommand(RegisterParty.class);
        assertThat(command.details().phones()).hasSize(2);
        assertThat(recorder.onlyRecording().recordedBy()).isEqualTo("kenji");
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void thePartyPage_showsStatusReasonsLinkedToTheirEvents_andATimelineWithWhoAndWhen() throws Exception {
        givenNextlineWithATrouble();

        mvc.perform(get("/parties/" + NEXTLINE))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"party-status\""),
                                containsString("要注意"),
                                containsString("href=\"#event-2\""),
                                containsString("id=\"event-2\""),
                                containsString("誤ったプランの販売（重大）：戸建てプランで契約された　メモ：回線種別の確認漏れ"),
                                containsString("id=\"trouble-staffNote\""),
                                containsString("記録者 kenji"),
                                // 03:00 UTC is noon in Tokyo.
                                containsString("2025-02-20 12:00"),
                                containsString("重み 6.12"),
                                not(containsString("6.123456789")))));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void thePartyPage_showsItsEmailsAndWebsites_asTheyStoodAtTheReplayedPoint() throws Exception {
        PartyDetails before = PartyDetails.of(
                new PartyName("株式会社ネクストライン"),
                List.of(),
                null,
                null,
                null,
                List.of(EmailAddress.of("sales@nextline.example.jp")),
                List.of(WebDomain.of("nextline.example.jp")));
        PartyDetails after = PartyDetails.of(
                new PartyName("株式会社ネクストライン"),
                List.of(),
                null,
                null,
                null,
                List.of(EmailAddress.of("info@next-hikari.example.jp")),
                List.of(WebDomain.of("next-hikari.example.jp")));
        givenParty(
                queries,
                new PartyView(NEXTLINE, PartyKind.RESELLER, after, false, Yen.ZERO, 2, REGISTERED, TROUBLE, 2),
                entry(1, REGISTERED, "hanako", new PartyRegistered(NEXTLINE, PartyKind.RESELLER, before, REGISTERED)),
                entry(2, TROUBLE, "kenji", new PartyEvent.PartyAmended(NEXTLINE, PartyKind.RESELLER, after, TROUBLE)));
        queries.putTrust(NEXTLINE, new TrustAssessment(TrustStatus.NEW, 0, List.of()));

        mvc.perform(get("/parties/" + NEXTLINE))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"party-emails\""),
                                containsString("info@next-hikari.example.jp"),
                                containsString("id=\"party-websites\""),
                                containsString("next-hikari.example.jp"),
                                containsString("<dt>メールアドレス</dt>"),
                                containsString("<dt>ウェブサイト</dt>"))));
        mvc.perform(get("/parties/" + NEXTLINE).param("upTo", "1"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("sales@nextline.example.jp"),
                                not(containsString("info@next-hikari.example.jp")))));
        mvc.perform(get("/parties/" + NEXTLINE).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<dt>E-mail addresses</dt>"), containsString("<dt>Websites</dt>"))));
    }

    /** Nextline terminated; its rename confirmed by a manager on the renamed party's page, with the manager's words. */
    private void givenAConfirmedRenameOfNextline() {
        Instant reviewed = TROUBLE.plusSeconds(3600);
        givenNextlineWithATrouble();
        PartyDetails renamed = new PartyDetails(new PartyName("合同会社ネクスト光サポート"), List.of(), null, null, null);
        givenParty(
                queries,
                new PartyView(RENAMED, PartyKind.RESELLER, renamed, true, Yen.ZERO, 3, REGISTERED, reviewed, 3),
                entry(1, REGISTERED, "hanako", new PartyRegistered(RENAMED, PartyKind.RESELLER, renamed, REGISTERED)),
                new HistoryEntry(
                        2,
                        "LinkReviewed",
                        reviewed,
                        "manager",
                        "c-9",
                        new PartyEvent.LinkReviewed(RENAMED, NEXTLINE, true, "確認待ちの一覧で同じ事業者と確認", reviewed)),
                new HistoryEntry(
                        3,
                        "RelationshipTerminated",
                        reviewed,
                        "manager",
                        "c-9",
                        new PartyEvent.RelationshipTerminated(
                                RENAMED, RelationshipCause.CONFIRMED_RENAME, NEXTLINE, "確認待ちの一覧で同じ事業者と確認", reviewed)));
        queries.putTrust(RENAMED, new TrustAssessment(TrustStatus.TERMINATED, 0, List.of()));
        appendHistory(
                queries,
                NEXTLINE,
                new HistoryEntry(
                        3,
                        "RenameConfirmed",
                        reviewed,
                        "manager",
                        "c-9",
                        new PartyEvent.RenameConfirmed(NEXTLINE, RENAMED, "確認待ちの一覧で同じ事業者と確認", reviewed)),
                new HistoryEntry(
                        4,
                        "RelationshipReinstated",
                        reviewed.plusSeconds(60),
                        "manager",
                        "c-10",
                        new PartyEvent.RelationshipReinstated(
                                NEXTLINE, RelationshipCause.SAME_BUSINESS, RENAMED, null, reviewed.plusSeconds(60))));
    }

    /** The words a reader sees on the timeline: its text with every tag and attribute left out. */
    private static String timelineText(String page) {
        String timeline =
                page.substring(page.indexOf("id=\"timeline\""), page.indexOf("</ol>", page.indexOf("id=\"timeline\"")));
        return timeline.replaceAll("(?s)<[^>]*>", " ");
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void aConfirmedRename_onTheJapaneseTimeline_namesAndLinksTheOtherParty_withNoEnglishSentenceAndNoRawId()
            throws Exception {
        givenAConfirmedRenameOfNextline();

        for (PartyId page : List.of(RENAMED, NEXTLINE)) {
            PartyId other = page.equals(RENAMED) ? NEXTLINE : RENAMED;
            String html = mvc.perform(get("/parties/" + page))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String text = timelineText(html);

            assertThat(text)
                    .as("the timeline of %s", page)
                    .contains("確認待ちの一覧で同じ事業者と確認")
                    .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                    .doesNotContainPattern("(?i)confirmed|rename|party|under another name|together with");
            assertThat(html)
                    .containsPattern("<a[^>]*href=\"/parties/" + other + "\"[^>]*>"
                            + (other.equals(NEXTLINE) ? "株式会社ネクストライン" : "合同会社ネクスト光サポート") + "</a>");
        }
        String renamedPage = timelineText(mvc.perform(get("/parties/" + RENAMED))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(renamedPage).contains("取引停止先の別名と確認");
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void aConfirmedRename_onTheEnglishTimeline_isWordedInEnglish_andLinksTheOtherParty() throws Exception {
        givenAConfirmedRenameOfNextline();

        String html = mvc.perform(get("/parties/" + RENAMED).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(timelineText(html))
                .contains("confirmed as the terminated party under another name")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(html).containsPattern("<a[^>]*href=\"/parties/" + NEXTLINE + "\"[^>]*>株式会社ネクストライン</a>");
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void aRetractedEntry_staysOnTheTimeline_markedWithTheRetractionThatWithdrewIt() throws Exception {
        givenNextlineWithATrouble();
        appendHistory(
                queries,
                NEXTLINE,
                entry(
                        3,
                        TROUBLE.plusSeconds(60),
                        "kenji",
                        new PartyEvent.EntryRetracted(NEXTLINE, 2, "別の代理店の件だった", TROUBLE.plusSeconds(60))));

        mvc.perform(get("/parties/" + NEXTLINE))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("data-type=\"TroubleLogged\" data-retracted-by=\"3\""),
                                containsString("href=\"#event-3\">#3 で取消済み。数えません</a>"),
                                containsString("記録の取消"),
                                containsString("記録 2 を取消: 別の代理店の件だった"))));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void staffWhoAreNotManagers_seeNoTerminationOrLinkReviewForm_andCannotSendOne() throws Exception {
        givenNextlineWithATrouble();

        mvc.perform(get("/parties/" + NEXTLINE))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"trouble-details\""),
                                not(containsString("id=\"terminate-details\"")),
                                not(containsString("id=\"link-review-details\"")),
                                not(containsString("id=\"retract-details\"")))));
        mvc.perform(form("/parties/" + NEXTLINE + "/termination", "reason", "Enough"))
                .andExpect(status().isForbidden());
        mvc.perform(form("/parties/" + NEXTLINE + "/retractions", "sequence", "2", "reason", "Wrong party"))
                .andExpect(status().isForbidden());
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    @WithMockUser(username = "akiko", roles = "AUDITOR")
    void auditors_readTheHistory_butSeeNoFormAtAll_andCannotSendOne() throws Exception {
        givenNextlineWithATrouble();

        mvc.perform(get("/parties/" + NEXTLINE))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                not(containsString("id=\"trouble-details\"")),
                                not(containsString("id=\"request-details\"")),
                                not(containsString("id=\"terminate-details\"")))));
        mvc.perform(get("/parties")).andExpect(content().string(not(containsString("id=\"register-party\""))));
        mvc.perform(get("/")).andExpect(content().string(not(containsString("id=\"intake-form\""))));
        mvc.perform(form("/parties/" + NEXTLINE + "/troubles")
                        .param("category", "OTHER")
                        .param("severity", "MINOR")
                        .param("description", "Rude"))
                .andExpect(status().isForbidden());
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    @WithMockUser(username = "kenji", roles = "MANAGER")
    void managers_seeTheTerminationAndLinkReviewForms() throws Exception {
        givenNextlineWithATrouble();

        mvc.perform(get("/parties/" + NEXTLINE))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"terminate-details\""),
                                containsString("id=\"link-review-details\""),
                                containsString("id=\"retract-details\""))));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void theSettlementForm_offersTheInvoicesStillOwedOn() throws Exception {
        givenNextlineWithATrouble();
        Instant later = TROUBLE.plusSeconds(60);
        appendHistory(
                queries,
                NEXTLINE,
                entry(
                        3,
                        later,
                        "kenji",
                        new PaymentShort(
                                NEXTLINE,
                                "INV-7",
                                new Yen(11000),
                                new Yen(10560),
                                new Yen(440),
                                ShortfallReason.BANK_FEE_DEDUCTED,
                                0,
                                later)),
                entry(
                        4,
                        later,
                        "kenji",
                        new PaymentShort(
                                NEXTLINE,
                                "INV-8",
                                new Yen(5000),
                                new Yen(0),
                                new Yen(5000),
                                ShortfallReason.UNPAID,
                                0,
                                later)),
                entry(5, later, "kenji", new PaymentSettled(NEXTLINE, "INV-8", new Yen(5000), Yen.ZERO, later)));

        mvc.perform(get("/parties/" + NEXTLINE))
                .andExpect(content()
                        .string(allOf(
                                containsString("<option value=\"INV-7\">"),
                                not(containsString("<option value=\"INV-8\">")))));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void aLongHistory_showsOnePageOfItsTimeline_withThePagesBesideIt() throws Exception {
        givenNextlineWithATrouble();
        List<HistoryEntry> history = new ArrayList<>(queries.history(NEXTLINE));
        for (long sequence = 3; sequence <= 250; sequence++) {
            history.add(entry(
                    sequence,
                    TROUBLE.plusSeconds(sequence),
                    "kenji",
                    new CallerIdentified(
                            NEXTLINE, new PersonName("佐藤 健一"), true, "営業", null, TROUBLE.plusSeconds(sequence))));
        }
        queries.putHistory(NEXTLINE, history);

        String page = mvc.perform(get("/parties/" + NEXTLINE).param("upTo", "150"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(page)
                .contains("id=\"event-101\"", "id=\"event-200\"", "250 件中 101〜200 件目")
                .doesNotContain("id=\"event-100\"", "id=\"event-201\"")
                .contains("upTo=100", "upTo=201", "id=\"earlier-entries\"", "id=\"later-entries\"");
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void replayingToAnEvent_assessesAsOfThatEvent_andGreysWhatCameLater() throws Exception {
        givenNextlineWithATrouble();

        mvc.perform(get("/parties/" + NEXTLINE).param("upTo", "1"))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"replaying\""),
                                containsString("2025-01-10 10:00 時点の状態を表示しています"),
                                containsString("class=\"later\""),
                                containsString("id=\"step-forward\""))));

        assertThat(queries.assessedAsOf()).contains(REGISTERED);
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void replayingToADayBeforeAShortfall_showsEveryDetailAsAsOfAnswersIt_owingNothingYet() throws Exception {
        givenNextlineWithATrouble();
        Instant later = TROUBLE.plus(java.time.Duration.ofDays(60));
        appendHistory(
                queries,
                NEXTLINE,
                entry(
                        3,
                        later,
                        "kenji",
                        new PaymentShort(
                                NEXTLINE,
                                "INV-7",
                                new Yen(11000),
                                new Yen(10560),
                                new Yen(440),
                                ShortfallReason.BANK_FEE_DEDUCTED,
                                0,
                                later)));
        queries.put(
                new PartyView(NEXTLINE, PartyKind.RESELLER, nextline(), false, new Yen(440), 1, REGISTERED, later, 3));
        java.time.LocalDate day =
                TROUBLE.atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate();
        var then = queries.asOf(
                NEXTLINE,
                day.plusDays(1)
                        .atStartOfDay(java.time.ZoneId.of("Asia/Tokyo"))
                        .toInstant()
                        .minusMillis(1));

        String page = mvc.perform(get("/parties/" + NEXTLINE).param("asOf", day.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(then.outstanding()).isEqualTo(Yen.ZERO);
        assertThat(page)
                .contains("data-yen=\"" + then.outstanding().value() + "\">"
                        + then.outstanding().value() + " 円</dd>")
                .doesNotContain("440 円</dd>")
                .contains(then.details().name().value())
                .contains(then.details().address().value())
                .contains("status-" + then.trust().status().name());
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void replayingToADay_assessesAsOfTheEndOfThatDayInJapan() throws Exception {
        givenNextlineWithATrouble();

        mvc.perform(get("/parties/" + NEXTLINE).param("asOf", "2025-02-01")).andExpect(status().isOk());

        assertThat(queries.assessedAsOf()).contains(Instant.parse("2025-02-01T14:59:59.999Z"));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void loggingATrouble_recordsIt_andGoesBackToTheTimeline() throws Exception {
        givenNextlineWithATrouble();
        recorder.answerWith(new RecordOutcome(NEXTLINE, 3, false));

        mvc.perform(form("/parties/" + NEXTLINE + "/troubles")
                        .param("category", "PROMISE_BROKEN")
                        .param("severity", "MAJOR")
                        .param("description", "初月料金の負担の約束が守られない")
                        .param("staffNote", "キャッシュバックの約束の不履行"))
                .andExpect(redirectedUrl("/parties/" + NEXTLINE + "#event-3"));

        var command = recorder.onlyCommand(LogTrouble.class);
        assertThat(command.category()).isEqualTo(TroubleCategory.PROMISE_BROKEN);
        assertThat(command.staffNote()).isEqualTo("キャッシュバックの約束の不履行");
        assertThat(recorder.onlyRecording().recordedBy()).isEqualTo("kenji");
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void aCheckboxNotSent_isNotTicked_evenWithoutItsMarker() throws Exception {
        givenNextlineWithATrouble();
        recorder.answerWith(new RecordOutcome(NEXTLINE, 3, false));

        // A browser sends the box's hidden marker; a hand-made or trimmed submission may send neither.
        mvc.perform(form("/parties/" + NEXTLINE + "/requests", "channel", "PHONE", "summary", "光回線の設定"))
                .andExpect(redirectedUrl("/parties/" + NEXTLINE + "#event-3"));
        assertThat(recorder.onlyCommand(ReceiveRequest.class).onBehalfOfCustomer())
                .isFalse();

        recorder.reset();
        recorder.answerWith(new RecordOutcome(NEXTLINE, 4, false));
        mvc.perform(form("/parties/" + NEXTLINE + "/callers", "callerName", "加藤"))
                .andExpect(redirectedUrl("/parties/" + NEXTLINE + "#event-4"));
        assertThat(recorder.onlyCommand(IdentifyCaller.class).fullNameGiven()).isFalse();
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void aTroubleWithoutCategory_isShownBesideTheField_inTheOpenForm_keepingTheDescription() throws Exception {
        givenNextlineWithATrouble();

        mvc.perform(form("/parties/" + NEXTLINE + "/troubles", "severity", "MAJOR", "description", "書類が届かない"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"trouble-category-error\""),
                                containsString("分類を選んでください"),
                                containsString("書類が届かない</textarea>"),
                                containsString("href=\"/parties/" + NEXTLINE + "?lang=en\""),
                                containsString("<details id=\"trouble-details\" open=\"open\">"))));
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void anAmountThatIsNotANumber_isShownBesideTheField() throws Exception {
        givenNextlineWithATrouble();

        mvc.perform(form("/parties/" + NEXTLINE + "/shortfalls")
                        .param("invoiceRef", "INV-1")
                        .param("invoicedYen", "たくさん")
                        .param("paidYen", "0")
                        .param("shortfallReason", "UNPAID"))
                .andExpect(content()
                        .string(allOf(
                                containsString("金額は 22000、22,000、22,000円 のように入力してください"),
                                containsString("value=\"たくさん\""))));
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void anAmountAsStaffWriteIt_isRecorded() throws Exception {
        givenNextlineWithATrouble();

        mvc.perform(form("/parties/" + NEXTLINE + "/shortfalls")
                .param("invoiceRef", "INV-1")
                .param("invoicedYen", "２２，０００円")
                .param("paidYen", "0円")
                .param("shortfallReason", "UNPAID"));

        assertThat(recorder.onlyCommand(org.trustledger.domain.party.PartyCommand.RecordPaymentShort.class)
                        .invoiced())
                .isEqualTo(new org.trustledger.domain.party.Yen(22000));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void anUnknownParty_answersANotFoundPageInJapanese() throws Exception {
        mvc.perform(get("/parties/" + RENAMED))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("その取引先は登録されていません")));
    }

    private void givenTheRenamedPartyProvisional() {
        givenNextlineWithATrouble();
        queries.put(new PartyView(
                        RENAMED,
                        PartyKind.RESELLER,
                        new PartyDetails(
                                new PartyName("合同会社ネクスト光サポート"),
                                List.of(),
                                new Address("新宿区西新宿1-2-3 サンライズビル5F"),
                                null,
                                null),
                        false,
                        Yen.ZERO,
                        0,
                        REGISTERED,
                        REGISTERED,
                        1)
                .withTrust(new TrustAssessment(TrustStatus.PROVISIONAL, 0, List.of())));
        screener.answer(refusal(), null);
    }

    @Test
    @WithMockUser(username = "kenji", roles = "MANAGER")
    void theReviewQueue_showsWhatConfirmingDoes_andRecordsNothingBeforeTheSecondStepWithAReason() throws Exception {
        givenTheRenamedPartyProvisional();

        mvc.perform(get("/review"))
                .andExpect(content()
                        .string(allOf(
                                containsString("合同会社ネクスト光サポート"),
                                containsString("株式会社ネクストライン"),
                                containsString("サンライズビル 5F"),
                                containsString("confirm-link"),
                                containsString("action=\"/review/confirm\" method=\"get\""))));

        // A first press only shows what will happen.
        mvc.perform(get("/review/confirm")
                        .param("partyId", RENAMED.toString())
                        .param("linkedPartyId", NEXTLINE.toString())
                        .param("confirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"what-happens\""),
                                containsString("合同会社ネクスト光サポート との取引を停止します"),
                                containsString("id=\"review-reason\""),
                                containsString("required"))));

        // An empty reason records nothing and says so beside the field, in one language.
        mvc.perform(form("/review")
                        .param("partyId", RENAMED.toString())
                        .param("linkedPartyId", NEXTLINE.toString())
                        .param("confirmed", "true")
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"what-happens\""),
                                containsString("id=\"reason-error\""),
                                containsString("理由を入力してください"))));
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    @WithMockUser(username = "kenji", roles = "MANAGER")
    void aConfirmedReview_staysInPlaceInTheQueue_andCanBeTakenBackWithAReason() throws Exception {
        givenTheRenamedPartyProvisional();
        var session = new org.springframework.mock.web.MockHttpSession();

        mvc.perform(post("/review")
                        .session(session)
                        .with(csrf())
                        .param("partyId", RENAMED.toString())
                        .param("linkedPartyId", NEXTLINE.toString())
                        .param("confirmed", "true")
                        .param("reason", "同じ建物・同じ代表者"))
                .andExpect(redirectedUrl("/review"));
        var review = recorder.onlyCommand(ReviewLink.class);
        assertThat(review.partyId()).isEqualTo(RENAMED);
        assertThat(review.linkedParty()).isEqualTo(NEXTLINE);
        assertThat(review.confirmed()).isTrue();
        assertThat(review.reason()).isEqualTo("同じ建物・同じ代表者");

        // The party is no longer provisional, yet its card stays where it was, with a way back.
        queries.put(queries.get(RENAMED).withTrust(new TrustAssessment(TrustStatus.TERMINATED, 0, List.of())));
        mvc.perform(get("/review").session(session))
                .andExpect(content()
                        .string(allOf(
                                containsString("合同会社ネクスト光サポート"),
                                containsString("id=\"undo-" + RENAMED + "\""),
                                containsString("取り消す"))));

        recorder.reset();
        mvc.perform(post("/review/undo")
                        .session(session)
                        .with(csrf())
                        .param("partyId", RENAMED.toString())
                        .param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("理由を入力してください")));
        assertThat(recorder.received()).isEmpty();

        mvc.perform(post("/review/undo")
                        .session(session)
                        .with(csrf())
                        .param("partyId", RENAMED.toString())
                        .param("reason", "押し間違い"))
                .andExpect(redirectedUrl("/review"));
        // The termination first, then the review itself: a later termination would block retracting the review.
        assertThat(recorder.received())
                .extracting(r -> (org.trustledger.domain.party.PartyCommand.RetractEntry) r.command())
                .extracting(
                        org.trustledger.domain.party.PartyCommand.RetractEntry::sequence,
                        org.trustledger.domain.party.PartyCommand.RetractEntry::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FakeRecordPartyCommand.SEQUENCE, "押し間違い"),
                        org.assertj.core.groups.Tuple.tuple(FakeRecordPartyCommand.SEQUENCE - 1, "押し間違い"));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "MANAGER")
    void terminatingFromThePartyPage_showsWhatWillHappenFirst_andRecordsOnTheSecondStep() throws Exception {
        givenNextlineWithATrouble();

        mvc.perform(form("/parties/" + NEXTLINE + "/termination", "reason", "未払いが続く"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"terminate-confirm\""),
                                containsString("株式会社ネクストライン との取引を停止します"),
                                containsString("未払いが続く"))));
        assertThat(recorder.received()).isEmpty();

        mvc.perform(form("/parties/" + NEXTLINE + "/termination", "reason", "未払いが続く", "sure", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(recorder.onlyCommand(org.trustledger.domain.party.PartyCommand.TerminateRelationship.class)
                        .reason())
                .isEqualTo("未払いが続く");
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void reports_drawEachChartWithItsTableBeside_countedInTheShopsTimeZone() throws Exception {
        mvc.perform(get("/reports"))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"troubles\""),
                                containsString("2025-03"),
                                containsString("誤ったプランの販売"),
                                containsString("id=\"shortfalls\""),
                                containsString("55,000"),
                                containsString("id=\"statuses\""),
                                containsString("取引停止"),
                                containsString("id=\"verdicts\""),
                                containsString("2025-03-24"),
                                containsString("<svg"),
                                containsString("<table"))));
        assertThat(reports.askedZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void theApi_answersAnUnsupportedLanguageInJapanese_withScoresRounded() throws Exception {
        givenNextlineWithATrouble();

        mvc.perform(get("/api/v1/parties/" + NEXTLINE).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reasons[0].message").value("トラブル 1 件が影響しています（重大 1・大 0・小 0、重み 6.12）。"));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void theApi_roundsScoresAndWeightsToTwoDecimals() throws Exception {
        var match = new Match(
                NEXTLINE,
                "株式会社ネクストライン",
                PartyKind.RESELLER,
                TrustStatus.TERMINATED,
                List.of(new IdentityEvidence(
                        IdentityEvidence.Kind.ADDRESS,
                        IdentityEvidence.Grade.LINKING,
                        0.1 + 0.2,
                        new IdentityEvidence.Detail("identity.detail.ADDRESS", java.util.List.of(), "サンライズビル"))),
                0.7 * 0.5,
                false);
        screener.answer(
                new ScreeningResult(
                        Verdict.ACCEPT,
                        Priority.NORMAL,
                        List.of(ScreeningReason.of(
                                ScreeningReasonCode.NO_CONCERN, Verdict.ACCEPT, Map.of(), List.of())),
                        List.of(match)),
                null);

        mvc.perform(post("/api/v1/screenings")
                        .contentType("application/json")
                        .content("{\"companyName\":\"ネクスト\",\"onBehalfOfCustomer\":false}"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("\"score\":0.35"),
                                containsString("\"weight\":0.3"),
                                not(containsString("0.35000000000000003")),
                                not(containsString("0.30000000000000004")))));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void theLanguage_followsTheChoice_andAnUnsupportedOneGetsJapanese() throws Exception {
        mvc.perform(get("/reports").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Reports"), containsString("lang=\"en\""))));
        mvc.perform(get("/reports").header("Accept-Language", "fr"))
                .andExpect(content().string(allOf(containsString("レポート"), containsString("lang=\"ja\""))));
    }

    @Test
    void aFormSentWithAStaleToken_isForwardedToTheProductsOwnPage_notWhitelabel() throws Exception {
        mvc.perform(post("/intake")
                        .with(user("kenji").roles("STAFF"))
                        .with(csrf().useInvalidToken())
                        .param("companyName", "株式会社ネクストライン"))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl(
                        "/form-expired"));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void theFormExpiredPage_keepsWhatWasTyped_andSendsItAgainWithAFreshToken() throws Exception {
        mvc.perform(form("/form-expired")
                        .requestAttr(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI, "/intake")
                        .param("companyName", "株式会社ネクストライン")
                        .param("_csrf", "stale"))
                .andExpect(status().isForbidden())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"form-expired\""),
                                containsString("action=\"/intake\""),
                                containsString("value=\"株式会社ネクストライン\""),
                                containsString("もう一度送信"),
                                not(containsString("value=\"stale\"")),
                                not(containsString("Whitelabel")))));
    }

    @Test
    void theFormExpiredPage_withTheSignInGone_showsWhatWasTypedInEnglish() throws Exception {
        mvc.perform(form("/form-expired")
                        .header("Accept-Language", "en")
                        .requestAttr(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI, "/intake")
                        .param("companyName", "Nextline")
                        .param("password", "secret"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Nextline"),
                                containsString("Sign in again"),
                                not(containsString("secret")),
                                not(containsString("もう一度")))));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void anUnknownDashboardPage_isTheProductsOwnPage() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("ページが見つかりません"), not(containsString("Whitelabel")))));
    }

    @Test
    @WithMockUser(username = "kenji", roles = "STAFF")
    void theIntake_takesTheRepresentativeAndBankAccountUnderDetails_andScreensWithThem() throws Exception {
        screener.answer(refusal(), null);

        mvc.perform(get("/"))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"intake-more\""),
                                containsString("詳しく"),
                                containsString("name=\"representative\""),
                                containsString("name=\"accountNumber\""))));

        mvc.perform(form("/intake")
                        .param("companyName", "合同会社ネクスト光サポート")
                        .param("representative", "山田 太郎")
                        .param("bank", "みずほ銀行")
                        .param("branch", "新宿支店")
                        .param("accountType", "ORDINARY")
                        .param("accountNumber", "1234567")
                        .param("onBehalfOfCustomer", "false")
                        .param("channel", "PHONE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<details id=\"intake-more\" open")));

        var request = screener.requests().getLast();
        assertThat(request.representative()).isNotNull();
        assertThat(request.representative().value()).contains("山田");
        assertThat(request.bankAccount()).isNotNull();
        assertThat(request.bankAccount().number()).isEqualTo("1234567");
    }
}
