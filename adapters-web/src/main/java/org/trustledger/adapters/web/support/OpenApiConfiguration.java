package org.trustledger.adapters.web.support;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;

/**
 * The OpenAPI description a client generator can use: title, version and description, both ways of signing in, the
 * real success code of each operation (201 where it creates), the problems it may answer, and the headers the API
 * reads ({@code Idempotency-Key}, {@code If-Match}, {@code X-Correlation-Id}).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {
    private static final String PROBLEM = "application/problem+json";

    @Bean
    OpenAPI trustLedgerApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Trust Ledger API")
                        .version("v1")
                        .description("The ledger of every interaction with a requesting party, each party's trust"
                                + " status with its reasons, and screening of callers. Errors are RFC 9457 problem"
                                + " documents."))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal token from POST /api/v1/tokens: fast, stateless"))
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("User name and password, checked with bcrypt on every request:"
                                                + " slow by design, for scripts")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    OperationCustomizer headersAndProblems() {
        return (operation, handler) -> {
            var method = handler.getMethod();
            boolean writes = method.isAnnotationPresent(PostMapping.class)
                    || method.isAnnotationPresent(PutMapping.class)
                    || method.isAnnotationPresent(PatchMapping.class);
            operation.addParametersItem(header(
                    "X-Correlation-Id",
                    "Stored with the events this request records and echoed back; generated when absent"));
            if (writes) {
                operation.addParametersItem(
                        header("Idempotency-Key", "Repeated with the same key and body, the request records once"));
                operation.addParametersItem(header(
                        "If-Match", "The party's ETag as read; a stale one answers 412 naming the current version"));
            }
            if (method.isAnnotationPresent(PostMapping.class)
                    && ResponseEntity.class.isAssignableFrom(method.getReturnType())
                    && !operation.getResponses().containsKey("202")) {
                created(operation);
            }
            ApiResponses responses = operation.getResponses();
            Map.of(
                            "400", "Invalid input, naming the field at fault",
                            "401", "Not signed in",
                            "403", "The role does not allow this request",
                            "404", "Unknown party or resource",
                            "409", "The history forbids it",
                            "412", "If-Match is stale",
                            "413", "The body is larger than 64 KB",
                            "422", "Missing details, or an Idempotency-Key reused for another request")
                    .forEach((code, description) -> responses.putIfAbsent(code, problem(description)));
            return operation;
        };
    }

    private static void created(Operation operation) {
        ApiResponse ok = operation.getResponses().remove("200");
        operation
                .getResponses()
                .addApiResponse(
                        "201", ok != null ? ok.description("Created") : new ApiResponse().description("Created"));
    }

    private static HeaderParameter header(String name, String description) {
        return (HeaderParameter) new HeaderParameter()
                .name(name)
                .description(description)
                .required(false)
                .schema(new StringSchema());
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(PROBLEM, new MediaType().schema(new ObjectSchema())));
    }
}
