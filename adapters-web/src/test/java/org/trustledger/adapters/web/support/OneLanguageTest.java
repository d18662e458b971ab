package org.trustledger.adapters.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.trustledger.adapters.web.party.PartyApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every answer is in one language: each refusal the API and the dashboard give, asked for in Japanese and in English,
 * reads in that language alone, naming fields by their labels rather than by Java names, regexes or {@code null}.
 */
@PartyApiTest
class OneLanguageTest {
    private static final String PARTY = "/api/v1/parties/11111111-2222-4333-8444-555555555555";

    /**
     * Latin words a Japanese answer may not hold: any with a small letter. What the reader typed is left out of the
     * check, and acronyms such as JSON or UUID are the same in both languages.
     */
    private static final Pattern LATIN_WORD = Pattern.compile("(?=[A-Za-z]*[a-z])[A-Za-z]{3,}");

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    /** What the reader typed, quoted back: left out of the check, since it is in whatever language it was typed. */
    private static final Pattern QUOTED = Pattern.compile("「[^」]*」|'[^']*'|“[^”]*”");

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> refusals() {
        List<Refusal> refusals = List.of(
                api("an empty party", () -> post("/api/v1/parties"), "{}"),
                api("an unknown kind", () -> post("/api/v1/parties"), "{\"kind\":\"FOO\",\"name\":\"テスト\"}"),
                api("an unknown status", () -> get("/api/v1/parties").param("status", "FOO"), null),
                api("a bad asOf", () -> get(PARTY).param("asOf", "yesterday"), null),
                api("an empty screening", () -> post("/api/v1/screenings"), "{\"onBehalfOfCustomer\":false}"),
                api("a body that is no JSON", () -> post("/api/v1/parties"), "{kind"),
                api("an unknown field", () -> post("/api/v1/parties"), "{\"kind\":\"RESELLER\",\"nmae\":\"x\"}"),
                api(
                        "a weak password",
                        () -> post("/api/v1/accounts"),
                        "{\"username\":\"akiko\",\"password\":\"password\",\"role\":\"STAFF\"}"),
                api(
                        "a bad user name",
                        () -> post("/api/v1/accounts"),
                        "{\"username\":\"あきこ\",\"password\":\"plum blossoms in march\",\"role\":\"STAFF\"}"),
                api("the last manager", () -> patch("/api/v1/accounts/" + PartyApiTest.ADMIN), "{\"enabled\":false}"),
                api("an unknown account", () -> patch("/api/v1/accounts/nobody"), "{\"enabled\":false}"),
                new Refusal("no sign-in", () -> get("/api/v1/parties"), null, false));
        return refusals.stream().flatMap(r -> Stream.of(Arguments.of(r, "ja"), Arguments.of(r, "en")));
    }

    /** One request the product refuses. */
    record Refusal(String name, Supplier<MockHttpServletRequestBuilder> request, String json, boolean signedIn) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Refusal api(String name, Supplier<MockHttpServletRequestBuilder> request, String json) {
        return new Refusal(name, request, json, true);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("refusals")
    void everyApiRefusal_isInTheAskedLanguageAlone(Refusal refusal, String language) throws Exception {
        MockHttpServletRequestBuilder request = refusal.request().get().header("Accept-Language", language);
        if (refusal.signedIn()) {
            request = request.with(httpBasic(PartyApiTest.ADMIN, PartyApiTest.ADMIN_PASSWORD));
        }
        if (refusal.json() != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(refusal.json());
        }
        String body = mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode problem = JsonMapper.builder().build().readTree(body);
        assertThat(problem.path("status").asInt()).as(body).isGreaterThanOrEqualTo(400);
        List<String> texts = new java.util.ArrayList<>();
        texts.add(problem.path("title").asString());
        texts.add(problem.path("detail").asString());
        problem.path("errors").forEach(error -> texts.add(error.path("message").asString()));
        for (String text : texts) {
            assertOneLanguage(text, language, body);
        }
    }

    @Test
    void theEmptyIntakeForm_saysSoInJapaneseAlone_namingTheFormsOwnFields() throws Exception {
        String page = mvc.perform(post("/intake")
                        .with(csrf())
                        .with(user("kenji").roles("STAFF"))
                        .header("Accept-Language", "ja")
                        .param("channel", "PHONE"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String problem = page.replaceAll("(?s).*<p[^>]*class=\"problem\"[^>]*>([^<]*)</p>.*", "$1");
        assertThat(problem).as(page).isNotEqualTo(page);
        assertOneLanguage(problem, "ja", problem);
        assertThat(problem).contains("会社名").doesNotContain("request");
    }

    @Test
    void everyKey_isInBothBundles() throws IOException {
        Properties english = bundle("messages.properties");
        Properties japanese = bundle("messages_ja.properties");
        TreeSet<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(japanese.stringPropertyNames());
        TreeSet<String> onlyJapanese = new TreeSet<>(japanese.stringPropertyNames());
        onlyJapanese.removeAll(english.stringPropertyNames());
        assertThat(onlyEnglish).as("keys with no Japanese text").isEmpty();
        assertThat(onlyJapanese).as("keys with no English text").isEmpty();
        for (String key : english.stringPropertyNames()) {
            assertThat(JAPANESE.matcher(QUOTED.matcher(english.getProperty(key)).replaceAll(""))
                            .find())
                    .as("English text of " + key + ": " + english.getProperty(key))
                    .isFalse();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = new InputStreamReader(
                OneLanguageTest.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages;
    }

    private static void assertOneLanguage(String text, String language, String whole) {
        String own = QUOTED.matcher(text).replaceAll("");
        assertThat(own).as("an empty text in " + whole).isNotBlank();
        assertThat(own).as(whole).doesNotContain("null", "[A-Za-z", "Exception");
        if ("ja".equals(language)) {
            assertThat(LATIN_WORD.matcher(own).find())
                    .as("English words in a Japanese answer: " + text + " — " + whole)
                    .isFalse();
        } else {
            assertThat(JAPANESE.matcher(own).find())
                    .as("Japanese in an English answer: " + text + " — " + whole)
                    .isFalse();
        }
    }
}
