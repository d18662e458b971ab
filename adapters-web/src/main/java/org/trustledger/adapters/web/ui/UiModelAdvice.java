package org.trustledger.adapters.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.UriComponentsBuilder;
import org.trustledger.adapters.common.security.Allowed;
import org.trustledger.application.port.out.Permission;
import org.trustledger.domain.DomainException;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.UnknownPartyException;

/**
 * What every dashboard page shows around its content: who is signed in, the language switch that keeps the page,
 * and a page in the reader's language, never a stack trace, when something cannot be shown.
 */
@ControllerAdvice(basePackageClasses = UiModelAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiModelAdvice {
    private static final Pattern PARTY_FORM = Pattern.compile("(/parties/[^/]+)/[^/]+");

    private final UiTexts texts;

    UiModelAdvice(UiTexts texts) {
        this.texts = texts;
    }

    @ModelAttribute
    void frame(Model model, HttpServletRequest request, Principal principal, Locale locale) {
        model.addAttribute("signedInAs", principal == null ? null : principal.getName());
        model.addAttribute("lang", UiWebConfiguration.supported(locale).getLanguage());
        model.addAttribute("langJa", switchedTo(request, "ja"));
        model.addAttribute("langEn", switchedTo(request, "en"));
        model.addAttribute("path", request.getRequestURI());
        model.addAttribute("may", may(request));
    }

    /**
     * What the reader may do, by the application's permission table ({@code ${may['DECIDE']}}), so a page shows an
     * action exactly to whom the security chains let do it.
     */
    private static Map<String, Boolean> may(HttpServletRequest request) {
        return Arrays.stream(Permission.values())
                .collect(Collectors.toUnmodifiableMap(
                        Permission::name, permission -> Allowed.in(request::isUserInRole, permission)));
    }

    /** The same page in another language; after a form was sent, the page the form came from. */
    private static String switchedTo(HttpServletRequest request, String language) {
        boolean get = "GET".equals(request.getMethod());
        var builder = UriComponentsBuilder.fromPath(get ? request.getRequestURI() : formPage(request.getRequestURI()));
        if (get && request.getQueryString() != null) {
            builder.query(request.getQueryString());
        }
        return builder.replaceQueryParam(UiWebConfiguration.LANGUAGE_PARAMETER, language)
                .build()
                .toUriString();
    }

    /** The page a form was sent from, since the address a form posts to has no page of its own. */
    static String formPage(String postedTo) {
        if (postedTo.startsWith("/intake")) {
            return "/";
        }
        if (postedTo.equals("/parties")) {
            return "/parties/new";
        }
        var party = PARTY_FORM.matcher(postedTo);
        return party.matches() ? party.group(1) : postedTo;
    }

    @ExceptionHandler(UnknownPartyException.class)
    String unknownParty(HttpServletRequest request, HttpServletResponse response, Principal principal, Model model) {
        return problem(request, response, principal, model, HttpStatus.NOT_FOUND, "ui.error.unknownParty", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(
            MethodArgumentTypeMismatchException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Principal principal,
            Model model) {
        return problem(request, response, principal, model, HttpStatus.BAD_REQUEST, "ui.error.badParameter", null);
    }

    @ExceptionHandler(DomainException.class)
    String domain(
            DomainException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Principal principal,
            Model model,
            Locale locale) {
        String detail = texts.error(e, locale);
        return e instanceof HistoryConflictException
                ? problem(request, response, principal, model, HttpStatus.CONFLICT, "ui.error.conflict", detail)
                : problem(request, response, principal, model, HttpStatus.BAD_REQUEST, "ui.error.invalid", detail);
    }

    private String problem(
            HttpServletRequest request,
            HttpServletResponse response,
            Principal principal,
            Model model,
            HttpStatus status,
            String messageKey,
            String detail) {
        // An exception handler gets a model of its own, without the frame the page needs.
        Locale locale = LocaleContextHolder.getLocale();
        frame(model, request, principal, locale);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", texts.message(messageKey, locale));
        model.addAttribute("detail", detail);
        return "error-page";
    }
}
