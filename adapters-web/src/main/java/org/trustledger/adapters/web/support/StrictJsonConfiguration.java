package org.trustledger.adapters.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.trustledger.adapters.common.JapaneseInput;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Strict input: JSON is read as written (no numbers for enums, no fractions or strings for amounts, no coercion of
 * scalars, no unknown fields), text with control characters or bidirectional overrides is refused, bodies larger
 * than {@link #MAX_BODY_BYTES} are refused before they are read, and a URL the firewall rejects is a problem too.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {
    /** Far above any request of this API, far below what could hurt the heap. */
    public static final long MAX_BODY_BYTES = 64 * 1024;

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(
                        LogicalType.Integer,
                        c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Enum, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(new SimpleModule("strict-text")
                        .addDeserializer(String.class, new StrictText())
                        .addDeserializer(LocalDate.class, new StrictDate())
                        .setDeserializerModifier(new ValueDeserializerModifier() {
                            @Override
                            public ValueDeserializer<?> modifyEnumDeserializer(
                                    DeserializationConfig config,
                                    JavaType type,
                                    BeanDescription.Supplier description,
                                    ValueDeserializer<?> deserializer) {
                                return new StrictEnum(deserializer);
                            }
                        }));
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit() {
        var registration = new FilterRegistrationBean<>(new BodySizeLimit());
        // Before security and everything else: a huge body is refused before anybody reads it.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    RequestRejectedHandler requestRejectedAsProblem() {
        return (request, response, e) -> Problems.write(
                request,
                response,
                HttpStatus.BAD_REQUEST,
                "invalid-url",
                "the URL has characters or parts this API refuses");
    }

    /** Refuses strings carrying control characters other than tab and newline, or bidirectional overrides. */
    static final class StrictText extends StdDeserializer<String> {
        StrictText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getString();
            String refused = refusedCharacter(text);
            if (refused != null) {
                return (String) ctxt.handleWeirdStringValue(String.class, text, "contains " + refused);
            }
            return text;
        }

        static String refusedCharacter(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean control = (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F);
                boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
                if (control || bidi) {
                    return (control ? "the control character " : "the bidirectional override ")
                            + String.format("U+%04X", (int) c);
                }
            }
            return null;
        }
    }

    /**
     * Enum names exactly as written: Jackson would otherwise trim a name, accepting one padded with control characters.
     */
    static final class StrictEnum extends DelegatingDeserializer {
        StrictEnum(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new StrictEnum(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_STRING
                    && !p.getString().equals(p.getString().trim())) {
                return ctxt.handleWeirdStringValue(handledType(), p.getString(), "has spaces or control characters");
            }
            return super.deserialize(p, ctxt);
        }
    }

    /**
     * Dates as Japanese staff write them ({@link JapaneseInput#date}: 2026-11-30, 2026/11/30, 令和8年11月30日, R8.11.30),
     * nothing trimmed.
     */
    static final class StrictDate extends StdDeserializer<LocalDate> {
        StrictDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getString();
            try {
                LocalDate date = text.equals(text.strip()) ? JapaneseInput.date(text) : null;
                if (date == null) {
                    throw new IllegalArgumentException("write " + JapaneseInput.DATE_FORMS);
                }
                return date;
            } catch (IllegalArgumentException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, e.getMessage());
            }
        }
    }

    /**
     * Yen as a whole JSON number, or as text the way Japanese staff write amounts ({@link JapaneseInput#yen}: 22,000,
     * 22000円, ２２，０００円); fractions, booleans and any other text are refused. Named on each amount field.
     */
    public static final class YenAmount extends StdDeserializer<Long> {
        public YenAmount() {
            super(Long.class);
        }

        @Override
        public Long deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return p.getLongValue();
            }
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Long) ctxt.handleUnexpectedToken(Long.class, p);
            }
            String text = p.getString();
            try {
                Long yen = text.equals(text.strip()) ? JapaneseInput.yen(text) : null;
                if (yen == null) {
                    throw new IllegalArgumentException("write " + JapaneseInput.YEN_FORMS);
                }
                return yen;
            } catch (IllegalArgumentException e) {
                return (Long) ctxt.handleWeirdStringValue(Long.class, text, e.getMessage());
            }
        }
    }

    /**
     * Answers 413 when the declared length is over the limit, and stops a body without a declared length (chunked)
     * as soon as it passes the limit, so memory never holds more than that.
     */
    static final class BodySizeLimit extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > MAX_BODY_BYTES) {
                // Tomcat would otherwise try to swallow the body to keep the connection; closing is cheaper.
                response.setHeader("Connection", "close");
                Problems.write(
                        request,
                        response,
                        HttpStatus.CONTENT_TOO_LARGE,
                        "body-too-large",
                        "the request body is larger than " + MAX_BODY_BYTES / 1024 + " KB");
                return;
            }
            chain.doFilter(request.getContentLengthLong() < 0 ? new LimitedBodyRequest(request) : request, response);
        }
    }

    /** Writes a problem document from a filter, before any controller runs. */
    static final class Problems {
        private Problems() {}

        static void write(
                HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type, String detail)
                throws IOException {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"type\":\"https://trustledger.org/problems/" + type + "\",\"title\":\""
                            + ProblemTitles.of(status.value(), status.getReasonPhrase(), request.getLocale())
                            + "\",\"status\":" + status.value() + ",\"detail\":\""
                            + detail + "\"}");
        }
    }
}
