package org.trustledger.adapters.persistence.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.application.port.out.PersonalTokens;

/** Personal tokens by the digest of their secret; the unique index makes each API request one indexed read. */
@Repository
class JdbcPersonalTokens implements PersonalTokens {
    private final JdbcClient jdbc;

    JdbcPersonalTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Token token) {
        jdbc.sql("""
                INSERT INTO personal_token (id, owner, digest, label, created_at, revoked)
                VALUES (:id, :owner, :digest, :label, :createdAt, :revoked)""")
                .param("id", token.id())
                .param("owner", token.owner())
                .param("digest", token.digest())
                .param("label", token.label())
                .param("createdAt", token.createdAt().atOffset(ZoneOffset.UTC))
                .param("revoked", token.revoked())
                .update();
    }

    @Override
    public Optional<Token> findByDigest(String digest) {
        return jdbc.sql("SELECT * FROM personal_token WHERE digest = :digest")
                .param("digest", digest)
                .query(JdbcPersonalTokens::token)
                .optional();
    }

    @Override
    public List<Token> ofOwner(String owner) {
        return jdbc.sql("SELECT * FROM personal_token WHERE owner = :owner ORDER BY created_at, id")
                .param("owner", owner)
                .query(JdbcPersonalTokens::token)
                .list();
    }

    @Override
    public boolean revoke(String owner, String id) {
        return jdbc.sql("UPDATE personal_token SET revoked = TRUE WHERE owner = :owner AND id = :id")
                        .param("owner", owner)
                        .param("id", id)
                        .update()
                > 0;
    }

    @Override
    public int revokeAll(String owner) {
        return jdbc.sql("UPDATE personal_token SET revoked = TRUE WHERE owner = :owner AND revoked = FALSE")
                .param("owner", owner)
                .update();
    }

    private static Token token(ResultSet rs, int row) throws SQLException {
        return new Token(
                rs.getString("id"),
                rs.getString("owner"),
                rs.getString("digest"),
                rs.getString("label"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("revoked"));
    }
}
