package org.trustledger.adapters.web.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks the form it sends. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
