package org.trustledger.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.trustledger.adapters.web.party.FakeRecordPartyCommand;
import org.trustledger.adapters.web.party.PartyApiTest;

/**
 * Walks the README's table of every route × role against the real security configuration: anonymous and each role
 * get in exactly where the table says, every route the application serves is in the table, and routes that are not
 * are denied to everyone.
 */
@PartyApiTest
class RoleTableTest {
    static final List<String> WHO = List.of("anonymous", "STAFF", "MANAGER", "AUDITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeRecordPartyCommand recorder;

    @Autowired
    RequestMappingHandlerMapping mappings;

    record Route(String method, String path, Set<String> allowed) {}

    static List<Route> table() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("<!-- role-table -->");
        int end = lines.indexOf("<!-- end role-table -->");
        assertThat(start).as("the README's role table").isNotNegative();
        List<Route> routes = new ArrayList<>();
        for (String line : lines.subList(start + 3, end)) {
            String[] cells = Stream.of(line.split("\\|")).map(String::strip).toArray(String[]::new);
            Set<String> allowed = new java.util.HashSet<>();
            for (int i = 0; i < WHO.size(); i++) {
                if (cells[3 + i].equals("✓")) {
                    allowed.add(WHO.get(i));
                }
            }
            routes.add(new Route(cells[1], cells[2], allowed));
        }
        return routes;
    }

    static Stream<Arguments> everyRouteAndWho() throws IOException {
        return table().stream()
                .flatMap(route -> WHO.stream()
                        .map(who -> Arguments.of(
                                route.method(),
                                route.path(),
                                who,
                                route.allowed().contains(who))));
    }

    @BeforeEach
    void forget() {
        recorder.reset();
    }

    @ParameterizedTest(name = "{0} {1} as {2}: allowed {3}")
    @MethodSource("everyRouteAndWho")
    void everyRoute_letsInExactlyTheRolesOfTheTable(String method, String path, String who, boolean allowed)
            throws Exception {
        MvcResult result = mvc.perform(as(who, call(method, path))).andReturn();

        assertThat(isRefused(path, result, who))
                .as(
                        "%s %s as %s answered %d",
                        method, path, who, result.getResponse().getStatus())
                .isEqualTo(!allowed);
        if (!allowed) {
            assertThat(recorder.received()).isEmpty();
        }
    }

    static Stream<Arguments> routesNobodyServes() {
        return Stream.of(
                        Arguments.of("GET", "/api/v1/nothing-here", 404),
                        Arguments.of("DELETE", "/api/v1/parties/6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f60", 405),
                        Arguments.of("POST", "/api/v1/parties/6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f60/history", 405),
                        Arguments.of("GET", "/api/v1/screenings", 405),
                        Arguments.of("DELETE", "/api/v1/accounts/kenji", 405),
                        Arguments.of("GET", "/admin", 404),
                        Arguments.of("POST", "/parties/6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f60/delete", 404))
                .flatMap(route ->
                        WHO.stream().map(who -> Arguments.of(route.get()[0], route.get()[1], who, route.get()[2])));
    }

    /** Strangers learn nothing of which routes exist; whoever is signed in is told it is not there, or not so. */
    @ParameterizedTest(name = "{0} {1} as {2}")
    @MethodSource("routesNobodyServes")
    void aRouteNobodyServes_isNotFoundOrNotAllowed_forTheSignedIn_andRefusedToStrangers(
            String method, String path, String who, int status) throws Exception {
        MvcResult result = mvc.perform(as(who, call(method, path))).andReturn();

        if (who.equals("anonymous")) {
            assertThat(isRefused(path, result, who)).isTrue();
        } else {
            assertThat(result.getResponse().getStatus()).isEqualTo(status);
            if (status == 405) {
                assertThat(result.getResponse().getHeader("Allow")).isNotBlank();
            }
        }
        assertThat(recorder.received()).isEmpty();
    }

    @Test
    void everyRouteTheApplicationServes_isInTheTable() throws IOException {
        Set<String> listed =
                table().stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toSet());
        Set<String> served = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getMethodsCondition().getMethods().stream()
                        .flatMap(m -> info.getPatternValues().stream().map(p -> m.name() + " " + p)))
                .filter(route -> !route.contains("/error") && !route.contains("/v3/") && !route.contains("/swagger"))
                .collect(Collectors.toSet());

        assertThat(listed).containsAll(served);
    }

    private static boolean isRefused(String path, MvcResult result, String who) {
        int status = result.getResponse().getStatus();
        if (who.equals("anonymous")) {
            String location = result.getResponse().getRedirectedUrl();
            return status == 401 || (location != null && location.endsWith("/login"));
        }
        return status == 403;
    }

    private static MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
        request.with(csrf());
        return who.equals("anonymous") ? request : request.with(user("kenji").roles(who));
    }

    private static MockHttpServletRequestBuilder call(String method, String path) {
        String concrete = path.replace("{partyId}", "6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f60")
                .replace("{personId}", "6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f60")
                .replace("{invoiceRef}", "INV-1")
                .replace("{sequence}", "3")
                .replace("{username}", "nobody")
                .replace("{id}", "no-such-token")
                .replace("{callId}", "no-such-call");
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), concrete);
        if (!method.equals("GET") && concrete.startsWith("/api/")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return request;
    }
}
