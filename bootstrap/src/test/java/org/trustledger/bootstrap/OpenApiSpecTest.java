package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The served OpenAPI description is valid, needs sign-in, and describes every operation of the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiSpecTest {
    static final String USER = "owner";
    static final String PASSWORD = "a password for the spec";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustledger.data-dir", () -> dataDir.toString());
        registry.add("trustledger.admin.username", () -> USER);
        registry.add("trustledger.admin.password", () -> PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static OpenAPI spec;

    @BeforeAll
    static void forgetEarlierSpec() {
        spec = null;
    }

    @Test
    void theSpec_needsSignIn() throws Exception {
        assertThat(fetch(null).statusCode()).isEqualTo(401);
    }

    @Test
    void theSpec_isValidOpenApi_withTitleVersionAndBothWaysOfSigningIn() throws Exception {
        OpenAPI api = spec();

        assertThat(api.getInfo().getTitle()).isEqualTo("Trust Ledger API");
        assertThat(api.getInfo().getVersion()).isNotBlank();
        assertThat(api.getInfo().getDescription()).isNotBlank();
        assertThat(api.getComponents().getSecuritySchemes()).containsKeys("token", "basic");
    }

    @Test
    void everyOperationOfTheApi_isInTheSpec() throws Exception {
        OpenAPI api = spec();
        Set<String> described = api.getPaths().entrySet().stream()
                .flatMap(path -> path.getValue().readOperationsMap().keySet().stream()
                        .map(method -> method.name() + " " + path.getKey()))
                .collect(Collectors.toSet());
        Set<String> served = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getMethodsCondition().getMethods().stream()
                        .flatMap(m -> info.getPatternValues().stream().map(p -> m.name() + " " + p)))
                .filter(route -> route.contains(" /api/"))
                .collect(Collectors.toSet());

        assertThat(served).isNotEmpty();
        assertThat(described).containsAll(served);
    }

    @Test
    void writes_answer201WhereTheyCreate_andDocumentTheirHeadersAndProblems() throws Exception {
        OpenAPI api = spec();
        Operation register = api.getPaths().get("/api/v1/parties").getPost();
        Operation amend = api.getPaths().get("/api/v1/parties/{partyId}").getPut();
        Operation trouble =
                api.getPaths().get("/api/v1/parties/{partyId}/troubles").getPost();

        assertThat(register.getResponses()).containsKeys("201", "400", "401", "403");
        assertThat(register.getResponses()).doesNotContainKey("200");
        assertThat(trouble.getResponses()).containsKey("201");
        assertThat(amend.getResponses()).containsKeys("200", "412");
        for (Operation write : new Operation[] {register, amend, trouble}) {
            assertThat(write.getParameters())
                    .extracting(Parameter::getName)
                    .contains("Idempotency-Key", "If-Match", "X-Correlation-Id");
        }
        PathItem screenings = api.getPaths().get("/api/v1/screenings");
        assertThat(screenings.getPost().getResponses()).containsKey("200");
    }

    private OpenAPI spec() throws Exception {
        if (spec == null) {
            HttpResponse<String> response = fetch(USER + ":" + PASSWORD);
            assertThat(response.statusCode()).isEqualTo(200);
            var options = new ParseOptions();
            options.setResolve(true);
            SwaggerParseResult result = new OpenAPIV3Parser().readContents(response.body(), null, options);
            assertThat(result.getMessages()).isEmpty();
            spec = result.getOpenAPI();
        }
        return spec;
    }

    private HttpResponse<String> fetch(String credentials) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"));
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
