package org.shuzhi.event.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.event.EventCategories;
import org.shuzhi.event.EventView;
import org.shuzhi.event.HandlingLevel;
import org.shuzhi.event.Urgency;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.shuzhi.identity.Permission;
import org.shuzhi.platform.ApiProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages of the people who work on events: the dispatcher's queue {@code /events/queue} (调度台), a handler's
 * tasks {@code /events/tasks} (待办) and the grid inspector's phone page {@code /inspector} (网格员移动端) with the
 * report form, their own events and patrol check-in. Each needs the permission of its work; without it, 403.
 */
@Controller
class WorkPages {

    /** The texts the report script shows, by the name it uses: {@code event.pages.inspector.<name>}. */
    private static final List<String> SCRIPT_TEXTS = List.of("locating", "located", "locate-failed", "picked",
            "need-category", "need-place", "sending", "sent", "sent-again", "photo-failed", "failed",
            "patrol-in", "patrol-out", "patrol-missing", "patrol-failed", "patrol-none", "view");

    private final EventWorklists worklists;
    private final MessageSource messages;
    private final EventActions actions;
    private final EventCategories categories;
    private final Callers callers;
    private final ObjectMapper json;
    private final DepartmentNames departments;
    private final String tileUrl;

    WorkPages(EventWorklists worklists, EventActions actions, EventCategories categories, Callers callers,
            ObjectMapper json, MessageSource messages, DepartmentNames departments,
            @Value("${shuzhi.map.tile-url:}") String tileUrl) {
        this.worklists = worklists;
        this.messages = messages;
        this.actions = actions;
        this.categories = categories;
        this.callers = callers;
        this.json = json;
        this.departments = departments;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/events/queue")
    String queue(Model model) {
        Caller caller = require(Permission.EVENT_DISPATCH);
        rows(model, caller, worklists.queue(caller.scope()), "queue");
        model.addAttribute("dispatchDepartments", departments.choices(caller.scope()));
        return "event/queue";
    }

    @GetMapping("/events/tasks")
    String tasks(Model model) {
        Caller caller = require(Permission.EVENT_HANDLE);
        rows(model, caller, worklists.tasks(caller.departmentCode(), caller.regionCode(), caller.scope()), "tasks");
        return "event/tasks";
    }

    @GetMapping("/inspector")
    String inspector(Model model, Locale locale) throws JsonProcessingException {
        Caller caller = require(Permission.EVENT_REPORT);
        mine(model, caller);
        List<Map<String, Object>> catalogue = categories.all().stream().map(c -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", c.code());
            entry.put("parent", c.parentCode());
            entry.put("name", c.name(locale));
            return entry;
        }).toList();
        model.addAttribute("catalogue", json.writeValueAsString(catalogue));
        Map<String, String> texts = new LinkedHashMap<>();
        SCRIPT_TEXTS.forEach(name -> texts.put(name, messages.getMessage("event.pages.inspector." + name, null, locale)));
        model.addAttribute("texts", json.writeValueAsString(texts));
        model.addAttribute("grids", String.join(",", caller.gridCodes().stream().sorted().toList()));
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("tileUrl", tileUrl);
        return "event/inspector";
    }

    /** The inspector's events alone, for htmx to refresh after a report. */
    @GetMapping("/inspector/tasks")
    String inspectorTasks(Model model) {
        mine(model, require(Permission.EVENT_REPORT));
        return "event/inspector :: mine";
    }

    private void mine(Model model, Caller caller) {
        rows(model, caller, worklists.inspector(caller.username(), caller.gridCodes(), caller.scope()), "inspector");
    }

    private void rows(Model model, Caller caller, List<EventView> rows, String view) {
        Map<Long, Object> allowed = new LinkedHashMap<>();
        rows.forEach(e -> allowed.put(e.id(), actions.allowed(e, caller)));
        model.addAttribute("rows", rows);
        model.addAttribute("departmentNames", departments.of(rows, EventView::assignedDepartment, caller.scope()));
        model.addAttribute("allowed", allowed);
        model.addAttribute("needsReason", actions);
        model.addAttribute("levels", HandlingLevel.values());
        model.addAttribute("view", view);
    }

    private Caller require(Permission permission) {
        Caller caller = callers.current();
        if (!caller.has(permission)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "event.forbidden", permission);
        }
        return caller;
    }
}
