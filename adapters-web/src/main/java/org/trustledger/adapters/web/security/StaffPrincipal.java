package org.trustledger.adapters.web.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.trustledger.adapters.common.security.Allowed;
import org.trustledger.application.port.out.StaffAccounts.Account;
import org.trustledger.application.port.out.StaffAccounts.Role;

/**
 * A member of staff as signed in: the account's role and credentials version at that moment travel with the session,
 * so every later request can tell whether the account has changed since.
 */
final class StaffPrincipal extends User {
    private final Role role;
    private final long credentialsVersion;

    StaffPrincipal(Account account) {
        super(
                account.username(),
                account.passwordHash(),
                account.enabled(),
                true,
                true,
                true,
                List.of(new SimpleGrantedAuthority(Allowed.authority(account.role()))));
        this.role = account.role();
        this.credentialsVersion = account.credentialsVersion();
    }

    /** Whether the account as it now is still grants what this sign-in was granted. */
    boolean stillHolds(Account now) {
        return now.username().equals(getUsername())
                && now.enabled()
                && now.role() == role
                && now.credentialsVersion() == credentialsVersion;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
