package org.shuzhi.identity.internal;

import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.shuzhi.platform.ApiProblem;
import org.springframework.ui.Model;

/**
 * How the administration pages answer a form: after a change, a redirect (so reloading does not repeat it) to a
 * page that says what was done; when the input is refused, the same page again with the reason, answered with
 * the problem's status — so a refused change is a 4xx for browsers and clients alike.
 */
final class PageForms {

    /** The outcomes a page may announce, as {@code ?done=} values; anything else is ignored. */
    private static final Set<String> DONE = Set.of("created", "updated", "roles", "enabled", "disabled", "password",
            "deleted", "revoked");

    private PageForms() {
    }

    /** Runs {@code change}; redirects to {@code next} with {@code done}, or shows {@code page} with the problem. */
    static String submit(Runnable change, String next, String done, Model model, HttpServletResponse response,
            Supplier<String> page) {
        try {
            change.run();
            return "redirect:" + next + (next.contains("?") ? "&" : "?") + "done=" + done;
        } catch (ApiProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problem);
            return page.get();
        }
    }

    /** The announced outcome, when it is one of the known ones. */
    static void announce(String done, Model model) {
        if (done != null && DONE.contains(done)) {
            model.addAttribute("done", done);
        }
    }

    /** A blank form field as {@code null}. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
