package org.trustledger.adapters.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The last rule of a chain: whoever is signed in reaches an address no controller serves, so they are told {@code 404}
 * or {@code 405} as anywhere on the web; a stranger is sent to sign in as for any address, so learns nothing of which
 * routes exist. A route that is served but that no rule names stays denied: a forgotten permission never opens it.
 */
final class Unserved implements AuthorizationManager<RequestAuthorizationContext> {
    private static final AuthenticationTrustResolver SIGNED_IN = new AuthenticationTrustResolverImpl();

    private final Supplier<RequestMappingHandlerMapping> routes;

    Unserved(Supplier<RequestMappingHandlerMapping> routes) {
        this.routes = routes;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(
                SIGNED_IN.isAuthenticated(authentication.get()) && !served(context.getRequest()));
    }

    private boolean served(HttpServletRequest request) {
        boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
        if (parsedHere) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            return routes.get().getHandler(request) != null;
        } catch (HttpRequestMethodNotSupportedException wrongMethod) {
            return false;
        } catch (Exception servedButNotAsAsked) {
            // The path and method match a route that wants another body or answer: a route all the same.
            return true;
        } finally {
            if (parsedHere) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
