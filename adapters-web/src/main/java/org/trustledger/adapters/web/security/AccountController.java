package org.trustledger.adapters.web.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
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
import org.trustledger.application.port.out.StaffAccounts;
import org.trustledger.application.port.out.StaffAccounts.Account;
import org.trustledger.application.port.out.StaffAccounts.Role;
import org.trustledger.domain.InvalidValueException;

/** Managers create, disable and change staff accounts; everybody changes their own password. */
@RestController
class AccountController {
    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;

    AccountController(StaffAccounts accounts, PasswordEncoder encoder, PasswordPolicy policy) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
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
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the user name " + body.username() + " is taken");
        }
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.username()))
                .body(AccountResponse.of(account));
    }

    @PatchMapping("/api/v1/accounts/{username}")
    AccountResponse change(@PathVariable String username, @Valid @RequestBody AccountChange body) {
        Account current = accounts.find(username)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "there is no account " + username));
        String hash = current.passwordHash();
        if (body.password() != null) {
            policy.check(username, body.password());
            hash = encoder.encode(body.password());
        }
        var changed = new Account(
                username,
                hash,
                body.role() != null ? body.role() : current.role(),
                body.enabled() != null ? body.enabled() : current.enabled());
        if (isActiveManager(current) && !isActiveManager(changed) && activeManagers() == 1) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT, "this is the last enabled manager; make another manager first");
        }
        accounts.update(changed);
        return AccountResponse.of(changed);
    }

    @PutMapping("/api/v1/account/password")
    ResponseEntity<Void> changeOwnPassword(@Valid @RequestBody PasswordChange body, Principal principal) {
        Account current = accounts.find(principal.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "no account to change"));
        if (!encoder.matches(body.currentPassword(), current.passwordHash())) {
            throw new InvalidValueException("currentPassword", "currentPassword is not your current password");
        }
        policy.check(current.username(), body.newPassword());
        accounts.update(
                new Account(current.username(), encoder.encode(body.newPassword()), current.role(), current.enabled()));
        return ResponseEntity.noContent().build();
    }

    private long activeManagers() {
        return accounts.all().stream()
                .filter(AccountController::isActiveManager)
                .count();
    }

    private static boolean isActiveManager(Account account) {
        return account.enabled() && account.role() == Role.MANAGER;
    }
}
