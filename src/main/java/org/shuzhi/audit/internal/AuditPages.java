package org.shuzhi.audit.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.audit.AuditPage;
import org.shuzhi.audit.AuditQuery;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditors' pages: {@code /audit} searches the records of actors inside the caller's scope (the filters live
 * in the address, so a search can be bookmarked or sent on; htmx swaps only the results and keeps the address in
 * step), and {@code /audit/verify} verifies the chain. Both work without JavaScript. A filter that does not parse
 * is shown above the results instead of an error page.
 */
@Controller
@RequestMapping("/audit")
class AuditPages {

    private final AuditLog log;
    private final AuditAccess access;
    private final ChainCheck chainCheck;
    private final MessageSource messages;
    private final ZoneId zone;

    AuditPages(AuditLog log, AuditAccess access, ChainCheck chainCheck, MessageSource messages,
            AuditProperties properties) {
        this.log = log;
        this.access = access;
        this.chainCheck = chainCheck;
        this.messages = messages;
        this.zone = properties.zone();
    }

    @GetMapping
    String search(AuditQueryParams params, HttpServletRequest request, HttpServletResponse response, Model model,
            Locale locale) {
        DataScope scope = access.readScope();
        model.addAttribute("params", params);
        model.addAttribute("zone", zone);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("fromInput", params.from());
        model.addAttribute("toInput", params.to());
        model.addAttribute("csvLink", params.link("/api/audit/records.csv", null, null));
        try {
            AuditQuery query = params.toQuery(zone);
            AuditPage page = log.search(query, scope);
            model.addAttribute("page", page);
            model.addAttribute("fromInput", inputValue(query.from(), params.from()));
            model.addAttribute("toInput", inputValue(query.to(), params.to()));
            model.addAttribute("newerLink", page.newer() == null ? null : params.link("/audit", "after", page.newer()));
            model.addAttribute("olderLink", page.older() == null ? null : params.link("/audit", "before", page.older()));
            model.addAttribute("newestLink", query.before() == null && query.after() == null ? null
                    : params.link("/audit", null, null));
        } catch (ApiProblem problem) {
            model.addAttribute("problem", messages.getMessage(problem.messageKey(), problem.args(), locale));
        }
        boolean htmx = request.getHeader("HX-Request") != null
                && request.getHeader("HX-History-Restore-Request") == null;
        if (!htmx) {
            return "audit/search";
        }
        // the address bar shows the search without the form's empty fields
        response.setHeader("HX-Push-Url", request.getContextPath() + params.self("/audit"));
        return "audit/search :: results";
    }

    @GetMapping("/verify")
    String verify(@RequestParam(required = false) String run, Model model, Locale locale) {
        access.requireVerify();
        model.addAttribute("zone", zone);
        if (run != null) {
            model.addAttribute("report", chainCheck.run(locale));
        }
        return "audit/verify";
    }

    /** The verification result alone, for htmx to put into the page. */
    @GetMapping("/verify/result")
    String verifyResult(Model model, Locale locale) {
        model.addAttribute("zone", zone);
        model.addAttribute("report", chainCheck.run(locale));
        return "audit/verify :: result";
    }

    /** What a datetime-local field shows for a bound: the local time in the platform's zone. */
    private String inputValue(Instant bound, String typed) {
        return bound == null ? typed : bound.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
