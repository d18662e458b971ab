package org.trustledger.architecture.planted.security.adapters.fax;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.trustledger.architecture.planted.security.adapters.common.security.PlantedAllowed;

/** Legal: the chain names its own sign-in and takes its roles from the table's helper. */
public class FaxChainWithItsOwnSignIn {
    SecurityFilterChain chain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/fax/**")
                .authenticationManager(authentication -> authentication)
                .authorizeHttpRequests(auth -> auth.anyRequest().access(PlantedAllowed.fax()))
                .build();
    }
}
