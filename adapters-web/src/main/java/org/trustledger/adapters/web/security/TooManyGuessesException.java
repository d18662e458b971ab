package org.trustledger.adapters.web.security;

import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 429 problem with {@code Retry-After}: too many wrong guesses of a secret from this address. */
class TooManyGuessesException extends ErrorResponseException {

    TooManyGuessesException(Duration retryAfter, String detail) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(detail), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
        problem.setType(URI.create("https://trustledger.org/problems/too-many-guesses"));
        return problem;
    }
}
