package org.shuzhi.catalog.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.shuzhi.catalog.AttachedResource;
import org.shuzhi.catalog.CatalogAction;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.CatalogQuery;
import org.shuzhi.catalog.ItemDataType;
import org.shuzhi.catalog.OpenType;
import org.shuzhi.catalog.ResourceFormat;
import org.shuzhi.catalog.SharingType;
import org.shuzhi.catalog.UpdateCycle;
import org.shuzhi.identity.Departments;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.CallerContext;
import org.shuzhi.privacy.DataGrade;
import org.shuzhi.privacy.FieldType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalog's pages: search with facets ({@code /catalog}), an entry with its items, workflow buttons and history
 * ({@code /catalog/{id}}), and the cataloguing form ({@code /catalog/new}). Refusals are shown on the page in the
 * caller's language; what the caller may not see answers the 404 page.
 */
@Controller
class CatalogPages {

    private final CatalogService catalog;
    private final CatalogSearch search;
    private final EntryHistory history;
    private final Departments departments;
    private final CallerContext caller;
    private final MessageSource messages;

    CatalogPages(CatalogService catalog, CatalogSearch search, EntryHistory history, Departments departments,
            CallerContext caller, MessageSource messages) {
        this.catalog = catalog;
        this.search = search;
        this.history = history;
        this.departments = departments;
        this.caller = caller;
        this.messages = messages;
    }

    @GetMapping("/catalog")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String provider,
            @RequestParam(required = false) String grade, @RequestParam(required = false) String sharingType,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
            HttpServletResponse response) {
        CatalogQuery query = new CatalogQuery(q, provider, grade, sharingType, region, null, page, 20);
        try {
            model.addAttribute("results", search.search(query, caller.scope()));
        } catch (ApiProblem problem) {
            model.addAttribute("problem", messages.getMessage(problem.messageKey(), problem.args(), locale));
        }
        response.setHeader("Vary", "HX-Request");
        model.addAttribute("query", query);
        model.addAttribute("mayCatalogue", caller.holds(Workflow.MANAGE));
        return htmx != null ? "catalog/search :: results" : "catalog/search";
    }

    @GetMapping("/catalog/{id}")
    String entry(@PathVariable long id, Model model) {
        return showEntry(id, model);
    }

    /** Takes a step; on success back to the entry (redirect), on refusal the entry with the reason and its status. */
    @PostMapping("/catalog/{id}/steps")
    String step(@PathVariable long id, @RequestParam CatalogAction action, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String resourceKind, @RequestParam(required = false) String resourceRef,
            Model model, Locale locale, HttpServletResponse response) {
        try {
            catalog.act(id, action, reason, resourceKind == null ? null : new AttachedResource(resourceKind, resourceRef));
            return "redirect:/catalog/" + id;
        } catch (ApiProblem problem) {
            if (problem.status().value() == 404) {
                throw problem;
            }
            response.setStatus(problem.status().value());
            model.addAttribute("problem", messages.getMessage(problem.messageKey(), problem.args(), locale));
            return showEntry(id, model);
        }
    }

    private String showEntry(long id, Model model) {
        CatalogEntry entry = catalog.find(id);
        List<EntryHistory.Step> steps = history.steps(id, caller.scope());
        boolean own = !steps.isEmpty();
        model.addAttribute("entry", entry);
        model.addAttribute("own", own);
        model.addAttribute("steps", steps);
        model.addAttribute("versions", history.versions(id, caller.scope()));
        // entries received by catalog sync are maintained on their origin node: no workflow buttons here
        model.addAttribute("actions", own && !entry.received() ? Workflow.allowed(entry.state(), caller::holds)
                : Set.of());
        return "catalog/entry";
    }

    @GetMapping("/catalog/new")
    String form(Model model) {
        return showForm(CatalogForm.empty(), null, model);
    }

    @PostMapping("/catalog/new")
    String create(@ModelAttribute CatalogForm form, Model model, Locale locale) {
        try {
            return "redirect:/catalog/" + catalog.create(form.draft()).id();
        } catch (ApiProblem problem) {
            if (problem.status().value() == 403) {
                throw problem;
            }
            Object field = problem.properties().get("field");
            String text = messages.getMessage(problem.messageKey(), problem.args(), locale);
            return showForm(form, field == null ? text : field + ": " + text, model);
        }
    }

    private String showForm(CatalogForm form, String problem, Model model) {
        if (!caller.holds(Workflow.MANAGE)) {
            throw new ApiProblem(org.springframework.http.HttpStatus.FORBIDDEN, "catalog.forbidden", Workflow.MANAGE);
        }
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("departments", departments.list(caller.scope()).stream()
                .filter(d -> caller.scope().departmentCodes().isEmpty()
                        || caller.scope().departmentCodes().contains(d.code())).toList());
        model.addAttribute("formats", ResourceFormat.values());
        model.addAttribute("cycles", UpdateCycle.values());
        model.addAttribute("sharingTypes", SharingType.values());
        model.addAttribute("openTypes", OpenType.values());
        model.addAttribute("dataTypes", ItemDataType.values());
        model.addAttribute("fieldTypes", Arrays.stream(FieldType.values()).toList());
        model.addAttribute("grades", DataGrade.values());
        return "catalog/form";
    }
}
