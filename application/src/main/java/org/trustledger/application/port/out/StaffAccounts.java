package org.trustledger.application.port.out;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The staff who may sign in: their role, whether they may still sign in, and their password's hash. */
public interface StaffAccounts {

    Optional<Account> find(String username);

    List<Account> all();

    /** Adds an account; false when the user name is taken, whichever node took it first. */
    boolean add(Account account);

    /** Replaces an existing account's role, state and password hash. */
    void update(Account account);

    /** What a member of staff may do. */
    enum Role {
        /** Screens callers, registers parties, records interactions and reads. */
        STAFF,
        /** Everything staff do, plus terminating, reinstating, reviewing links and managing accounts. */
        MANAGER,
        /** Reads, including history and past states, and never writes. */
        AUDITOR
    }

    /** One account; the password is only ever kept as an encoder's hash. */
    record Account(String username, String passwordHash, Role role, boolean enabled) {
        public Account {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(passwordHash, "passwordHash");
            Objects.requireNonNull(role, "role");
        }
    }
}
