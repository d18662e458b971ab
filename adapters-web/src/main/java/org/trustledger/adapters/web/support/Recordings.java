package org.trustledger.adapters.web.support;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.trustledger.application.port.in.Recording;
import org.trustledger.domain.InvalidValueException;

/** Builds the {@link Recording} of a write request: the signed-in user, correlation id and idempotency key. */
public final class Recordings {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern WELL_FORMED_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private Recordings() {}

    /**
     * @param body the parsed request body; records print their content, which makes a stable fingerprint
     */
    public static Recording of(HttpServletRequest request, Principal principal, Object body) {
        String correlationId = CorrelationIdFilter.of(request);
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key == null) {
            return Recording.of(principal.getName(), correlationId);
        }
        if (!WELL_FORMED_KEY.matcher(key).matches()) {
            throw new InvalidValueException(
                    IDEMPOTENCY_KEY, "Idempotency-Key must be 1 to 200 visible ASCII characters, such as a UUID");
        }
        String fingerprint = sha256(request.getMethod() + " " + request.getRequestURI() + " " + body);
        return new Recording(principal.getName(), correlationId, key, fingerprint);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
