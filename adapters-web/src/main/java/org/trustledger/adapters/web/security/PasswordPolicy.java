package org.trustledger.adapters.web.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.trustledger.domain.InvalidValueException;

/**
 * NIST SP 800-63B for passwords people choose: at least twelve characters, at most 128, not a commonly used one and
 * not the user name; no composition rules, since they make passwords harder to remember rather than to guess.
 */
final class PasswordPolicy {
    static final int MINIMUM = 12;
    static final int MAXIMUM = 128;
    private final Set<String> common;

    PasswordPolicy() {
        var stream = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("the list of common passwords is missing from the classpath");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            common = reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses a password that breaks the policy, saying which rule. */
    void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM) {
            throw new InvalidValueException(
                    "password",
                    "password must be at least " + MINIMUM + " characters long",
                    "error.password.short",
                    Map.of("min", MINIMUM));
        }
        if (password.codePointCount(0, password.length()) > MAXIMUM) {
            throw new InvalidValueException(
                    "password",
                    "password must be at most " + MAXIMUM + " characters long",
                    "error.password.long",
                    Map.of("max", MAXIMUM));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || lower.chars().distinct().count() == 1) {
            throw new InvalidValueException(
                    "password",
                    "password is too common; choose a longer, less usual one",
                    "error.password.common",
                    Map.of());
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidValueException(
                    "password", "password must not contain the user name", "error.password.containsName", Map.of());
        }
    }
}
