package org.trustledger.adapters.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.trustledger.adapters.web.support.StrictJsonConfiguration.Problems;

/**
 * Reads every request body whole before anything else does, under three limits: its size ({@link
 * StrictJsonConfiguration#MAX_BODY_BYTES}, whether declared or chunked, JSON or form), the time it may take to arrive,
 * and how many requests may be sending one at once, so that slow senders hold a few workers for a few seconds at
 * most and never all of them. Text bodies (JSON, forms, text) must be valid UTF-8; forms are parsed from the bytes
 * read here.
 */
final class StrictBodies extends OncePerRequestFilter {
    private final long timeoutNanos;
    private final Semaphore readers;

    StrictBodies(EdgeProperties limits) {
        this.timeoutNanos = limits.bodyReadTimeout().toNanos();
        this.readers = new Semaphore(limits.concurrentBodyReads());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > StrictJsonConfiguration.MAX_BODY_BYTES) {
            tooLarge(request, response);
            return;
        }
        boolean chunked = declared < 0 && request.getHeader("Transfer-Encoding") != null;
        MediaType type = mediaType(request);
        if (declared <= 0 && !chunked) {
            chain.doFilter(request, response);
            return;
        }
        if (type != null && type.getType().equals("multipart")) {
            // Nothing here takes files; a multipart body is still held to the size limit while it streams.
            chain.doFilter(new LimitedBodyRequest(request), response);
            return;
        }
        if (!readers.tryAcquire()) {
            response.setHeader("Retry-After", "5");
            response.setHeader("Connection", "close");
            Problems.write(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "too-many-uploads",
                    "too many requests are sending their bodies just now; try again in a few seconds");
            return;
        }
        byte[] body;
        try {
            body = read(request.getInputStream());
        } catch (TooLarge e) {
            tooLarge(request, response);
            return;
        } catch (IOException | TooSlow e) {
            // A read that timed out, or a body slower than the deadline: the connection is not worth keeping.
            response.setHeader("Connection", "close");
            try {
                Problems.write(
                        request,
                        response,
                        HttpStatus.REQUEST_TIMEOUT,
                        "body-too-slow",
                        "the request body did not arrive in time; send it whole, without pauses");
            } catch (IOException clientGone) {
                // Nobody is left to tell.
            }
            return;
        } finally {
            readers.release();
        }
        boolean form = type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(type);
        HttpServletRequest buffered;
        try {
            if (text(type)) {
                BufferedBodyRequest.strictUtf8(body);
            }
            buffered = new BufferedBodyRequest(request, body, form);
        } catch (IllegalArgumentException e) {
            Problems.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "invalid-encoding",
                    "the request body is not valid UTF-8 (or its form encoding is broken)");
            return;
        }
        chain.doFilter(buffered, response);
    }

    private byte[] read(ServletInputStream in) throws IOException {
        long deadline = System.nanoTime() + timeoutNanos;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            body.write(buffer, 0, n);
            if (body.size() > StrictJsonConfiguration.MAX_BODY_BYTES) {
                throw new TooLarge();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new TooSlow();
            }
        }
        return body.toByteArray();
    }

    /** JSON, forms and text, unless they name a charset other than UTF-8 (which no client of this API sends). */
    private static boolean text(MediaType type) {
        if (type == null) {
            return false;
        }
        boolean textual = type.getType().equals("text")
                || MediaType.APPLICATION_JSON.includes(type)
                || (type.getSubtype() != null && type.getSubtype().endsWith("+json"))
                || MediaType.APPLICATION_FORM_URLENCODED.includes(type);
        return textual && (type.getCharset() == null || type.getCharset().equals(StandardCharsets.UTF_8));
    }

    private static MediaType mediaType(HttpServletRequest request) {
        String header = request.getContentType();
        if (header == null) {
            return null;
        }
        try {
            return MediaType.parseMediaType(header);
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Tomcat would otherwise try to swallow the body to keep the connection; closing is cheaper.
        response.setHeader("Connection", "close");
        Problems.write(
                request,
                response,
                HttpStatus.CONTENT_TOO_LARGE,
                "body-too-large",
                "the request body is larger than " + StrictJsonConfiguration.MAX_BODY_BYTES / 1024 + " KB",
                StrictJsonConfiguration.MAX_BODY_BYTES / 1024);
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private static final class TooSlow extends RuntimeException {
        TooSlow() {
            super(null, null, false, false);
        }
    }
}
