package org.trustledger.adapters.web.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.trustledger.adapters.web.support.CorrelationIdFilter;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.Recording;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.BankAccount.AccountType;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyCommand.AmendParty;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyKind;

@PartyApiTest
@WithMockUser(username = "hanako", roles = "MANAGER")
class PartyRegistrationApiTest {
    /** Written as staff type it: padded name, national and full-width phone numbers, a full-width account number. */
    static final String ACME_AS_TYPED = """
            {"kind": "RESELLER",
             "name": "  Acme Hikari  ",
             "phones": ["03-1234-5678", "０９０－１２３４－５６７８"],
             "address": "1-2-3 Nishi-Shinjuku, Tokyo",
             "representative": "Taro Yamada",
             "bankAccount": {"bank": "Mizuho", "branch": "Shinjuku", "type": "CURRENT",
                             "number": "１２３－４５６７", "holder": "Acme Hikari"}}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeRecordPartyCommand recorder;

    @BeforeEach
    void forgetEarlierRequests() {
        recorder.reset();
    }

    @Test
    void register_passesTheMappedDetailsToTheUseCase() throws Exception {
        register(ACME_AS_TYPED).andExpect(status().isCreated());

        RegisterParty command = recorder.onlyCommand(RegisterParty.class);
        assertThat(command.kind()).isEqualTo(PartyKind.RESELLER);
        assertThat(command.details())
                .isEqualTo(new PartyDetails(
                        new PartyName("Acme Hikari"),
                        List.of(new PhoneNumber("+81312345678"), new PhoneNumber("+819012345678")),
                        new Address("1-2-3 Nishi-Shinjuku, Tokyo"),
                        new PersonName("Taro Yamada"),
                        new BankAccount("Mizuho", "Shinjuku", AccountType.CURRENT, "1234567", "Acme Hikari")));
        assertThat(command.details().bankAccount().number()).isEqualTo("1234567");
        assertThat(command.recordedAt()).isEqualTo(PartyApiTestConfiguration.NOW);
    }

    @Test
    void register_withOnlyKindAndName_leavesTheRestEmpty() throws Exception {
        register("""
                        {"kind": "CUSTOMER", "name": "Sato Hanako"}""").andExpect(status().isCreated());

        RegisterParty command = recorder.onlyCommand(RegisterParty.class);
        assertThat(command.kind()).isEqualTo(PartyKind.CUSTOMER);
        assertThat(command.details())
                .isEqualTo(new PartyDetails(new PartyName("Sato Hanako"), List.of(), null, null, null));
    }

    @Test
    void register_answers201WithTheNewPartysLocationAndSequence() throws Exception {
        ResultActions response = register(ACME_AS_TYPED);

        UUID partyId = recorder.onlyCommand(RegisterParty.class).partyId().value();
        response.andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/parties/" + partyId))
                .andExpect(header().string("Idempotent-Replayed", "false"))
                .andExpect(jsonPath("$.partyId").value(partyId.toString()))
                .andExpect(jsonPath("$.sequence").value(FakeRecordPartyCommand.SEQUENCE));
    }

    @Test
    void register_eachRegistrationGetsItsOwnPartyId() throws Exception {
        register(ACME_AS_TYPED).andExpect(status().isCreated());
        register(ACME_AS_TYPED).andExpect(status().isCreated());

        assertThat(recorder.received())
                .extracting(r -> r.command().partyId())
                .doesNotHaveDuplicates()
                .hasSize(2);
    }

    @Test
    void register_recordsTheSignedInUserAndTheGivenCorrelationId() throws Exception {
        register(ACME_AS_TYPED, "ticket-4711:retry.2")
                .andExpect(status().isCreated())
                .andExpect(header().string(CorrelationIdFilter.HEADER, "ticket-4711:retry.2"));

        assertThat(recorder.onlyRecording()).isEqualTo(Recording.of("hanako", "ticket-4711:retry.2"));
    }

    @Test
    void register_withoutCorrelationId_generatesOneAndEchoesIt() throws Exception {
        String echoed = register(ACME_AS_TYPED)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader(CorrelationIdFilter.HEADER);

        assertThat(echoed).isNotBlank();
        assertThat(UUID.fromString(echoed)).isNotNull();
        assertThat(recorder.onlyRecording().correlationId()).isEqualTo(echoed);
    }

    @Test
    void register_withMalformedCorrelationId_replacesIt() throws Exception {
        String echoed = register(ACME_AS_TYPED, "no spaces or <tags> allowed")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader(CorrelationIdFilter.HEADER);

        assertThat(echoed).isNotEqualTo("no spaces or <tags> allowed");
        assertThat(recorder.onlyRecording().correlationId()).isEqualTo(echoed);
    }

    @Test
    void amend_passesAnAmendPartyCommandForThePathsParty() throws Exception {
        mvc.perform(put("/api/v1/parties/" + TestParties.ACME.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "CARRIER", "name": "Acme Hikari Mobile", "phones": ["06-6123-4567"]}"""))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "false"))
                .andExpect(jsonPath("$.partyId").value(TestParties.ACME.value().toString()))
                .andExpect(jsonPath("$.sequence").value(FakeRecordPartyCommand.SEQUENCE));

        assertThat(recorder.onlyCommand(AmendParty.class))
                .isEqualTo(new AmendParty(
                        TestParties.ACME,
                        PartyKind.CARRIER,
                        new PartyDetails(
                                new PartyName("Acme Hikari Mobile"),
                                List.of(new PhoneNumber("+81661234567")),
                                null,
                                null,
                                null),
                        PartyApiTestConfiguration.NOW));
    }

    @Test
    void amend_keepsTheEmailsAndWebsitesItIsGiven() throws Exception {
        mvc.perform(put("/api/v1/parties/" + TestParties.ACME.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "RESELLER", "name": "Acme Hikari", "emails": ["sales@acme.example.jp"],
                                 "websites": ["https://www.acme.example.jp/"]}"""))
                .andExpect(status().isOk());

        var details = recorder.onlyCommand(AmendParty.class).details();
        assertThat(details.emails()).extracting(e -> e.value()).containsExactly("sales@acme.example.jp");
        assertThat(details.websites()).hasSize(1);
    }

    @Test
    void amend_replayed_saysSo() throws Exception {
        recorder.answerWith(new RecordOutcome(TestParties.ACME, 3, true));

        mvc.perform(put("/api/v1/parties/" + TestParties.ACME.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", "amend-1")
                        .content("""
                                {"kind": "CARRIER", "name": "Acme Hikari Mobile"}"""))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.sequence").value(3));
    }

    private ResultActions register(String json) throws Exception {
        return mvc.perform(
                post("/api/v1/parties").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions register(String json, String correlationId) throws Exception {
        return mvc.perform(post("/api/v1/parties")
                .contentType(MediaType.APPLICATION_JSON)
                .header(CorrelationIdFilter.HEADER, correlationId)
                .content(json));
    }
}
