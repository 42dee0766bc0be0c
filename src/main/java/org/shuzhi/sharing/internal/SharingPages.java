package org.shuzhi.sharing.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.CallerContext;
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
 * The sharing pages: {@code /sharing} — the apply form, our applications, the provider's inbox with approve and
 * reject through htmx (each answer replaces its row), open objections — and {@code /sharing/statistics}.
 */
@Controller
@RequestMapping("/sharing")
class SharingPages {

    private final ApplicationService service;
    private final ApplicationRepository applications;
    private final ObjectionRepository objections;
    private final CallerContext caller;

    SharingPages(ApplicationService service, ApplicationRepository applications, ObjectionRepository objections,
            CallerContext caller) {
        this.service = service;
        this.applications = applications;
        this.objections = objections;
        this.caller = caller;
    }

    @GetMapping
    String page(@RequestParam(required = false) String done, Model model) {
        model.addAttribute("done", "applied".equals(done) ? done : null);
        return page(model);
    }

    @PostMapping("/applications")
    String apply(@RequestParam String entryCode, @RequestParam String purpose, @RequestParam String fields,
            @RequestParam(required = false) Integer durationDays, @RequestParam String legalBasis,
            @RequestParam(required = false) String rowRegion, Model model, HttpServletResponse response) {
        List<String> columns = Arrays.stream(fields.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
        try {
            service.apply(new NewApplication(entryCode.strip(), purpose, columns, durationDays, legalBasis,
                    rowRegion == null || rowRegion.isBlank() ? null : rowRegion.strip()));
            return "redirect:/sharing?done=applied";
        } catch (ApiProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problem);
            return page(model);
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

    private String page(Model model) {
        var scope = caller.scope();
        model.addAttribute("mine", applications.list(Sides.CONSUMER, null, false, 50, scope));
        model.addAttribute("inbox", caller.holds("SHARE_APPROVE") || caller.holds("CATALOG_REVIEW")
                ? applications.list(Sides.PROVIDER, ApplicationState.PENDING, false, 50, scope) : List.of());
        model.addAttribute("objections", objections.list(Sides.PROVIDER, ObjectionState.OPEN, 50, scope));
        return "sharing/index";
    }
}
