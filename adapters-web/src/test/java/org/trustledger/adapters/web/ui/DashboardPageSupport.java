package org.trustledger.adapters.web.ui;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustledger.adapters.web.party.InMemoryPartyQueries;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyId;

/** What the dashboard page tests share: a party and its history put into the fake queries, forms and pages. */
final class DashboardPageSupport {
    private DashboardPageSupport() {}

    /** An entry as the event store hands it out: named by its event's type, from the command numbered as the entry. */
    static HistoryEntry entry(long sequence, Instant at, String recordedBy, PartyEvent event) {
        return new HistoryEntry(sequence, event.getClass().getSimpleName(), at, recordedBy, "c-" + sequence, event);
    }

    /** Puts the party into the fake queries with exactly this history. */
    static void givenParty(InMemoryPartyQueries queries, PartyView party, HistoryEntry... history) {
        queries.put(party);
        queries.putHistory(party.partyId(), List.of(history));
    }

    /** Adds entries after the party's history as the fake queries hold it. */
    static void appendHistory(InMemoryPartyQueries queries, PartyId party, HistoryEntry... later) {
        List<HistoryEntry> history = new ArrayList<>(queries.history(party));
        history.addAll(List.of(later));
        queries.putHistory(party, history);
    }

    /** A form sent from a page, so with its CSRF token, carrying the given name and value pairs. */
    static MockHttpServletRequestBuilder form(String path, String... namesAndValues) {
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request;
    }

    /** The page the request answers, which must answer it, as the text a browser reads. */
    static String page(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
