package org.trustledger.adapters.web.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bytes are read strictly: a field given twice, invalid UTF-8, a lone surrogate, a date no ledger holds, or a token
 * header that is not visible ASCII is a 400 problem naming what is wrong, and nothing is recorded.
 */
@PartyApiTest
@WithMockUser(username = "hanako", roles = "MANAGER")
class StrictBytesApiTest {
    static final String PARTY = "/api/v1/parties/" + TestParties.ACME.value();

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeRecordPartyCommand recorder;

    @BeforeEach
    void forget() {
        recorder.reset();
    }

    @Test
    void aFieldGivenTwice_isRefusedNamingIt() throws Exception {
        mvc.perform(post(PARTY + "/payment-shortfalls")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"invoiceRef": "INV-1", "invoicedYen": 1000, "invoicedYen": 5, "paidYen": 0,
                         "reason": "UNPAID", "daysLate": 3}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("invoicedYen"));

        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void overlongUtf8_isRefused() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write("{\"category\": \"OTHER\", \"severity\": \"MINOR\", \"description\": \"a"
                .getBytes(StandardCharsets.UTF_8));
        body.write(new byte[] {(byte) 0xC0, (byte) 0xAF});
        body.write("b\"}".getBytes(StandardCharsets.UTF_8));

        mvc.perform(post(PARTY + "/troubles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toByteArray()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void aLoneSurrogate_isRefusedNamingTheField() throws Exception {
        mvc.perform(post(PARTY + "/troubles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"category": "OTHER", "severity": "MINOR", "description": "half \\ud800 a character"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"));

        assertThat(recorder.received()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "1899-12-31", "2100-01-01", "9999-12-31"})
    void aDateNoLedgerHolds_isRefusedNamingTheField(String date) throws Exception {
        mvc.perform(post(PARTY + "/troubles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"category": "OTHER", "severity": "MINOR", "description": "Rude", "occurredOn": "%s"}""".formatted(date)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("occurredOn"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("1900-01-01")));

        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void nonAsciiTokenHeaders_areA400Problem() throws Exception {
        // Tomcat reads header bytes as Latin-1: a UTF-8 key arrives as these characters.
        String key = new String("キー".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        String valid = """
                {"category": "OTHER", "severity": "MINOR", "description": "Rude"}""";

        mvc.perform(post(PARTY + "/troubles")
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(valid))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("Idempotency-Key")));
        mvc.perform(put(PARTY)
                        .header("If-Match", "\"" + key + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "CUSTOMER", "name": "Acme", "phones": ["03-1234-5678"], "address": "Tokyo"}"""))
                .andExpect(status().isBadRequest());
        mvc.perform(get(PARTY).header("If-None-Match", "\"" + key + "\""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void aDashboardFormWithInvalidUtf8_isRefused() throws Exception {
        mvc.perform(post("/parties")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("kind=CUSTOMER&name=Over%C0%AFlong&phones=03-1234-5678"))
                .andExpect(status().isBadRequest());

        assertThat(recorder.received()).isEmpty();
    }
}
