package org.trustledger.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.trustledger.adapters.web.party.InMemoryPartyQueries;
import org.trustledger.adapters.web.party.PartyApiTest;
import org.trustledger.domain.party.PartyId;

/**
 * Every read route an auditor may use is walked, whatever its path: each one that answers with party data is in the
 * access log, so a route added tomorrow is logged without anybody remembering to list it.
 */
@PartyApiTest
class AuditorReadsLoggedTest {
    static final String PARTY_ID = "6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f60";

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryAccessLog log;

    @Autowired
    InMemoryPartyQueries queries;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @BeforeEach
    void givenAParty() {
        log.reset();
        queries.reset();
        queries.putHistory(PartyId.of(PARTY_ID), List.of());
    }

    @Test
    void theBiggestReads_theWholeLedgerAndTheReviewList_areLogged() throws Exception {
        for (String path : List.of("/api/v1/export/ledger?format=jsonl", "/review")) {
            assertThat(readAsAuditor(path)).as(path).isLessThan(400);
        }

        assertThat(log.entries())
                .extracting(e -> e.action())
                .anyMatch(a -> a.startsWith("GET /api/v1/export/ledger"))
                .anyMatch(a -> a.equals("GET /review"));
    }

    @Test
    void everyReadRouteAnAuditorMayUse_isLogged_unlessItHoldsNoPartyData() throws Exception {
        TreeSet<String> paths = new TreeSet<>();
        routes.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                paths.addAll(info.getPatternValues());
            }
        });
        assertThat(paths).contains("/api/v1/export/ledger", "/review", "/reports");

        List<String> unlogged = new ArrayList<>();
        int walked = 0;
        for (String pattern : paths) {
            String path = pattern.replace("{partyId}", PARTY_ID).replaceAll("\\{[^}]+}", "x");
            log.reset();
            int status = readAsAuditor(path);
            if (status >= 400) {
                continue;
            }
            walked++;
            boolean logged = log.entries().stream().anyMatch(e -> e.action().startsWith("GET " + path));
            boolean declaredFreeOfPartyData =
                    AuditorAccessLogFilter.NOT_PARTY_DATA.stream().anyMatch(path::startsWith);
            if (logged != declaredFreeOfPartyData) {
                continue;
            }
            unlogged.add(pattern + (logged ? " (logged, though listed as holding no party data)" : ""));
        }

        assertThat(walked).isGreaterThan(5);
        assertThat(unlogged).as("auditor reads not logged").isEmpty();
    }

    /**
     * A streamed answer is written on a second dispatch, after the first has returned: it is awaited and dispatched
     * again, so that nothing reads the response while another thread still writes it.
     */
    private int readAsAuditor(String path) throws Exception {
        MvcResult first =
                mvc.perform(get(path).with(user("akiko").roles("AUDITOR"))).andReturn();
        if (!first.getRequest().isAsyncStarted()) {
            return first.getResponse().getStatus();
        }
        String type = first.getResponse().getContentType();
        if (type != null && type.startsWith("text/event-stream")) {
            // A live stream (the contact log's) never ends by itself: what it answered is known once it has begun.
            return first.getResponse().getStatus();
        }
        first.getAsyncResult();
        return mvc.perform(asyncDispatch(first)).andReturn().getResponse().getStatus();
    }
}
