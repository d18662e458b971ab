package org.trustledger.adapters.persistence.personal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.domain.party.PersonId;

/**
 * Ids for people who are no party of their own (callers, representatives): an HMAC-SHA256 of what tells the person
 * apart (their folded name and number) under a key of the ledger's own, kept in {@code person_id_key} wrapped by the
 * {@link MasterKey}. The id is the same on every node and after every rebuild, and a copy of the database, or an id in
 * an access log, does not let anyone try names and numbers against it without the master key.
 *
 * <p>The key is never destroyed, so it is read once and kept; rotating the master key wraps it again, leaving it the
 * same.
 */
public final class JdbcPersonIds {
    private final JdbcClient jdbc;
    private final MasterKey master;
    private final Clock clock;
    private volatile SecretKey key;

    public JdbcPersonIds(JdbcClient jdbc, MasterKey master, Clock clock) {
        this.jdbc = jdbc;
        this.master = master;
        this.clock = clock;
    }

    /** The id of the person {@code identity} tells apart: a UUID (version 8) of the HMAC's first bytes. */
    public PersonId of(String identity) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            ByteBuffer bytes = ByteBuffer.wrap(mac.doFinal(identity.getBytes(StandardCharsets.UTF_8)));
            long high = bytes.getLong();
            long low = bytes.getLong();
            // RFC 9562: version 8 (custom) and the variant bits, so that the id is a well-formed UUID.
            high = (high & ~0xF000L) | 0x8000L;
            low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new PersonId(new UUID(high, low));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HMAC-SHA256", e);
        }
    }

    /**
     * Reads the key, making it when the ledger has none yet: done at start, outside any transaction, so that two nodes
     * starting together agree on one key and no command waits for it.
     */
    public void ensureKey() {
        key();
    }

    /**
     * Wraps the key with the current master key when it is still wrapped with {@code previous}, as every person's key
     * is when the master key is rotated; running it twice changes nothing.
     *
     * @return 1 when the key was wrapped again, else 0
     */
    public int rewrap(MasterKey previous) {
        Optional<String> wrapped = stored();
        if (wrapped.isEmpty()) {
            return 0;
        }
        try {
            master.unwrap(wrapped.get());
            return 0;
        } catch (IllegalStateException notCurrent) {
            return jdbc.sql("UPDATE person_id_key SET wrapped_key = :wrapped WHERE id = 1 AND wrapped_key = :old")
                    .param("wrapped", master.wrap(previous.unwrap(wrapped.get())))
                    .param("old", wrapped.get())
                    .update();
        }
    }

    private SecretKey key() {
        SecretKey known = key;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (key == null) {
                key = new SecretKeySpec(
                        master.unwrap(stored().orElseGet(this::make)).getEncoded(), "HmacSHA256");
            }
            return key;
        }
    }

    private Optional<String> stored() {
        return jdbc.sql("SELECT wrapped_key FROM person_id_key WHERE id = 1")
                .query(String.class)
                .optional();
    }

    private String make() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("HmacSHA256");
            generator.init(MasterKey.KEY_BYTES * 8);
            String wrapped =
                    master.wrap(new SecretKeySpec(generator.generateKey().getEncoded(), "AES"));
            jdbc.sql("INSERT INTO person_id_key (id, wrapped_key, created_at) VALUES (1, :wrapped, :at)")
                    .param("wrapped", wrapped)
                    .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
            return wrapped;
        } catch (DuplicateKeyException raced) {
            // Another node made it first: theirs is the ledger's.
            return stored().orElseThrow(() -> raced);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HMAC-SHA256", e);
        }
    }
}
