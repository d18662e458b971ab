package org.trustledger.adapters.web.ui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A dashboard form sent with a token that no longer holds (the page stood open past the session, or the session was
 * ended elsewhere): the product's own page, in the reader's language, with everything typed still there — sent again
 * in one press while signed in, or shown to copy after signing in again. Never Spring's English error page.
 */
@Controller
class FormExpiredController {
    /** Where the security chain forwards such a form. */
    static final String PATH = "/form-expired";

    /** Never shown back, nor sent again: a secret, or the token that failed. */
    private static final Set<String> NOT_KEPT = Set.of("_csrf", "password", "currentPassword", "newPassword");

    /** One field as it was typed. */
    record Typed(String name, String value) {}

    private final UiTexts texts;

    FormExpiredController(UiTexts texts) {
        this.texts = texts;
    }

    @RequestMapping(PATH)
    String expired(
            HttpServletRequest request, HttpServletResponse response, Principal principal, Model model, Locale locale) {
        Object sentTo = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String action = sentTo instanceof String uri && uri.startsWith("/") && !uri.startsWith("//") ? uri : "/";
        List<Typed> typed = new ArrayList<>();
        for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
            if (!NOT_KEPT.contains(field.getKey())) {
                for (String value : field.getValue()) {
                    typed.add(new Typed(field.getKey(), value));
                }
            }
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("action", action);
        model.addAttribute("typed", typed);
        model.addAttribute("signedIn", principal != null);
        model.addAttribute("label", (java.util.function.Function<String, String>) name -> label(name, locale));
        return "form-expired";
    }

    private String label(String field, Locale locale) {
        String key = "field." + field;
        String label = texts.message(key, locale);
        return label.equals(key) ? field : label;
    }
}
