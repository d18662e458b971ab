package org.trustledger.adapters.web.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.LogTrouble;
import org.trustledger.domain.party.PartyCommand.RecordPaymentShort;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.Yen;

/**
 * Amounts, dates and phones as Japanese staff type them were refused before: 22,000円, 2026/11/30, 令和8年11月30日,
 * 03ー1234ー5678, 03-1234-5678（代表）. What still cannot be read keeps its field error, and a name carrying a
 * bidirectional control is refused by the domain's factory as well as by the JSON reader.
 */
@PartyApiTest
@WithMockUser(username = "hanako", roles = "MANAGER")
class JapaneseInputApiTest {
    static final String ACME_PATH = "/api/v1/parties/" + TestParties.ACME.value();

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeRecordPartyCommand recorder;

    @Autowired
    InMemoryPartyQueries queries;

    @BeforeEach
    void forget() {
        recorder.reset();
        queries.reset();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"22000", "\"22000\"", "\"22,000\"", "\"22000円\"", "\"２２，０００円\"", "\"¥22,000\"", "\"22,000 円\""})
    void yenAsStaffWriteIt_isRead(String yen) throws Exception {
        send(ACME_PATH + "/payment-shortfalls", """
                {"invoiceRef": "INV-1", "invoicedYen": %s, "paidYen": "0円", "reason": "UNPAID"}""".formatted(yen)).andExpect(status().isCreated());

        RecordPaymentShort command = recorder.onlyCommand(RecordPaymentShort.class);
        assertThat(command.invoiced()).isEqualTo(new Yen(22000));
        assertThat(command.paid()).isEqualTo(new Yen(0));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-30",
                "2026/11/30",
                "2026/11/30",
                "２０２６／１１／３０",
                "2026年11月30日",
                "令和8年11月30日",
                "R8.11.30",
                "r8/11/30"
            })
    void datesAsStaffWriteThem_areRead(String date) throws Exception {
        send(ACME_PATH + "/troubles", """
                {"category": "OTHER", "severity": "MINOR", "description": "工事日の変更", "occurredOn": "%s"}""".formatted(date)).andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(LogTrouble.class).occurredOn()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026/11/31", "令和8年13月1日", "平成40年1月1日", "R8", "2026.11", "来週", " 2026-11-30"})
    void aDateThatCannotBeRead_isAFieldError(String date) throws Exception {
        send(ACME_PATH + "/troubles", """
                {"category": "OTHER", "severity": "MINOR", "description": "工事日の変更", "occurredOn": "%s"}""".formatted(date))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
        assertThat(recorder.received()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"03ー1234ー5678", "03-1234-5678（代表）", "03-1234-5678（FAX）", "０３ー１２３４ー５６７８"})
    void phonesAsStaffWriteThem_areRead(String phone) throws Exception {
        send(ACME_PATH + "/callers", """
                {"name": "加藤 大輔", "fullNameGiven": true, "phone": "%s"}""".formatted(phone)).andExpect(status().isCreated());

        assertThat(recorder.onlyCommand(IdentifyCaller.class).callBack()).isEqualTo(PhoneNumber.parse("03-1234-5678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u202Eンイラトスクネ", "ネクスト\\u2066ライン"})
    void aNameThatCanOnlyMislead_isRefusedWithItsField(String name) throws Exception {
        send("/api/v1/parties", """
                {"kind": "RESELLER", "name": "%s"}""".formatted(name))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(recorder.received()).noneMatch(RegisterParty.class::isInstance);
    }

    private ResultActions send(String path, String json) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
