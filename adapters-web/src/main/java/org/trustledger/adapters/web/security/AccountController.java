package org.trustledger.adapters.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.trustledger.adapters.common.problem.LocalizedProblem;
import org.trustledger.adapters.common.throttle.GuessThrottle;
import org.trustledger.application.port.out.PersonalTokens;
import org.trustledger.application.port.out.StaffAccounts;
import org.trustledger.application.port.out.StaffAccounts.Account;
import org.trustledger.application.port.out.StaffAccounts.Change;
import org.trustledger.application.port.out.StaffAccounts.Role;
import org.trustledger.domain.InvalidValueException;

/** Managers create, disable and change staff accounts; everybody changes their own password. */
@RestController
class AccountController {
    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final GuessThrottle throttle;
    private final PersonalTokens tokens;

    AccountController(
            StaffAccounts accounts,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            GuessThrottle throttle,
            PersonalTokens tokens) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.throttle = throttle;
        this.tokens = tokens;
    }

    /** A new account. */
    record NewAccount(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+")
            String username,

            @NotNull String password,
            @NotNull Role role) {}

    /** Changes to an account; what is left out stays as it is. */
    record AccountChange(Boolean enabled, Role role, String password) {}

    /** One's own new password, with the current one to prove it is really its owner at the keyboard. */
    record PasswordChange(
            @NotNull String currentPassword, @NotNull String newPassword) {}

    /** An account as shown: never its password hash. */
    record AccountResponse(String username, Role role, boolean enabled) {
        static AccountResponse of(Account account) {
            return new AccountResponse(account.username(), account.role(), account.enabled());
        }
    }

    @GetMapping("/api/v1/accounts")
    List<AccountResponse> list() {
        return accounts.all().stream().map(AccountResponse::of).toList();
    }

    @PostMapping("/api/v1/accounts")
    ResponseEntity<AccountResponse> create(@Valid @RequestBody NewAccount body) {
        policy.check(body.username(), body.password());
        var account = new Account(body.username(), encoder.encode(body.password()), body.role(), true);
        if (!accounts.add(account)) {
            String taken = accounts.find(body.username()).map(Account::username).orElse(body.username());
            throw new LocalizedProblem(
                    HttpStatus.CONFLICT, "user-name-taken", "problem.detail.userNameTaken", body.username(), taken);
        }
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.username()))
                .body(AccountResponse.of(account));
    }

    @PatchMapping("/api/v1/accounts/{username}")
    AccountResponse change(@PathVariable String username, @Valid @RequestBody AccountChange body) {
        // Hashed before the accounts are locked: bcrypt takes tens of milliseconds no other change should wait for.
        String hash = null;
        if (body.password() != null) {
            policy.check(username, body.password());
            hash = encoder.encode(body.password());
        }
        String newHash = hash;
        Change done = accounts.change(username, current -> {
            Account changed = current;
            if (newHash != null) {
                changed = changed.withPasswordHash(newHash);
            }
            if (body.role() != null) {
                changed = changed.withRole(body.role());
            }
            if (body.enabled() != null) {
                changed = changed.withEnabled(body.enabled());
            }
            return changed;
        });
        return switch (done) {
            case Change.Changed changed -> {
                if (newHash != null) {
                    // A reset ends whatever the old password let someone make: the account's tokens go with it.
                    tokens.revokeAll(changed.account().username());
                }
                yield AccountResponse.of(changed.account());
            }
            case Change.NoSuchAccount none ->
                throw new LocalizedProblem(
                        HttpStatus.NOT_FOUND, "unknown-account", "problem.detail.unknownAccount", username);
            case Change.LastManager last ->
                throw new LocalizedProblem(HttpStatus.CONFLICT, "last-manager", "problem.detail.lastManager");
        };
    }

    @PutMapping("/api/v1/account/password")
    ResponseEntity<Void> changeOwnPassword(
            @Valid @RequestBody PasswordChange body, Principal principal, HttpServletRequest request) {
        Account current = accounts.find(principal.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "no account to change"));
        // Whoever holds a session or a token could otherwise try passwords here at bcrypt's pace, unthrottled.
        String secret = "password:" + current.username().toLowerCase(Locale.ROOT);
        String address = request.getRemoteAddr();
        throttle.waitFor(secret, address).ifPresent(wait -> {
            throw new TooManyGuessesException(
                    wait,
                    org.trustledger.adapters.web.support.ProblemTitles.detail(
                            "too-many-guesses",
                            "too many wrong current passwords from this address; try again in "
                                    + Math.max(1, wait.toSeconds()) + " seconds",
                            org.springframework.context.i18n.LocaleContextHolder.getLocale(),
                            Math.max(1, wait.toSeconds())));
        });
        if (!encoder.matches(body.currentPassword(), current.passwordHash())) {
            throttle.failed(secret, address);
            throw new InvalidValueException("currentPassword", "currentPassword is not your current password");
        }
        throttle.succeeded(secret, address);
        policy.check(current.username(), body.newPassword());
        String hash = encoder.encode(body.newPassword());
        if (!(accounts.change(current.username(), account -> account.withPasswordHash(hash))
                instanceof Change.Changed)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "no account to change");
        }
        tokens.revokeAll(current.username());
        return ResponseEntity.noContent().build();
    }
}
