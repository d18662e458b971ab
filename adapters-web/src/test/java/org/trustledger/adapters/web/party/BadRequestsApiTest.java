package org.trustledger.adapters.web.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
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
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated bad requests against every endpoint that takes input: each valid body broken one field at a time (wrong
 * type, enum as a number or unknown, control characters, lone surrogates, out of range, dates no ledger holds) and as
 * a whole (not JSON, not an object, unknown field, a field twice, invalid UTF-8, wrong content type, too large as JSON
 * or as a form), token headers that are not ASCII, plus bad path and query values and dashboard forms, in Japanese and
 * English. Every one must answer a 4xx problem titled in the request's language, and record nothing; then ten
 * thousand drawn at random from them must too.
 */
@PartyApiTest
@WithMockUser(username = "hanako", roles = "MANAGER")
class BadRequestsApiTest {
    static final String PARTY = "/api/v1/parties/" + TestParties.ACME.value();
    // Non-ASCII written as escapes, so that a lone surrogate reaches the server as an escape sequence, as sent.
    static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
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

    record Bad(
            String what,
            HttpMethod method,
            String path,
            String contentType,
            String body,
            Map<String, String> headers,
            byte[] raw) {
        Bad(String what, HttpMethod method, String path, String contentType, String body) {
            this(what, method, path, contentType, body, Map.of(), null);
        }

        byte[] bytes() {
            return raw != null ? raw : body.getBytes(StandardCharsets.UTF_8);
        }

        Bad withHeader(String name, String value) {
            var all = new java.util.LinkedHashMap<>(headers);
            all.put(name, value);
            return new Bad(what + " with " + name, method, path, contentType, body, all, raw);
        }

        @Override
        public String toString() {
            return what;
        }
    }

    /** Header values a container hands over when a client sends UTF-8 (read as Latin-1) or control characters. */
    static final List<String> BAD_TOKENS = List.of(
            new String("キー".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1), "caf\u00e9", "a\u0001b");

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
            bad.add(new Bad(
                    "form too large",
                    e.method(),
                    e.path(),
                    MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                    "a=" + "x".repeat(70_000)));
            ObjectNode valid = (ObjectNode) JSON.readTree(e.validBody());
            String first = valid.propertyNames().iterator().next();
            String twice = e.validBody()
                    .strip()
                    .replaceFirst("\\}$", ", \"" + first + "\": " + JSON.writeValueAsString(valid.get(first)) + "}");
            bad.add(new Bad(first + " given twice", e.method(), e.path(), json, twice));
            byte[] validBytes = e.validBody().getBytes(StandardCharsets.UTF_8);
            for (byte[] invalid : List.of(
                    new byte[] {(byte) 0xC0, (byte) 0xAF},
                    new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    new byte[] {(byte) 0xFF},
                    new byte[] {(byte) 0xE3, (byte) 0x81})) {
                // Inside the first string value, where a lenient decoder would quietly store something else.
                int quote = e.validBody().indexOf('"', e.validBody().indexOf(':') + 1) + 1;
                if (quote <= 0) {
                    continue;
                }
                byte[] broken = new byte[validBytes.length + invalid.length];
                System.arraycopy(validBytes, 0, broken, 0, quote);
                System.arraycopy(invalid, 0, broken, quote, invalid.length);
                System.arraycopy(validBytes, quote, broken, quote + invalid.length, validBytes.length - quote);
                bad.add(new Bad(
                        "invalid UTF-8 " + java.util.HexFormat.of().formatHex(invalid),
                        e.method(),
                        e.path(),
                        json,
                        null,
                        Map.of(),
                        broken));
            }
            for (String token : BAD_TOKENS) {
                bad.add(new Bad("valid body", e.method(), e.path(), json, e.validBody())
                        .withHeader("Idempotency-Key", token));
                bad.add(new Bad("valid body", e.method(), e.path(), json, e.validBody())
                        .withHeader("If-Match", "\"" + token + "\""));
            }
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
        for (String token : BAD_TOKENS) {
            bad.add(new Bad("read", HttpMethod.GET, PARTY, null, null)
                    .withHeader("If-None-Match", "\"" + token + "\""));
        }
        bad.add(new Bad(
                "dashboard form, invalid UTF-8",
                HttpMethod.POST,
                "/parties",
                MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                "kind=CUSTOMER&name=Over%C0%AFlong&phones=03-1234-5678"));
        bad.add(new Bad(
                "dashboard form, too large",
                HttpMethod.POST,
                "/parties",
                MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                "kind=CUSTOMER&name=" + "x".repeat(70_000)));
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
                broken.addAll(List.of(
                        NODES.textNode("2025-13-45"),
                        NODES.textNode("0001-01-01"),
                        NODES.textNode("1899-12-31"),
                        NODES.textNode("2100-01-01"),
                        NODES.textNode("+10000-01-01")));
            }
            broken.addAll(List.of(NODES.textNode(text + "\ud800"), NODES.textNode("\udc00" + text)));
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

    /**
     * Ten thousand requests drawn at random (with a fixed seed, so a failure repeats) from the shapes above, each
     * given a random language and, one time in four, a token header that is not ASCII: none may be a server error,
     * and nothing may be stored.
     */
    @Test
    void tenThousandGeneratedBadRequests_noneIsAServerError_andNothingIsStored() throws Exception {
        List<Bad> shapes = badRequests();
        java.util.Random random = new java.util.Random(17);
        int accountsBefore = accounts.all().size();
        List<String> serverErrors = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Bad bad = shapes.get(random.nextInt(shapes.size()));
            if (random.nextInt(4) == 0) {
                String header = TokenHeadersNames.ALL.get(random.nextInt(TokenHeadersNames.ALL.size()));
                bad = bad.withHeader(header, BAD_TOKENS.get(random.nextInt(BAD_TOKENS.size())));
            }
            MvcResult result = perform(random.nextBoolean() ? "ja" : "en", bad);
            int status = result.getResponse().getStatus();
            if (status >= 500 || status < 400) {
                serverErrors.add(status + " " + bad.method() + " " + bad.path() + " " + bad.what());
            }
        }
        assertThat(serverErrors).as("answers that are no client error").isEmpty();
        assertThat(recorder.received()).isEmpty();
        assertThat(screener.requests()).isEmpty();
        assertThat(accounts.all()).hasSize(accountsBefore);
        assertThat(tokens.ofOwner("hanako")).isEmpty();
    }

    /** The headers that must hold visible ASCII only. */
    static final class TokenHeadersNames {
        static final List<String> ALL = List.of("Idempotency-Key", "If-Match", "If-None-Match");
    }

    private MvcResult perform(String lang, Bad bad) throws Exception {
        var request = request(bad.method(), bad.path()).header(HttpHeaders.ACCEPT_LANGUAGE, lang);
        if (bad.contentType() != null) {
            request.contentType(bad.contentType()).content(bad.bytes());
        }
        bad.headers().forEach(request::header);
        if (bad.path().startsWith("/parties")) {
            request.with(
                    org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
        }
        return mvc.perform(request).andReturn();
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

        MvcResult result = perform(lang, bad);

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
