package org.trustledger.adapters.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.trustledger.application.port.out.StaffAccounts;

/**
 * Signs staff in from the accounts table; a disabled account is refused like a wrong password. A name typed in
 * another case finds the same account, and the session carries the name as stored.
 */
class StaffUserDetailsService implements UserDetailsService {
    private final StaffAccounts accounts;

    StaffUserDetailsService(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username)
                .map(StaffPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
