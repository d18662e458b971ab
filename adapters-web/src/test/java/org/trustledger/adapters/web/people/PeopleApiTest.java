package org.trustledger.adapters.web.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trustledger.adapters.web.party.InMemoryPartyQueries;
import org.trustledger.adapters.web.party.PartyApiTest;
import org.trustledger.adapters.web.security.InMemoryAccessLog;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.in.PeopleQuery.Correction;
import org.trustledger.application.port.in.PeopleQuery.DisclosedEntry;
import org.trustledger.application.port.in.PeopleQuery.Disclosure;
import org.trustledger.application.port.in.PeopleQuery.PartyRef;
import org.trustledger.application.port.in.PeopleQuery.PersonFound;
import org.trustledger.application.port.out.AccessLog;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.DetailChange.Field;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyPeople.Role;
import org.trustledger.domain.party.PersonId;
import org.trustledger.domain.party.Yen;

/**
 * The people search and a disclosure over the API and the dashboard: who may read them, what a refused query or an
 * unknown id answers, what a disclosure holds (entries with who recorded them, corrections with both values, exports
 * with whom they went to), and that every export and every auditor's read of a person is in the access log — without
 * the name or number an auditor searched for.
 */
@PartyApiTest
class PeopleApiTest {
    static final PartyId CUSTOMER = PartyId.of("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    static final PartyId RESELLER = PartyId.of("6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f60");
    static final PersonId CALLER = new PersonId(UUID.fromString("3e2f1a0b-9c8d-8e7f-a6b5-c4d3e2f1a0b9"));
    static final Instant T0 = Instant.parse("2025-03-01T01:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    FakePeople people;

    @Autowired
    InMemoryAccessLog log;

    @Autowired
    InMemoryPartyQueries parties;

    @BeforeEach
    void known() {
        people.reset();
        log.reset();
        parties.reset();
        PartyDetails before = details("090-8765-4321");
        PartyDetails after = details("090-1111-0000");
        PartyRef customer = new PartyRef(CUSTOMER, "鷺沼 千景", PartyKind.CUSTOMER);
        people.put(new Disclosure(
                PersonId.of(CUSTOMER),
                true,
                null,
                List.of("鷺沼 千景"),
                List.of(PhoneNumber.parse("090-1111-0000")),
                after,
                List.of(
                        new DisclosedEntry(
                                customer,
                                Set.of(Role.CUSTOMER),
                                new HistoryEntry(
                                        1,
                                        "PartyRegistered",
                                        T0,
                                        "hanako",
                                        "c-1",
                                        new PartyRegistered(CUSTOMER, PartyKind.CUSTOMER, before, T0)),
                                null),
                        new DisclosedEntry(
                                customer,
                                Set.of(Role.CUSTOMER),
                                new HistoryEntry(
                                        2,
                                        "PartyAmended",
                                        at(2),
                                        "kenji",
                                        "c-2",
                                        new PartyAmended(CUSTOMER, PartyKind.CUSTOMER, after, at(2))),
                                null)),
                List.of(new Correction(
                        CUSTOMER,
                        Field.PHONES,
                        List.of("090-8765-4321"),
                        1,
                        T0,
                        List.of("090-1111-0000"),
                        2,
                        at(2),
                        "kenji"))));
        PartyRef reseller = new PartyRef(RESELLER, "株式会社ネクストライン", PartyKind.RESELLER);
        people.put(new Disclosure(
                CALLER,
                false,
                null,
                List.of("山田太郎"),
                List.of(PhoneNumber.parse("090-2222-3333")),
                null,
                List.of(new DisclosedEntry(
                        reseller,
                        Set.of(Role.CALLER),
                        new HistoryEntry(
                                3,
                                "CallerIdentified",
                                at(3),
                                "kenji",
                                "c-3",
                                new CallerIdentified(
                                        RESELLER,
                                        new PersonName("山田太郎"),
                                        true,
                                        "営業",
                                        PhoneNumber.parse("090-2222-3333"),
                                        at(3))),
                        5L)),
                List.of()));
        people.put(new PersonFound(
                CALLER,
                List.of("山田太郎"),
                List.of(PhoneNumber.parse("090-2222-3333")),
                Set.of(Role.CALLER),
                List.of(reseller),
                1,
                at(3)));
        // Exports: the whole ledger before anything of the caller was recorded, the reseller's after, another party's.
        log.record(new AccessLog.Entry("akiko", "GET /api/v1/export/ledger?format=csv", at(1)));
        log.record(new AccessLog.Entry("akiko", "GET /api/v1/parties/" + RESELLER + "/export?format=jsonl", at(4)));
        log.record(new AccessLog.Entry("hanako", "GET /api/v1/export/ledger", at(5)));
        log.record(new AccessLog.Entry(
                "hanako", "GET /api/v1/parties/0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e/export", at(6)));
    }

    @Test
    void aManager_findsAPersonByNameOrNumber_withTheirPartiesAndWhereTheirDisclosureIs() throws Exception {
        mvc.perform(get("/api/v1/people").param("q", "山田").with(user("hanako").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].personId").value(CALLER.toString()))
                .andExpect(jsonPath("$.items[0].phones[0].display").value("090-2222-3333"))
                .andExpect(jsonPath("$.items[0].roles[0]").value("CALLER"))
                .andExpect(jsonPath("$.items[0].parties[0].name").value("株式会社ネクストライン"))
                .andExpect(jsonPath("$.items[0].href").value("/api/v1/people/" + CALLER + "/disclosure"));
    }

    @Test
    void anEmptyOrOneLetterQuery_isA400NamingTheSearch() throws Exception {
        for (String q : new String[] {null, "", "山"}) {
            var request = get("/api/v1/people").with(user("hanako").roles("MANAGER"));
            if (q != null) {
                request.param("q", q);
            }
            mvc.perform(request)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.errors[0].field").value("q"));
        }
    }

    @Test
    void anUnknownId_isA404_andAMalformedOne_aA400_neverA500() throws Exception {
        mvc.perform(get("/api/v1/people/" + UUID.randomUUID() + "/disclosure")
                        .with(user("hanako").roles("MANAGER")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type", containsString("unknown-person")));
        mvc.perform(get("/api/v1/people/not-an-id/disclosure")
                        .with(user("hanako").roles("MANAGER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        mvc.perform(get("/people/" + UUID.randomUUID()).with(user("hanako").roles("MANAGER")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("保有している個人データはありません")));
        mvc.perform(get("/people/not-an-id").with(user("hanako").roles("MANAGER")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aPrivateCustomersDisclosure_holdsTheirDetails_everyEntryWithWhoRecordedIt_andEachCorrection()
            throws Exception {
        mvc.perform(get("/api/v1/people/" + CUSTOMER + "/disclosure")
                        .with(user("hanako").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.privateCustomer").value(true))
                .andExpect(jsonPath("$.details.name[0]").value("鷺沼 千景"))
                .andExpect(jsonPath("$.details.phones[0]").value("090-1111-0000"))
                .andExpect(jsonPath("$.entries", hasSize(2)))
                .andExpect(jsonPath("$.entries[1].type").value("PartyAmended"))
                .andExpect(jsonPath("$.entries[1].recordedBy").value("kenji"))
                .andExpect(jsonPath("$.entries[1].recordedAt").value(at(2).toString()))
                .andExpect(jsonPath("$.entries[1].roles[0]").value("CUSTOMER"))
                .andExpect(jsonPath("$.entries[1].text").exists())
                .andExpect(jsonPath("$.corrections[0].field").value("phones"))
                .andExpect(jsonPath("$.corrections[0].before[0]").value("090-8765-4321"))
                .andExpect(jsonPath("$.corrections[0].since").value(T0.toString()))
                .andExpect(jsonPath("$.corrections[0].after[0]").value("090-1111-0000"))
                .andExpect(jsonPath("$.corrections[0].correctedAt").value(at(2).toString()))
                .andExpect(jsonPath("$.corrections[0].correctedBy").value("kenji"));
    }

    @Test
    void aCallersDisclosure_listsTheExportsThatHeldTheirData_withWhomTheyWentTo() throws Exception {
        mvc.perform(get("/api/v1/people/" + CALLER + "/disclosure")
                        .with(user("hanako").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.privateCustomer").value(false))
                .andExpect(jsonPath("$.details").doesNotExist())
                .andExpect(jsonPath("$.entries[0].retractedBy").value(5))
                .andExpect(jsonPath("$.exports", hasSize(2)))
                .andExpect(jsonPath("$.exports[0].by").value("akiko"))
                .andExpect(jsonPath("$.exports[0].scope").value("PARTY"))
                .andExpect(jsonPath("$.exports[0].partyId").value(RESELLER.toString()))
                .andExpect(jsonPath("$.exports[0].format").value("jsonl"))
                .andExpect(jsonPath("$.exports[1].by").value("hanako"))
                .andExpect(jsonPath("$.exports[1].scope").value("LEDGER"));
    }

    @Test
    void theDisclosurePage_saysTheSame_inJapanese_readyToPrint() throws Exception {
        String page = mvc.perform(get("/people/" + CUSTOMER).with(user("hanako").roles("MANAGER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("保有個人データの開示", "鷺沼 千景", "訂正の履歴", "090-8765-4321", "090-1111-0000", "kenji")
                .contains("2025-03-01 10:00", "2025-03-01 10:02")
                .contains("class=\"no-print\"");
    }

    @Test
    void staff_mayNotSearchPeople_norReadADisclosure() throws Exception {
        mvc.perform(get("/api/v1/people").param("q", "山田").with(user("kenji").roles("STAFF")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/" + CALLER + "/disclosure")
                        .with(user("kenji").roles("STAFF")))
                .andExpect(status().isForbidden());
        assertThat(people.asked()).isEmpty();
    }

    @Test
    void anAuditorsSearchesAndDisclosure_areLogged_withoutTheNameOrNumberSearched() throws Exception {
        // In the address, as a browser or a script sends it.
        mvc.perform(get("/api/v1/people?q={q}", "山田").with(user("akiko").roles("AUDITOR")))
                .andExpect(status().isOk());
        mvc.perform(get("/people?q={q}&lang=ja", "090-2222-3333")
                        .with(user("akiko").roles("AUDITOR")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/people/" + CALLER + "/disclosure")
                        .with(user("akiko").roles("AUDITOR")))
                .andExpect(status().isOk());
        // A party search, and the intake opened with a caller's number, may be searches for a person too.
        mvc.perform(get("/api/v1/parties?kind=CUSTOMER&q={q}", "山田")
                        .with(user("akiko").roles("AUDITOR")))
                .andExpect(status().isOk());
        mvc.perform(get("/?phone={phone}&callerName={name}", "090-2222-3333", "山田")
                        .with(user("akiko").roles("AUDITOR")))
                .andExpect(status().isOk());

        List<String> actions = log.entries().stream()
                .map(AccessLog.Entry::action)
                .filter(a -> a.contains("people") || a.contains("q=") || a.contains("phone="))
                .toList();
        assertThat(actions)
                .containsExactly(
                        "GET /api/v1/people?q=…",
                        "GET /people?q=…&lang=ja",
                        "GET /api/v1/people/" + CALLER + "/disclosure",
                        "GET /api/v1/parties?kind=CUSTOMER&q=…",
                        "GET /?phone=…&callerName=…");
        assertThat(actions).noneMatch(a -> a.contains("山田") || a.contains("2222") || a.contains("%"));
    }

    @Test
    void aManagersExport_isLogged_asEveryExportIs_whileTheirOtherReadsAreNot() throws Exception {
        parties.put(new PartyView(
                RESELLER,
                PartyKind.RESELLER,
                new PartyDetails(new PartyName("株式会社ネクストライン"), List.of(), null, null, null),
                false,
                Yen.ZERO,
                0,
                T0,
                T0,
                1));
        parties.putHistory(RESELLER, List.of());
        log.reset();

        MvcResult export = mvc.perform(get("/api/v1/export/ledger?format=csv")
                        .with(user("hanako").roles("MANAGER")))
                .andReturn();
        export.getAsyncResult();
        mvc.perform(asyncDispatch(export)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/parties/" + RESELLER).with(user("hanako").roles("MANAGER")))
                .andExpect(status().isOk());

        assertThat(log.entries())
                .extracting(AccessLog.Entry::username, AccessLog.Entry::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hanako", "GET /api/v1/export/ledger?format=csv"));
    }

    private static PartyDetails details(String phone) {
        return new PartyDetails(new PartyName("鷺沼 千景"), List.of(PhoneNumber.parse(phone)), null, null, null);
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }
}
