package org.trustledger.adapters.common.security;

import java.util.Arrays;
import java.util.function.Predicate;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.trustledger.application.port.out.Permission;
import org.trustledger.application.port.out.StaffAccounts.Role;

/**
 * The application's {@link Permission} table as Spring Security sees it: every adapter's filter chain authorises a path
 * with {@link #to(Permission)}, and code that checks by hand asks {@link #in(Predicate, Permission)}, so no adapter
 * writes a role's name (an architecture rule keeps {@code hasRole} and its kin to this class).
 */
public final class Allowed {
    private Allowed() {}

    /** Lets in whoever holds one of the roles the permission names. */
    public static AuthorizationManager<RequestAuthorizationContext> to(Permission permission) {
        return AuthorityAuthorizationManager.hasAnyAuthority(
                permission.roles().stream().map(Allowed::authority).toArray(String[]::new));
    }

    /** Whether a signed-in person, asked role by role (as {@code HttpServletRequest::isUserInRole}), may. */
    public static boolean in(Predicate<String> hasRole, Permission permission) {
        return Arrays.stream(Role.values())
                .filter(role -> hasRole.test(role.name()))
                .anyMatch(permission::allows);
    }

    /** The authority a signed-in member of staff holds for their role. */
    public static String authority(Role role) {
        return "ROLE_" + role.name();
    }
}
