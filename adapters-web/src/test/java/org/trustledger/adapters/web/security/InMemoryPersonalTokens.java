package org.trustledger.adapters.web.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.trustledger.application.port.out.PersonalTokens;

/** Personal tokens in a map, for web tests. */
public final class InMemoryPersonalTokens implements PersonalTokens {
    private final Map<String, Token> byId = new ConcurrentHashMap<>();

    @Override
    public void add(Token token) {
        byId.put(token.id(), token);
    }

    @Override
    public Optional<Token> findByDigest(String digest) {
        return byId.values().stream().filter(t -> t.digest().equals(digest)).findFirst();
    }

    @Override
    public List<Token> ofOwner(String owner) {
        return byId.values().stream().filter(t -> t.owner().equals(owner)).toList();
    }

    @Override
    public boolean revoke(String owner, String id) {
        Token token = byId.get(id);
        if (token == null || !token.owner().equals(owner)) {
            return false;
        }
        byId.put(id, new Token(id, owner, token.digest(), token.label(), token.createdAt(), true));
        return true;
    }

    @Override
    public int revokeAll(String owner) {
        List<Token> live = ofOwner(owner).stream().filter(t -> !t.revoked()).toList();
        live.forEach(t -> revoke(owner, t.id()));
        return live.size();
    }

    public void reset() {
        byId.clear();
    }
}
