package org.trustledger.adapters.telephony;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.trustledger.adapters.common.ProblemTexts;
import org.trustledger.adapters.common.ReasonTexts;
import org.trustledger.application.port.in.ConcurrentChangeException;
import org.trustledger.domain.DomainException;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.MissingDetailsException;
import org.trustledger.domain.UnknownEntryException;
import org.trustledger.domain.UnknownPartyException;

/**
 * RFC 9457 problems for this adapter's endpoints, so the adapter answers alike whichever other adapters are
 * deployed beside it: a malformed body is a 400, a refused value a 400 naming its field, details missing to register
 * an unknown caller a 422, an unknown call a 404.
 */
@RestControllerAdvice(basePackageClasses = TelephonyProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TelephonyProblems extends ResponseEntityExceptionHandler {
    private final ReasonTexts texts;

    TelephonyProblems(ReasonTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(CallLogController.UnknownCallException.class)
    ProblemDetail unknownCall(CallLogController.UnknownCallException e) {
        return problem(
                HttpStatus.NOT_FOUND,
                "unknown-call",
                ProblemTexts.detail("unknown-call", e.getMessage(), locale(), e.callId()));
    }

    @ExceptionHandler(CallLogController.BadLimitException.class)
    ProblemDetail badLimit(CallLogController.BadLimitException e) {
        return fields(
                problem(
                        HttpStatus.BAD_REQUEST,
                        "invalid-value",
                        ProblemTexts.detail("bad-limit", e.getMessage(), locale(), CallLogController.MAX_LIMIT)),
                List.of("limit"));
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail concurrentChange(ConcurrentChangeException e) {
        return problem(
                HttpStatus.CONFLICT,
                "concurrent-change",
                ProblemTexts.detail("concurrentChange", e.getMessage(), locale()));
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e, Locale locale) {
        String detail = texts.error(e, locale);
        return switch (e) {
            case InvalidValueException invalid ->
                fields(problem(HttpStatus.BAD_REQUEST, "invalid-value", detail), List.of(invalid.field()));
            case MissingDetailsException missing ->
                fields(problem(HttpStatus.UNPROCESSABLE_CONTENT, "missing-details", detail), missing.fields());
            case UnknownPartyException unknown -> problem(HttpStatus.NOT_FOUND, "unknown-party", detail);
            case UnknownEntryException unknown -> problem(HttpStatus.NOT_FOUND, "unknown-entry", detail);
            case HistoryConflictException conflict -> problem(HttpStatus.CONFLICT, "history-conflict", detail);
        };
    }

    private static Locale locale() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }

    /** Field-level errors in the shape the rest of the API uses: {@code errors: [{field, message}]}. */
    private static ProblemDetail fields(ProblemDetail problem, List<String> fields) {
        problem.setProperty(
                "errors",
                fields.stream()
                        .map(field -> Map.of("field", field, "message", problem.getDetail()))
                        .toList());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://trustledger.org/problems/" + type));
        return problem;
    }
}
