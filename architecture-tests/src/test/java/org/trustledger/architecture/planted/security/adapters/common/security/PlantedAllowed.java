package org.trustledger.architecture.planted.security.adapters.common.security;

import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Legal: the one place that turns the permission table into authorities. */
public final class PlantedAllowed {
    private PlantedAllowed() {}

    public static AuthorizationManager<RequestAuthorizationContext> fax() {
        return AuthorityAuthorizationManager.hasAnyRole("STAFF");
    }
}
