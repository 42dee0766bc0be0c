package org.shuzhi.event.internal;

import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shuzhi.event.Category;
import org.shuzhi.event.EventCategories;
import org.shuzhi.event.HandlingLevel;
import org.shuzhi.event.Urgency;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.shuzhi.platform.ApiProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /events/rules}: the dispatch rules inside one's scope, with a form to add one and a button to deactivate
 * one (htmx swaps the list in place; without JavaScript the forms post and redirect as usual). Reading needs
 * {@code EVENT_DISPATCH}, the forms are offered to those who may write ({@link DispatchRuleService}).
 */
@Controller
@RequestMapping("/events/rules")
class DispatchRulePage {

    private final DispatchRuleService service;
    private final EventCategories categories;
    private final Callers callers;
    private final DepartmentNames departments;

    DispatchRulePage(DispatchRuleService service, EventCategories categories, Callers callers,
            DepartmentNames departments) {
        this.service = service;
        this.categories = categories;
        this.callers = callers;
        this.departments = departments;
    }

    @GetMapping
    String list(@RequestParam(required = false) String done, Model model) {
        if (done != null && done.matches("created|deactivated")) {
            model.addAttribute("done", done);
        }
        Caller me = callers.current();
        return page(me, blank(me), model);
    }

    @PostMapping
    String create(@ModelAttribute RuleDraft form, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Caller me = callers.current();
        return submit(() -> service.create(me, form), "created", model, request, response, () -> page(me, form, model));
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response) {
        Caller me = callers.current();
        service.get(me, id); // another jurisdiction's rule: 404, not a page
        return submit(() -> service.deactivate(me, id, null), "deactivated", model, request, response,
                () -> page(me, blank(me), model));
    }

    /**
     * Runs a change: on success redirects to the list (htmx follows and swaps it in); on a refusal renders the page
     * with the problem — with its status for a plain post, with 200 for htmx, which swaps only successful answers.
     */
    private static String submit(Supplier<?> change, String done, Model model, HttpServletRequest request,
            HttpServletResponse response, Supplier<String> page) {
        try {
            change.get();
            return "redirect:/events/rules?done=" + done;
        } catch (ApiProblem problem) {
            if (request.getHeader("HX-Request") == null) {
                response.setStatus(problem.status().value());
            }
            model.addAttribute("problem", problem);
            return page.get();
        }
    }

    private String page(Caller me, RuleDraft form, Model model) {
        List<DispatchRule> rules = service.list(me);
        model.addAttribute("rules", rules);
        model.addAttribute("departmentNames", departments.of(rules, DispatchRule::department, me.scope()));
        model.addAttribute("mayWrite", DispatchRuleService.mayWrite(me));
        model.addAttribute("form", form);
        model.addAttribute("categories", categories.all().stream()
                .collect(Collectors.toMap(Category::code, c -> c, (a, b) -> a, TreeMap::new)));
        model.addAttribute("levels", HandlingLevel.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("dayTypes", DayType.values());
        return "event/rules";
    }

    private static RuleDraft blank(Caller me) {
        return new RuleDraft(me.regionCode(), null, 0, null, null, null, null, null, null, null, null, false, null);
    }
}
