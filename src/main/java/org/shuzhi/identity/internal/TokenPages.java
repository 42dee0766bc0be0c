package org.shuzhi.identity.internal;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.shuzhi.identity.ApiTokens;
import org.shuzhi.identity.ApiTokens.IssuedToken;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.shuzhi.platform.ApiProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 我的令牌 page: everyone's own API tokens — issue one (its text is shown on the answer to issuing it and never
 * again; that answer is not cached), see when each was used, revoke one.
 */
@Controller
@RequestMapping("/account/tokens")
class TokenPages {

    static final int DEFAULT_DAYS = 90;

    private final ApiTokens tokens;
    private final Callers callers;

    TokenPages(ApiTokens tokens, Callers callers) {
        this.tokens = tokens;
        this.callers = callers;
    }

    @GetMapping
    String list(@RequestParam(required = false) String done, Model model) {
        PageForms.announce(done, model);
        return page(callers.current(), model);
    }

    @PostMapping
    String issue(@RequestParam(required = false) String name, @RequestParam(defaultValue = "" + DEFAULT_DAYS) int days,
            Model model, HttpServletResponse response) {
        Caller me = callers.current();
        try {
            IssuedToken issued = tokens.issue(me, me.username(), name, Duration.ofDays(days));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            model.addAttribute("issued", issued);
        } catch (ApiProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problem);
        }
        return page(me, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id) {
        tokens.revoke(callers.current(), id);
        return "redirect:/account/tokens?done=revoked";
    }

    private String page(Caller me, Model model) {
        model.addAttribute("tokens", tokens.list(me, me.username()));
        model.addAttribute("defaultDays", DEFAULT_DAYS);
        return "identity/tokens";
    }
}
