package org.trustledger.adapters.web.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.trustledger.application.port.out.PersonalTokens;
import org.trustledger.application.port.out.PersonalTokens.Token;

/** Each user creates, lists and revokes their own API tokens; a token's secret is shown once, at creation. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final PersonalTokens tokens;
    private final Clock clock;

    TokenController(PersonalTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** What the token is for, so its owner can tell their tokens apart. */
    record NewToken(@Size(max = 100) String label) {}

    /** A token as listed: never its secret. */
    record TokenResponse(String id, String label, Instant createdAt, boolean revoked) {
        static TokenResponse of(Token token) {
            return new TokenResponse(token.id(), token.label(), token.createdAt(), token.revoked());
        }
    }

    /** A new token with its secret: the only time it is ever shown. */
    record CreatedToken(String id, String label, Instant createdAt, String token) {}

    @PostMapping
    ResponseEntity<CreatedToken> create(@Valid @RequestBody NewToken body, Principal principal) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PersonalTokenFilter.PREFIX
                + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String label = body.label();
        var token = new Token(
                UUID.randomUUID().toString(),
                principal.getName(),
                PersonalTokenFilter.digest(secret),
                label,
                clock.instant(),
                false);
        tokens.add(token);
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id()))
                .body(new CreatedToken(token.id(), label, token.createdAt(), secret));
    }

    @GetMapping
    List<TokenResponse> mine(Principal principal) {
        return tokens.ofOwner(principal.getName()).stream()
                .map(TokenResponse::of)
                .toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id, Principal principal) {
        if (!tokens.revoke(principal.getName(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "you have no token " + id);
        }
        return ResponseEntity.noContent().build();
    }
}
