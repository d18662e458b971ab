package org.trustledger.adapters.web.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.trustledger.domain.trust.Reason;
import org.trustledger.domain.trust.ReasonCode;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustStatus;

/** A party's trust status with its reasons, in the reader's language, now or as of a past instant. */
@PartyApiTest
@WithMockUser(username = "hanako", roles = "MANAGER")
class TrustApiTest {
    static final String ACME_PATH = "/api/v1/parties/" + TestParties.ACME.value();

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryPartyQueries queries;

    @BeforeEach
    void setUp() {
        queries.reset();
        queries.put(TestParties.acme());
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("count", 2);
        args.put("minor", 0);
        args.put("major", 0);
        args.put("severe", 2);
        args.put("weight", 11.4);
        queries.putTrust(
                TestParties.ACME,
                new TrustAssessment(
                        TrustStatus.UNRELIABLE, 11.4, List.of(Reason.of(ReasonCode.TROUBLES, args, List.of(3L, 5L)))));
    }

    @Test
    void get_showsTheStatusScoreAndReasons_inJapaneseByDefault() throws Exception {
        mvc.perform(get(ACME_PATH).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNRELIABLE"))
                .andExpect(jsonPath("$.score").value(11.4))
                .andExpect(jsonPath("$.reasons[0].code").value("TROUBLES"))
                .andExpect(jsonPath("$.reasons[0].message").value("トラブル 2 件が影響しています（重大 2・大 0・小 0、重み 11.4）。"))
                .andExpect(jsonPath("$.reasons[0].eventSequences[0]").value(3))
                .andExpect(jsonPath("$.reasons[0].eventSequences[1]").value(5));
        assertThat(queries.assessedAsOf()).containsExactly(PartyApiTestConfiguration.NOW);
    }

    @Test
    void get_speaksEnglish_whenAskedTo() throws Exception {
        mvc.perform(get(ACME_PATH).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.reasons[0].message")
                        .value("2 trouble(s) still weigh (2 severe, 0 major, 0 minor; weight 11.4)."));
    }

    @Test
    void get_asOf_assessesAsOfThatInstant_forAnAuditor() throws Exception {
        mvc.perform(get(ACME_PATH).param("asOf", "2025-03-10T00:00:00Z")).andExpect(status().isOk());
        assertThat(queries.assessedAsOf()).containsExactly(Instant.parse("2025-03-10T00:00:00Z"));
    }

    @Test
    void get_asOfThatIsNoInstant_isABadRequest_showingTheAcceptedForms() throws Exception {
        mvc.perform(get(ACME_PATH).param("asOf", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("2026-02-01T09:30:00+09:00")))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("2026-01-31T00:00:00Z")))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("「2026-02-01」（日本時間のその日の終わり）")));
    }

    @Test
    void get_asOfADate_assessesAtTheEndOfThatDayInTheShopsTimeZone() throws Exception {
        mvc.perform(get(ACME_PATH).param("asOf", "2026-02-01")).andExpect(status().isOk());

        // 2026-02-01 ends at midnight in Tokyo, 15:00 UTC.
        assertThat(queries.assessedAsOf()).containsExactly(Instant.parse("2026-02-01T14:59:59.999999999Z"));
    }

    @Test
    void get_asOfWithAnOffsetOrInTheShopsLocalTime_isTheSameInstant() throws Exception {
        mvc.perform(get(ACME_PATH).param("asOf", "2026-02-01T09:30:00+09:00")).andExpect(status().isOk());
        mvc.perform(get(ACME_PATH).param("asOf", "2026-02-01T09:30")).andExpect(status().isOk());

        assertThat(queries.assessedAsOf())
                .containsExactly(Instant.parse("2026-02-01T00:30:00Z"), Instant.parse("2026-02-01T00:30:00Z"));
    }

    @Test
    void get_asOfAnImpossibleDate_isABadRequest() throws Exception {
        mvc.perform(get(ACME_PATH).param("asOf", "2026-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    @Test
    void list_filtersByStatus_andAnUnknownStatusIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/parties").param("status", "WATCH")).andExpect(status().isOk());
        assertThat(queries.searches()).extracting(s -> s.status()).containsExactly(TrustStatus.WATCH);

        mvc.perform(get("/api/v1/parties").param("status", "SAFE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("UNRELIABLE")));
    }
}
