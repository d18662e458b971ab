package org.trustledger.adapters.web.support;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.trustledger.adapters.common.JapaneseInput;
import org.trustledger.adapters.common.problem.ProblemDetailsAdvice;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
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
 * scalars, no unknown fields, no field twice), text with control characters, bidirectional overrides or lone
 * surrogates is refused, dates lie between {@link #FIRST_DATE} and {@link #LAST_DATE}, bodies are read whole under a
 * size limit of {@link #MAX_BODY_BYTES} and a deadline and must be valid UTF-8 ({@link StrictBodies}), token headers
 * are visible ASCII ({@link TokenHeaders}), and a URL the firewall rejects is a problem too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EdgeProperties.class)
public class StrictJsonConfiguration {
    /** Far above any request of this API, far below what could hurt the heap. */
    public static final long MAX_BODY_BYTES = 64 * 1024;

    /** No date of this shop's ledger lies outside these: anything else is a typing slip or a probe. */
    public static final LocalDate FIRST_DATE = ProblemDetailsAdvice.FIRST_DATE;

    public static final LocalDate LAST_DATE = ProblemDetailsAdvice.LAST_DATE;

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // A field given twice would otherwise be read as the last one: refused, as it hides what was meant.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        var registration = new FilterRegistrationBean<>(new SecurityHeaders());
        // First of all, so that every answer, whoever writes it, carries them; error pages included.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    FilterRegistrationBean<StrictBodies> strictBodies(EdgeProperties limits) {
        var registration = new FilterRegistrationBean<>(new StrictBodies(limits));
        // Before security and everything else: a huge or slow body is refused before anybody reads it.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TokenHeaders> tokenHeaders() {
        var registration = new FilterRegistrationBean<>(new TokenHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
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

    /** Refuses strings carrying control characters other than tab and newline, bidirectional overrides or lone surrogates. */
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
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    // Half of a character: no text means it, and it cannot be written back as UTF-8.
                    return "the lone surrogate " + String.format("U+%04X", (int) c);
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
     * nothing trimmed, from {@link #FIRST_DATE} to {@link #LAST_DATE}.
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
            LocalDate date;
            try {
                date = text.equals(text.strip()) ? JapaneseInput.date(text) : null;
                if (date == null) {
                    throw new IllegalArgumentException("write " + JapaneseInput.DATE_FORMS);
                }
            } catch (IllegalArgumentException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, e.getMessage());
            }
            if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
                return (LocalDate) ctxt.handleWeirdStringValue(
                        LocalDate.class, text, "use a date from " + FIRST_DATE + " to " + LAST_DATE);
            }
            return date;
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

    /** Writes a problem document from a filter, before any controller runs. */
    static final class Problems {
        private Problems() {}

        /** The detail is {@code problem.detail.<type>} of the bundles with {@code args}, or {@code detail} without. */
        static void write(
                HttpServletRequest request,
                HttpServletResponse response,
                HttpStatus status,
                String type,
                String detail,
                Object... args)
                throws IOException {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"type\":\"https://trustledger.org/problems/" + type + "\",\"title\":\""
                            + ProblemTitles.of(status.value(), status.getReasonPhrase(), request.getLocale())
                            + "\",\"status\":" + status.value() + ",\"detail\":\""
                            + ProblemTitles.detail(type, detail, request.getLocale(), args) + "\"}");
        }
    }
}
