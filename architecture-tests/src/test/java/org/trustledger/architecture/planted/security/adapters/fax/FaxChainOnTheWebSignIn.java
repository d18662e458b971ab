package org.trustledger.architecture.planted.security.adapters.fax;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Illegal: the chain takes the web adapter's sign-in bean and never names its own. */
public class FaxChainOnTheWebSignIn {
    SecurityFilterChain chain(HttpSecurity http, AuthenticationManager staffSignIn) throws Exception {
        return http.securityMatcher("/fax/**").build();
    }
}
