package org.shuzhi.platform.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The workbench every user lands on. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
