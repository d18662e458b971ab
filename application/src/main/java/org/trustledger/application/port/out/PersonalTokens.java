package org.trustledger.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Personal API tokens: only a digest of each is kept, so a copy of the table signs nobody in. */
public interface PersonalTokens {

    void add(Token token);

    Optional<Token> findByDigest(String digest);

    List<Token> ofOwner(String owner);

    /** Revokes one of the owner's tokens; false when the owner has no such token. */
    boolean revoke(String owner, String id);

    /** Revokes every token of the owner, as a new password does; answers how many were still live. */
    int revokeAll(String owner);

    /** A token as stored: its public id, whose it is, the SHA-256 digest of its secret and a label. */
    record Token(String id, String owner, String digest, String label, Instant createdAt, boolean revoked) {
        public Token {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(digest, "digest");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }
}
