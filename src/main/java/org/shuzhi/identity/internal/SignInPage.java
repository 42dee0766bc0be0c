package org.shuzhi.identity.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; after a failed attempt it says why (wrong password, locked, too many attempts, disabled). */
@Controller
class SignInPage {

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            model.addAttribute("error", switch (error) {
                case "locked", "throttled", "disabled" -> error;
                default -> "bad";
            });
        }
        return "identity/login";
    }
}
