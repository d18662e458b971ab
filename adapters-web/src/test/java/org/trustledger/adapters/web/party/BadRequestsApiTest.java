package org.trustledger.adapters.web.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trustledger.adapters.web.screening.FakeScreenCaller;
import org.trustledger.adapters.web.security.InMemoryPersonalTokens;
import org.trustledger.adapters.web.security.InMemoryStaffAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated bad requests against every endpoint that takes input: each valid body broken one field at a time (wrong
 * type, enum as a number or unknown, control characters, out of range) and as a whole (not JSON, not an object,
 * unknown field, wrong content type, too large), plus bad path and query values, in Japanese and English. Every one
 * must answer a 4xx problem titled in the request's language, and record nothing.
 */
@PartyApiTest
@WithMockUser(username = "hanako", roles = "MANAGER")
class BadRequestsApiTest {
    static final String PARTY = "/api/v1/parties/" + TestParties.ACME.value();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired
    MockMvc mvc;

    @Autowired
    FakeRecordPartyCommand recorder;

    @Autowired
    FakeScreenCaller screener;

    @Autowired
    InMemoryStaffAccounts accounts;

    @Autowired
    InMemoryPersonalTokens tokens;

    record Endpoint(HttpMethod method, String path, String validBody) {}

    record Bad(String what, HttpMethod method, String path, String contentType, String body) {}

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(HttpMethod.POST, "/api/v1/parties", """
                    {"kind": "RESELLER", "name": "Acme", "phones": ["03-1234-5678"], "address": "Tokyo",
                     "representative": "Sato", "bankAccount": {"bank": "Mizuho", "branch": "Shinjuku",
                     "type": "ORDINARY", "number": "1234567", "holder": "Acme"}}"""),
            new Endpoint(HttpMethod.PUT, PARTY, """
                    {"kind": "CUSTOMER", "name": "Acme", "phones": ["03-1234-5678"], "address": "Tokyo"}"""),
            new Endpoint(HttpMethod.POST, PARTY + "/requests", """
                    {"channel": "PHONE", "onBehalfOfCustomer": false, "summary": "Quote", "answer": "REFUSED",
                     "reasons": ["no proof"]}"""),
            new Endpoint(HttpMethod.POST, PARTY + "/callers", """
                    {"name": "Sato", "fullNameGiven": true, "role": "clerk", "phone": "03-1234-5678"}"""),
            new Endpoint(HttpMethod.POST, PARTY + "/troubles", """
                    {"category": "OTHER", "severity": "MINOR", "description": "Rude", "occurredOn": "2025-03-01"}"""),
            new Endpoint(HttpMethod.POST, PARTY + "/payment-shortfalls", """
                    {"invoiceRef": "INV-1", "invoicedYen": 1000, "paidYen": 0, "reason": "UNPAID", "daysLate": 3}"""),
            new Endpoint(HttpMethod.POST, PARTY + "/payment-shortfalls/INV-1/settlement", """
                    {"paidYen": 1000}"""),
            new Endpoint(HttpMethod.POST, PARTY + "/settlements", """
                    {"invoiceRef": "INV-1", "paidYen": 1000}"""),
            new Endpoint(HttpMethod.POST, PARTY + "/termination", """
                    {"reason": "Enough"}"""),
            new Endpoint(HttpMethod.POST, PARTY + "/reinstatement", """
                    {"reason": "Improved"}"""),
            new Endpoint(HttpMethod.POST, PARTY + "/link-reviews", """
                    {"linkedPartyId": "0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e", "confirmed": true, "reason": "Same"}"""),
            new Endpoint(HttpMethod.POST, "/api/v1/screenings", """
                    {"companyName": "Acme", "callerName": "Sato", "callerNameWithheld": false, "phone": "03-1234-5678",
                     "requesterKind": "RESELLER", "onBehalfOfCustomer": false, "channel": "PHONE", "record": false}"""),
            new Endpoint(HttpMethod.POST, "/api/v1/accounts", """
                    {"username": "newbie", "password": "a long enough passphrase", "role": "STAFF"}"""),
            new Endpoint(HttpMethod.PATCH, "/api/v1/accounts/admin", """
                    {"enabled": true, "role": "MANAGER"}"""),
            new Endpoint(HttpMethod.POST, "/api/v1/tokens", """
                    {"label": "laptop"}"""),
            new Endpoint(HttpMethod.PUT, "/api/v1/account/password", """
                    {"currentPassword": "secret", "newPassword": "another long passphrase"}"""));

    static final List<String> BAD_GETS = List.of(
            "/api/v1/parties/not-a-uuid",
            "/api/v1/parties/not-a-uuid/history",
            PARTY + "?asOf=yesterday",
            PARTY + "?asOf=2025-13-45",
            "/api/v1/parties?kind=NOPE",
            "/api/v1/parties?kind=1",
            "/api/v1/parties?status=NOPE",
            "/api/v1/parties?page=abc",
            "/api/v1/parties?size=abc",
            "/api/v1/access-log?limit=0",
            "/api/v1/access-log?limit=abc",
            "/api/v1/access-log?limit=100000");

    static List<Bad> badRequests() {
        List<Bad> bad = new ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            String json = MediaType.APPLICATION_JSON_VALUE;
            for (String body : List.of("", "{", "{\"kind\":", "[]", "null", "\"text\"", "42", "true", "{} {}")) {
                bad.add(new Bad("body " + body, e.method(), e.path(), json, body));
            }
            bad.add(new Bad("plain text", e.method(), e.path(), MediaType.TEXT_PLAIN_VALUE, e.validBody()));
            bad.add(new Bad("form", e.method(), e.path(), MediaType.APPLICATION_FORM_URLENCODED_VALUE, "a=b"));
            bad.add(new Bad("too large", e.method(), e.path(), json, "{\"x\": \"" + "x".repeat(70_000) + "\"}"));
            ObjectNode valid = (ObjectNode) JSON.readTree(e.validBody());
            bad.add(new Bad(
                    "unknown field", e.method(), e.path(), json, with(valid, "zzzUnknown", NODES.textNode("x"))));
            for (Map.Entry<String, JsonNode> field : valid.properties()) {
                for (JsonNode broken : brokenValues(field.getValue())) {
                    bad.add(new Bad(
                            field.getKey() + " = " + broken,
                            e.method(),
                            e.path(),
                            json,
                            with(valid, field.getKey(), broken)));
                }
                if (field.getValue().isObject()) {
                    ObjectNode nested = ((ObjectNode) field.getValue()).deepCopy();
                    nested.put("zzzUnknown", "x");
                    bad.add(new Bad(
                            field.getKey() + " nested unknown",
                            e.method(),
                            e.path(),
                            json,
                            with(valid, field.getKey(), nested)));
                }
            }
        }
        for (String path : BAD_GETS) {
            bad.add(new Bad("query", HttpMethod.GET, path, null, null));
        }
        return bad;
    }

    static Stream<Object[]> badRequestsInEachLanguage() {
        return badRequests().stream().flatMap(bad -> Stream.of("ja", "en").map(lang -> new Object[] {lang, bad}));
    }

    /** Values no field of this type accepts. */
    static List<JsonNode> brokenValues(JsonNode value) {
        List<JsonNode> broken =
                new ArrayList<>(List.of(NODES.objectNode(), NODES.arrayNode().add(NODES.arrayNode())));
        if (value.isString()) {
            String text = value.asString();
            broken.addAll(List.of(
                    NODES.numberNode(1),
                    NODES.booleanNode(true),
                    NODES.textNode(text + "\u0000"),
                    NODES.textNode("\u001b[2J" + text),
                    NODES.textNode(text + "\u202e"),
                    NODES.textNode("x".repeat(5000))));
            if (text.matches("[A-Z_]+")) {
                broken.addAll(List.of(NODES.textNode("NOPE"), NODES.textNode(text.toLowerCase())));
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                broken.add(NODES.textNode("2025-13-45"));
            }
        } else if (value.isNumber()) {
            broken.addAll(List.of(
                    // Yen may be text as staff write it (22,000円), but never a fraction, as text or not.
                    NODES.textNode(value.asString() + ".5"),
                    NODES.numberNode(1.5),
                    NODES.numberNode(-1),
                    NODES.numberNode(Long.MAX_VALUE),
                    NODES.booleanNode(true)));
        } else if (value.isBoolean()) {
            broken.addAll(List.of(NODES.textNode("true"), NODES.numberNode(1), NODES.textNode("yes")));
        } else if (value.isArray()) {
            broken.removeLast();
            broken.addAll(List.of(
                    NODES.textNode("03-1234-5678"),
                    NODES.numberNode(1),
                    NODES.arrayNode().add(1),
                    NODES.arrayNode().add("bad\u0000")));
        } else if (value.isObject()) {
            broken.removeFirst();
            broken.addAll(List.of(NODES.textNode("x"), NODES.numberNode(1)));
        }
        return broken;
    }

    private static String with(ObjectNode valid, String field, JsonNode value) {
        ObjectNode copy = valid.deepCopy();
        copy.set(field, value);
        return JSON.writeValueAsString(copy);
    }

    @BeforeEach
    void forget() {
        recorder.reset();
        screener.reset();
        tokens.reset();
    }

    @Test
    void thereAreAtLeastAThousand() {
        assertThat(badRequestsInEachLanguage().count()).isGreaterThanOrEqualTo(1000);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("badRequestsInEachLanguage")
    void everyBadRequest_isAClientErrorProblem_andChangesNothing(String lang, Bad bad) throws Exception {
        int accountsBefore = accounts.all().size();
        var request = request(bad.method(), bad.path()).header(HttpHeaders.ACCEPT_LANGUAGE, lang);
        if (bad.contentType() != null) {
            request.contentType(bad.contentType()).content(bad.body());
        }

        MvcResult result = mvc.perform(request).andReturn();

        assertThat(result.getResponse().getStatus())
                .as(
                        "%s %s %s answered %s",
                        bad.method(),
                        bad.path(),
                        bad.what(),
                        result.getResponse().getContentAsString())
                .isBetween(400, 499);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String title = JsonPath.read(result.getResponse().getContentAsString(), "$.title");
        if (lang.equals("ja")) {
            assertThat(title).as("a Japanese title").matches(".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*");
        } else {
            assertThat(title).as("an English title").matches("[A-Za-z ,'-]+");
        }
        assertThat(recorder.received()).isEmpty();
        assertThat(screener.requests()).isEmpty();
        assertThat(accounts.all()).hasSize(accountsBefore);
        assertThat(tokens.ofOwner("hanako")).isEmpty();
    }
}
