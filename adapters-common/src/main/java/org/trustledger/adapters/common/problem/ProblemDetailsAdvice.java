package org.trustledger.adapters.common.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
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

    public ProblemDetailsAdvice(ReasonTexts texts) {
        this.texts = texts;
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
        return problem(HttpStatus.CONFLICT, "concurrent-change", e.getMessage());
    }

    @ExceptionHandler(UnknownContactException.class)
    ResponseEntity<ProblemDetail> unknownContact(UnknownContactException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-contact", e.getMessage());
    }

    @ExceptionHandler(RebuildRunningException.class)
    ResponseEntity<ProblemDetail> rebuildRunning(RebuildRunningException e) {
        return problem(HttpStatus.CONFLICT, "rebuild-running", e.getMessage());
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ResponseEntity<ProblemDetail> idempotency(IdempotencyConflictException e) {
        return e.inProgress()
                ? problem(HttpStatus.CONFLICT, "idempotency-in-progress", e.getMessage())
                : problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String message = "'" + e.getValue() + "' is not a valid " + e.getName() + allowedValues(e.getRequiredType());
        return badInput(message, List.of(new FieldError(e.getName(), message)));
    }

    /** The firewall reads some headers lazily, so a header it refuses can surface here rather than before security. */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(org.springframework.security.web.firewall.RequestRejectedException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "the request has headers or parts this API refuses");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.causes(e)) {
            LOG.warn("The database is unreachable: {}", e.toString());
            ResponseEntity<ProblemDetail> unavailable = problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "database-unavailable",
                    "the ledger's database cannot be reached just now and nothing was recorded; try again shortly");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .body(unavailable.getBody());
        }
        LOG.error("Unexpected failure", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "something went wrong on our side and nothing was recorded; try again, and report it if it persists");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getField() + " " + f.getDefaultMessage()))
                .toList();
        String detail = errors.stream().map(FieldError::message).collect(Collectors.joining("; "));
        return asObject(badInput(detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof JacksonException jackson) {
            return asObject(unreadableJson(jackson));
        }
        return asObject(badInput("the request body is missing or unreadable", List.of()));
    }

    private static ResponseEntity<ProblemDetail> unreadableJson(JacksonException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        if (e instanceof StreamReadException
                && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Duplicate")) {
            // Jackson names the field twice given; which value was meant cannot be guessed.
            String twice = e.getOriginalMessage().replaceAll("^[^\"]*\"([^\"]*)\".*$", "$1");
            String message = twice + ": is given twice; give each field once";
            return badInput(message, List.of(new FieldError(twice, message)));
        }
        if (e instanceof StreamReadException && !(e instanceof InputCoercionException)) {
            return badInput("the request body is not well-formed JSON", List.of());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(field, unknown);
        }
        if (field.isEmpty()) {
            return badInput("the request body must be a JSON object with this request's fields", List.of());
        }
        String message;
        if (e instanceof InputCoercionException) {
            message = field + ": the number is out of range";
        } else if (e instanceof MismatchedInputException mismatch) {
            String value = mismatch instanceof InvalidFormatException invalid ? "'" + invalid.getValue() + "' " : "";
            message = field + ": " + value + "is not a valid " + simpleName(mismatch.getTargetType())
                    + allowedValues(mismatch.getTargetType());
        } else {
            message = field + ": is not a valid value";
        }
        return badInput(message, List.of(new FieldError(field, message)));
    }

    /** Names the unknown field and, when one is close, the field the client probably meant. */
    private static ResponseEntity<ProblemDetail> unknownField(String field, UnrecognizedPropertyException e) {
        String message = field + ": is not a field of this request"
                + KnownFields.closest(e.getPropertyName(), e.getKnownPropertyIds())
                        .map(known -> "; did you mean '" + known + "'?")
                        .orElse("");
        return badInput(message, List.of(new FieldError(field, message)));
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "value" : type.getSimpleName();
    }

    private static String allowedValues(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "; use a date from " + FIRST_DATE + " to " + LAST_DATE + ", as yyyy-MM-dd";
        }
        if (type == null || !type.isEnum()) {
            return "";
        }
        return "; use one of "
                + java.util.Arrays.stream(type.getEnumConstants())
                        .map(Object::toString)
                        .collect(Collectors.joining(", "));
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
