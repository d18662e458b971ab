package org.trustledger.adapters.common.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.trustledger.adapters.common.ReasonTexts;
import org.trustledger.application.port.in.ConcurrentChangeException;
import org.trustledger.application.port.in.IdempotencyConflictException;
import org.trustledger.application.port.in.RebuildRunningException;
import org.trustledger.application.port.in.UnknownContactException;
import org.trustledger.domain.DomainException;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.MissingDetailsException;
import org.trustledger.domain.UnknownEntryException;
import org.trustledger.domain.UnknownPartyException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into an RFC 9457 problem: a title, a sentence a person can act on and, for bad input, the
 * field at fault. Never a stack trace. The one mapping of every adapter's HTTP endpoints, so a channel's webhook answers
 * as the API does.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    static final String TYPE_BASE = "https://trustledger.org/problems/";

    /** No date of this shop's ledger lies outside these: anything else is a typing slip or a probe. */
    public static final java.time.LocalDate FIRST_DATE = java.time.LocalDate.of(1900, 1, 1);

    public static final java.time.LocalDate LAST_DATE = java.time.LocalDate.of(2099, 12, 31);

    /** One field at fault and what to do about it. */
    public record FieldError(String field, String message) {}

    private final ReasonTexts texts;
    private final MessageSource messages;

    public ProblemDetailsAdvice(ReasonTexts texts, MessageSource messages) {
        this.texts = texts;
        this.messages = messages;
    }

    /** A sentence of the bundles in the request's language: a detail is never in another language than its title. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** A field as the reader knows it: its label, or its name when it has none (a nested path's last name). */
    private String label(String field) {
        String plain = field.replaceAll("\\[\\d+]", "");
        String last = plain.contains(".") ? plain.substring(plain.lastIndexOf('.') + 1) : plain;
        String label = messages.getMessage("field." + plain, null, null, LocaleContextHolder.getLocale());
        if (label == null) {
            label = messages.getMessage("field." + last, null, null, LocaleContextHolder.getLocale());
        }
        return label != null ? label : quoted(field);
    }

    private String quoted(Object value) {
        return text("problem.quoted", String.valueOf(value));
    }

    @ExceptionHandler(LocalizedProblem.class)
    ResponseEntity<ProblemDetail> localized(LocalizedProblem e) {
        return problem(e.status(), e.type(), text(e.messageKey(), e.args()));
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, Locale locale) {
        String detail = texts.error(e, locale);
        return switch (e) {
            case InvalidValueException invalid -> badInput(detail, List.of(new FieldError(invalid.field(), detail)));
            case UnknownPartyException unknown -> problem(HttpStatus.NOT_FOUND, "unknown-party", detail);
            case UnknownEntryException unknown -> problem(HttpStatus.NOT_FOUND, "unknown-entry", detail);
            case HistoryConflictException conflict -> problem(HttpStatus.CONFLICT, "history-conflict", detail);
            case MissingDetailsException missing -> missingDetails(missing, detail);
        };
    }

    private ResponseEntity<ProblemDetail> missingDetails(MissingDetailsException missing, String detail) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.UNPROCESSABLE_CONTENT, "missing-details", detail);
        List<FieldError> errors = missing.fields().stream()
                .map(field -> new FieldError(field, detail))
                .toList();
        response.getBody().setProperties(Map.of("errors", errors));
        return response;
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrentChangeException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", text("problem.detail.concurrentChange"));
    }

    @ExceptionHandler(UnknownContactException.class)
    ResponseEntity<ProblemDetail> unknownContact(UnknownContactException e) {
        return problem(
                HttpStatus.NOT_FOUND,
                "unknown-contact",
                text("problem.detail.unknownContact", e.key().contactId()));
    }

    @ExceptionHandler(RebuildRunningException.class)
    ResponseEntity<ProblemDetail> rebuildRunning(RebuildRunningException e) {
        return problem(HttpStatus.CONFLICT, "rebuild-running", text("problem.detail.rebuildRunning"));
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ResponseEntity<ProblemDetail> idempotency(IdempotencyConflictException e) {
        return e.inProgress()
                ? problem(HttpStatus.CONFLICT, "idempotency-in-progress", text("problem.detail.idempotencyInProgress"))
                : problem(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "idempotency-key-reused",
                        text("problem.detail.idempotencyKeyReused"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String message = text("problem.detail.typeMismatch", quoted(e.getValue()), label(e.getName()))
                + allowedValues(e.getRequiredType());
        return badInput(message, List.of(new FieldError(e.getName(), message)));
    }

    /** The firewall reads some headers lazily, so a header it refuses can surface here rather than before security. */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(org.springframework.security.web.firewall.RequestRejectedException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", text("problem.detail.rejected"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.causes(e)) {
            LOG.warn("The database is unreachable: {}", e.toString());
            ResponseEntity<ProblemDetail> unavailable = problem(
                    HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", text("problem.detail.databaseUnavailable"));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .body(unavailable.getBody());
        }
        LOG.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", text("problem.detail.internal"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), constraint(f)))
                .toList();
        String detail = errors.stream().map(FieldError::message).collect(Collectors.joining("; "));
        return asObject(badInput(detail, errors));
    }

    /** A broken constraint in words: what the field needs, never the annotation's text, its regex or "null". */
    private String constraint(org.springframework.validation.FieldError f) {
        String code = f.getCode() == null ? "" : f.getCode();
        String field = label(f.getField());
        return switch (code) {
            case "NotNull", "NotBlank", "NotEmpty" -> text("problem.detail.required", field);
            case "Size" -> text("problem.detail.size", field, sizeLimit(f));
            case "Pattern" -> {
                String own = messages.getMessage(
                        "problem.detail.pattern." + f.getField(), null, null, LocaleContextHolder.getLocale());
                yield own != null ? own : text("problem.detail.pattern", field);
            }
            default -> text("problem.detail.notValid", field);
        };
    }

    private static Object sizeLimit(org.springframework.validation.FieldError f) {
        // Bean Validation passes a @Size's attributes in name order after the field: max, then min.
        Object[] args = f.getArguments();
        return args != null && args.length > 1 ? args[1] : "";
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return pageOrProblem(request, HttpStatus.NOT_FOUND, headers, "not-found", text("problem.detail.notFound"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String allowed = String.join(", ", headers.getOrEmpty(HttpHeaders.ALLOW));
        return pageOrProblem(
                request,
                HttpStatus.METHOD_NOT_ALLOWED,
                headers,
                "method-not-allowed",
                text("problem.detail.methodNotAllowed", e.getMethod(), allowed));
    }

    /**
     * An address that is not there, or not for this method: a reader's browser gets the product's own error page (by
     * the container's error dispatch), a client a problem document. Neither is a problem of the product's, so neither
     * is logged.
     */
    private ResponseEntity<Object> pageOrProblem(
            WebRequest request, HttpStatus status, HttpHeaders headers, String type, String detail) {
        if (request instanceof ServletWebRequest servlet
                && Pages.wanted(servlet.getRequest())
                && servlet.getResponse() != null) {
            try {
                headers.forEach((name, values) ->
                        values.forEach(v -> servlet.getResponse().addHeader(name, v)));
                servlet.getResponse().sendError(status.value());
            } catch (java.io.IOException gone) {
                // The reader has left: there is nobody to show the page to.
            }
            return null;
        }
        ResponseEntity<ProblemDetail> problem = problem(status, type, detail);
        return ResponseEntity.status(status).headers(headers).body(problem.getBody());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof JacksonException jackson) {
            return asObject(unreadableJson(jackson));
        }
        return asObject(badInput(text("problem.detail.unreadable"), List.of()));
    }

    private ResponseEntity<ProblemDetail> unreadableJson(JacksonException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        if (e instanceof StreamReadException
                && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Duplicate")) {
            // Jackson names the field twice given; which value was meant cannot be guessed.
            String twice = e.getOriginalMessage().replaceAll("^[^\"]*\"([^\"]*)\".*$", "$1");
            String message = text("problem.detail.givenTwice", label(twice));
            return badInput(message, List.of(new FieldError(twice, message)));
        }
        if (e instanceof StreamReadException && !(e instanceof InputCoercionException)) {
            return badInput(text("problem.detail.notJson"), List.of());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(field, unknown);
        }
        if (field.isEmpty()) {
            return badInput(text("problem.detail.notObject"), List.of());
        }
        String message;
        if (e instanceof InputCoercionException) {
            message = text("problem.detail.outOfRange", label(field));
        } else if (e instanceof MismatchedInputException mismatch) {
            message = (mismatch instanceof InvalidFormatException invalid
                            ? text("problem.detail.typeMismatch", quoted(invalid.getValue()), label(field))
                            : text("problem.detail.notValid", label(field)))
                    + allowedValues(mismatch.getTargetType());
        } else {
            message = text("problem.detail.notValid", label(field));
        }
        return badInput(message, List.of(new FieldError(field, message)));
    }

    /** Names the unknown field and, when one is close, the field the client probably meant. */
    private ResponseEntity<ProblemDetail> unknownField(String field, UnrecognizedPropertyException e) {
        String message = text("problem.detail.unknownField", quoted(field))
                + KnownFields.closest(e.getPropertyName(), e.getKnownPropertyIds())
                        .map(known -> text("problem.detail.didYouMean", quoted(known)))
                        .orElse("");
        return badInput(message, List.of(new FieldError(field, message)));
    }

    private String allowedValues(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return text("problem.detail.dates", quoted(FIRST_DATE), quoted(LAST_DATE));
        }
        if (type == null || !type.isEnum()) {
            return "";
        }
        // The codes a client sends, quoted: they are the API's words, the same in every language.
        return text(
                "problem.detail.oneOf",
                java.util.Arrays.stream(type.getEnumConstants())
                        .map(this::quoted)
                        .collect(Collectors.joining(text("problem.separator"))));
    }

    private static ResponseEntity<ProblemDetail> badInput(String detail, List<FieldError> errors) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, "invalid-input", detail);
        response.getBody().setProperties(Map.of("errors", errors));
        return response;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        return ResponseEntity.status(status).body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
