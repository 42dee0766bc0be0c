package org.shuzhi.sharing.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.shuzhi.catalog.Catalog;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.sharing.ApplicationState;
import org.shuzhi.sharing.Decision;
import org.shuzhi.sharing.NewApplication;
import org.shuzhi.sharing.ObjectionState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sharing pages: {@code /sharing} — the apply form (for one resource, {@code ?entry=<code>}, with its
 * information items to tick), our applications, the grants we hold with the way to their rows
 * ({@link SharedRowsPage}), the provider's inbox with approve and reject through htmx (each answer replaces its row),
 * open objections — and {@code /sharing/statistics}.
 */
@Controller
@RequestMapping("/sharing")
class SharingPages {

    private final ApplicationService service;
    private final ApplicationRepository applications;
    private final ObjectionRepository objections;
    private final GrantRepository grants;
    private final Catalog catalog;
    private final Callers caller;
    private final Clock clock;

    SharingPages(ApplicationService service, ApplicationRepository applications, ObjectionRepository objections,
            GrantRepository grants, Catalog catalog, Callers caller, Clock clock) {
        this.service = service;
        this.applications = applications;
        this.objections = objections;
        this.grants = grants;
        this.catalog = catalog;
        this.caller = caller;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(required = false) String done, @RequestParam(required = false) String entry,
            Model model) {
        model.addAttribute("done", "applied".equals(done) ? done : null);
        return page(model, entry);
    }

    /** {@code fields}: ticked items (one parameter each) or typed column names, separated by commas or spaces. */
    @PostMapping("/applications")
    String apply(@RequestParam String entryCode, @RequestParam String purpose,
            @RequestParam(required = false) List<String> fields, @RequestParam(required = false) Integer durationDays,
            @RequestParam String legalBasis, @RequestParam(required = false) String rowRegion, Model model,
            HttpServletResponse response) {
        List<String> columns = fields == null ? List.of() : fields.stream()
                .flatMap(f -> Arrays.stream(f.split("[,，\\s]+"))).filter(s -> !s.isBlank()).toList();
        try {
            service.apply(new NewApplication(entryCode.strip(), purpose, columns, durationDays, legalBasis,
                    rowRegion == null || rowRegion.isBlank() ? null : rowRegion.strip()));
            return "redirect:/sharing?done=applied";
        } catch (ApiProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problem);
            return page(model, entryCode);
        }
    }

    /** htmx: decides and answers the inbox row as it now is, or the row with the problem. */
    @PostMapping("/applications/{id}/decision")
    String decide(@PathVariable long id, @RequestParam String outcome, @RequestParam(required = false) String reason,
            Model model) {
        try {
            model.addAttribute("a", service.decide(id, new Decision("approve".equals(outcome), reason, null, null,
                    null, null)));
        } catch (ApiProblem problem) {
            if (problem.status().value() == 404) {
                throw problem;
            }
            model.addAttribute("a", service.find(id));
            model.addAttribute("problem", problem);
        }
        return "sharing/index :: inbox-row";
    }

    @GetMapping("/statistics")
    String statistics() {
        return "sharing/statistics";
    }

    private String page(Model model, String entryCode) {
        var scope = caller.scope();
        Caller me = caller.current();
        model.addAttribute("entry", entryCode == null || entryCode.isBlank() ? null
                : catalog.published(entryCode.strip(), scope).orElse(null));
        model.addAttribute("entryCode", entryCode);
        model.addAttribute("mine", applications.list(Sides.CONSUMER, null, false, 50, scope));
        model.addAttribute("grants", grants.heldBy(me.username(), me.departmentCode(), 50, scope));
        model.addAttribute("now", clock.instant());
        model.addAttribute("inbox", caller.holds("SHARE_APPROVE") || caller.holds("CATALOG_REVIEW")
                ? applications.list(Sides.PROVIDER, ApplicationState.PENDING, false, 50, scope) : List.of());
        model.addAttribute("objections", objections.list(Sides.PROVIDER, ObjectionState.OPEN, 50, scope));
        return "sharing/index";
    }
}
