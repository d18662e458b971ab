package org.trustledger.architecture.planted.security.adapters.fax;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Illegal: the chain writes a role's name itself instead of asking the permission table. */
public class FaxChainNamingRoles {
    SecurityFilterChain chain(HttpSecurity http) throws Exception {
        return http.authenticationManager(authentication -> authentication)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole("STAFF", "MANAGER"))
                .build();
    }
}
