package org.trustledger.adapters.web.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security checks the form it sends. */
@Controller
class LoginController {
    private static final DateTimeFormatter HELD_UNTIL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(UiTexts.ZONE);

    /**
     * The page, saying until when the account is held after too many failed sign-ins from here, when it is.
     *
     * @param held the moment the hold ends, in seconds since the epoch, as the failed sign-in sent it; anything
     *     else is ignored
     */
    @GetMapping("/login")
    String login(@RequestParam(name = "held", required = false) String held, Model model) {
        if (held != null && held.matches("[0-9]{1,12}")) {
            model.addAttribute("heldUntil", HELD_UNTIL.format(Instant.ofEpochSecond(Long.parseLong(held))));
        }
        return "login";
    }
}
