package org.trustledger.application.port.out;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The staff who may sign in: their role, whether they may still sign in, and their password's hash. */
public interface StaffAccounts {

    /**
     * The account of that name, or else the one whose name differs from it only in case: two names differing only in
     * case never both exist, so a name typed in another case still means one account.
     */
    Optional<Account> find(String username);

    List<Account> all();

    /** Adds an account; false when the user name is taken, in any case, whichever node took it first. */
    boolean add(Account account);

    /**
     * Changes an existing account's role, state or password hash in one transaction that holds every account still,
     * so two changes racing on two nodes cannot both pass the check that an enabled manager remains. A change of
     * password, role or state gives the account a new {@link Account#credentialsVersion()}.
     */
    Change change(String username, UnaryOperator<Account> change);

    /** What became of a change. */
    sealed interface Change {
        /** Done; the account as it now is. */
        record Changed(Account account) implements Change {}

        /** There is no such account. */
        record NoSuchAccount() implements Change {}

        /** Refused: the account is the last enabled manager, and the change would leave the shop with none. */
        record LastManager() implements Change {}
    }

    /** What a member of staff may do. */
    enum Role {
        /** Screens callers, registers parties, records interactions and reads. */
        STAFF,
        /** Everything staff do, plus terminating, reinstating, reviewing links and managing accounts. */
        MANAGER,
        /** Reads, including history and past states, and never writes. */
        AUDITOR
    }

    /**
     * One account; the password is only ever kept as an encoder's hash. The credentials version changes whenever the
     * password, the role or the state changes, so a session signed in before then can tell it is out of date.
     */
    record Account(String username, String passwordHash, Role role, boolean enabled, long credentialsVersion) {
        public Account {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(passwordHash, "passwordHash");
            Objects.requireNonNull(role, "role");
        }

        /** A new account, at its first credentials version. */
        public Account(String username, String passwordHash, Role role, boolean enabled) {
            this(username, passwordHash, role, enabled, 0);
        }

        public Account withPasswordHash(String hash) {
            return new Account(username, hash, role, enabled, credentialsVersion);
        }

        public Account withRole(Role newRole) {
            return new Account(username, passwordHash, newRole, enabled, credentialsVersion);
        }

        public Account withEnabled(boolean newEnabled) {
            return new Account(username, passwordHash, role, newEnabled, credentialsVersion);
        }

        /** An enabled manager: the shop must always keep one. */
        public boolean isActiveManager() {
            return enabled && role == Role.MANAGER;
        }

        /** Whether the other differs in what a signed-in session was granted on: password, role or state. */
        public boolean sameCredentialsAs(Account other) {
            return passwordHash.equals(other.passwordHash) && role == other.role && enabled == other.enabled;
        }
    }
}
