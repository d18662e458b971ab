package org.trustledger.adapters.common.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.trustledger.adapters.common.ProblemTexts;

/**
 * RFC 9457 problems written by a security filter, before any controller (and so before {@link ProblemDetailsAdvice})
 * runs: the same type base and fields, so a client cannot tell which of the two answered.
 */
public final class FilterProblems {
    private FilterProblems() {}

    public static void write(HttpServletResponse response, HttpStatus status, String type, String detail)
            throws IOException {
        write(response, status, status.getReasonPhrase(), type, detail);
    }

    /**
     * The same problem in the request's language: the title of its status and the detail {@code problem.detail.<textKey>}
     * from the bundles, with {@code args} put in; {@code detail} only where the bundles have no such text.
     */
    public static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String type,
            String textKey,
            String detail,
            Object... args)
            throws IOException {
        write(
                response,
                status,
                ProblemTexts.title(status.value(), status.getReasonPhrase(), request.getLocale()),
                type,
                ProblemTexts.detail(textKey, detail, request.getLocale(), args));
    }

    private static void write(HttpServletResponse response, HttpStatus status, String title, String type, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"" + ProblemDetailsAdvice.TYPE_BASE + type + "\",\"title\":\"" + json(title)
                        + "\",\"status\":" + status.value() + ",\"detail\":\"" + json(detail) + "\"}");
    }

    private static String json(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
