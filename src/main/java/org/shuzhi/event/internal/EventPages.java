package org.shuzhi.event.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.event.EventCategories;
import org.shuzhi.event.EventSource;
import org.shuzhi.event.EventState;
import org.shuzhi.event.EventView;
import org.shuzhi.event.HandlingLevel;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.shuzhi.identity.Permission;
import org.shuzhi.platform.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The event centre's pages for every reader: {@code /events}, a searchable list of the events in the caller's
 * scope, and {@code /events/{id}}, one event with its place, dispatch explanation, timeline, pictures and the
 * actions the caller may take; departments by name where the caller's scope has them ({@link DepartmentNames}).
 * Actions from any page post to {@code /events/{id}/actions}: htmx gets the event's row back, a plain form a
 * redirect to the event.
 */
@Controller
class EventPages {

    private static final int PAGE_SIZE = 20;

    private final EventSearch search;
    private final EventRepository events;
    private final TimelineRepository timeline;
    private final AttachmentStore attachments;
    private final EventActions actions;
    private final EventCategories categories;
    private final Callers callers;
    private final MessageSource messages;
    private final WorkingCalendar calendar;
    private final DepartmentNames departments;

    EventPages(EventSearch search, EventRepository events, TimelineRepository timeline, AttachmentStore attachments,
            EventActions actions, EventCategories categories, Callers callers, MessageSource messages,
            WorkingCalendar calendar, DepartmentNames departments) {
        this.search = search;
        this.events = events;
        this.timeline = timeline;
        this.attachments = attachments;
        this.actions = actions;
        this.categories = categories;
        this.callers = callers;
        this.messages = messages;
        this.calendar = calendar;
        this.departments = departments;
    }

    /** The list's filters as the address carries them; blank means any. Dates are days in the platform's zone. */
    record ListParams(String state, String category, String source, String from, String to, Integer page) {
    }

    @GetMapping("/events")
    String list(@ModelAttribute("params") ListParams params, HttpServletRequest request, Model model, Locale locale) {
        Caller caller = callers.current();
        model.addAttribute("states", EventState.values());
        model.addAttribute("sources", EventSource.values());
        model.addAttribute("categories", categories.all());
        int page = params.page() == null || params.page() < 0 ? 0 : params.page();
        try {
            EventSearch.Filter filter = new EventSearch.Filter(
                    blank(params.state()) ? List.of() : List.of(value(EventState.class, params.state())),
                    blank(params.category()) ? null : params.category().strip(),
                    blank(params.source()) ? null : value(EventSource.class, params.source()), null, null, null, null, null,
                    day(params.from(), 0), day(params.to(), 1));
            EventSearch.Page found = search.search(filter, page, PAGE_SIZE, caller.scope());
            model.addAttribute("found", found);
            model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        } catch (ApiProblem problem) {
            model.addAttribute("problem", messages.getMessage(problem.messageKey(), problem.args(), locale));
        }
        model.addAttribute("page", page);
        boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null;
        return htmx ? "event/list :: results" : "event/list";
    }

    @GetMapping("/events/{id}")
    String detail(@PathVariable long id, Model model) {
        Caller caller = callers.current();
        EventView event = events.find(id, caller.scope()).orElseThrow(() -> ApiProblem.notFound("event.not-found", id));
        model.addAttribute("event", event);
        model.addAttribute("actions", actions.allowed(event, caller));
        model.addAttribute("needsReason", actions);
        model.addAttribute("levels", HandlingLevel.values());
        List<TimelineEntry> steps = timeline.timeline(id, caller.scope());
        model.addAttribute("timeline", steps);
        model.addAttribute("departmentNames", departments.forEvent(event, steps, caller.scope()));
        model.addAttribute("dispatchDepartments", caller.has(Permission.EVENT_DISPATCH)
                ? departments.choices(caller.scope()) : Map.of());
        model.addAttribute("attachments", attachments.list(id, caller.scope()));
        return "event/detail";
    }

    @PostMapping("/events/{id}/actions")
    String act(@PathVariable long id, EventActions.Form form, @RequestParam(defaultValue = "detail") String view,
            HttpServletRequest request, Model model, RedirectAttributes redirect, Locale locale) {
        Caller caller = callers.current();
        String problem = null;
        EventView event;
        try {
            event = actions.apply(id, form, caller);
        } catch (ApiProblem refused) {
            if (refused.status().value() == 404) {
                throw refused;
            }
            problem = messages.getMessage(refused.messageKey(), refused.args(), locale);
            event = events.find(id, caller.scope()).orElseThrow(() -> ApiProblem.notFound("event.not-found", id));
        }
        if (request.getHeader("HX-Request") == null || "detail".equals(view)) {
            redirect.addFlashAttribute("problem", problem);
            return "redirect:/events/" + id;
        }
        model.addAttribute("e", event);
        model.addAttribute("departmentNames", departments.of(List.of(event), EventView::assignedDepartment,
                caller.scope()));
        model.addAttribute("actions", actions.allowed(event, caller));
        model.addAttribute("needsReason", actions);
        model.addAttribute("levels", HandlingLevel.values());
        model.addAttribute("view", view);
        model.addAttribute("problem", problem);
        return "event/fragments :: row";
    }

    private Instant day(String text, int plusDays) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).plusDays(plusDays).atStartOfDay(calendar.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("event.pages.bad-date", text);
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("event.query.value", name, type.getSimpleName());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
