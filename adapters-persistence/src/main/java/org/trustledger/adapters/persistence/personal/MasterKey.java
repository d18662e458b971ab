package org.trustledger.adapters.persistence.personal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key every person's key is wrapped with (AES key wrap, RFC 3394): configuration, never stored in the database, so
 * that a copy of the database alone reads no personal data.
 */
public final class MasterKey {
    /** Bytes of an AES-256 key. */
    static final int KEY_BYTES = 32;

    private final SecretKey key;

    private MasterKey(byte[] bytes) {
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    "the master key must be " + KEY_BYTES + " bytes (base64 of 32 random bytes), not " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /** The master key from its base64 form, as configured. */
    public static MasterKey ofBase64(String base64) {
        try {
            return new MasterKey(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the master key is not base64 of 32 bytes: " + e.getMessage(), e);
        }
    }

    /**
     * The master key kept in a file, made once with random bytes and readable by its owner only where the file system
     * keeps permissions: the embedded database's own way to start with no configuration.
     */
    public static MasterKey inFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] bytes = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(bytes);
                try {
                    if (Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView("posix")) {
                        Files.createFile(
                                file,
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    } else {
                        Files.createFile(file);
                    }
                    Files.writeString(file, Base64.getEncoder().encodeToString(bytes) + "\n");
                } catch (FileAlreadyExistsException raced) {
                    // Another start made it first: read theirs.
                }
            }
            return ofBase64(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the master key file " + file, e);
        }
    }

    /** A new random master key, base64 as configuration takes it. */
    public static String generate() {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    String wrap(SecretKey personKey) {
        try {
            Cipher cipher = Cipher.getInstance("AESWrap");
            cipher.init(Cipher.WRAP_MODE, key);
            return Base64.getEncoder().encodeToString(cipher.wrap(personKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap a person's key", e);
        }
    }

    /** The person's key, or an exception when it was wrapped by another master key. */
    SecretKey unwrap(String wrapped) {
        try {
            Cipher cipher = Cipher.getInstance("AESWrap");
            cipher.init(Cipher.UNWRAP_MODE, key);
            return (SecretKey) cipher.unwrap(Base64.getDecoder().decode(wrapped), "AES", Cipher.SECRET_KEY);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "a person's key does not unwrap with the configured master key: is TRUSTLEDGER_MASTER_KEY the one"
                            + " the keys were made with?",
                    e);
        }
    }
}
