package org.trustledger.adapters.persistence.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.application.port.out.FailedGuesses;

/**
 * Failed guesses in one table every node shares, a row per failure: a guesser balanced over several nodes is counted
 * once, as on one. Rows older than the throttle's window are deleted as new ones come, so the table holds an hour.
 */
@Repository
class JdbcFailedGuesses implements FailedGuesses {
    private final JdbcClient jdbc;

    JdbcFailedGuesses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(String key, Instant at, Instant forgetBefore) {
        jdbc.sql("DELETE FROM failed_guess WHERE failed_at < :horizon")
                .param("horizon", utc(forgetBefore))
                .update();
        jdbc.sql("INSERT INTO failed_guess (key_digest, failed_at) VALUES (:key, :at)")
                .param("key", digest(key))
                .param("at", utc(at))
                .update();
    }

    @Override
    public List<Instant> after(String key, Instant after) {
        return jdbc.sql("SELECT failed_at FROM failed_guess WHERE key_digest = :key AND failed_at > :after"
                        + " ORDER BY failed_at, id")
                .param("key", digest(key))
                .param("after", utc(after))
                .query((rs, row) ->
                        rs.getObject("failed_at", OffsetDateTime.class).toInstant())
                .list();
    }

    @Override
    public void forget(String key) {
        jdbc.sql("DELETE FROM failed_guess WHERE key_digest = :key")
                .param("key", digest(key))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String digest(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
