package org.shuzhi.event.internal;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.event.EventAction;
import org.shuzhi.event.EventIntake;
import org.shuzhi.event.EventSource;
import org.shuzhi.event.EventState;
import org.shuzhi.event.EventView;
import org.shuzhi.event.HandlingLevel;
import org.shuzhi.event.NewEvent;
import org.shuzhi.event.Urgency;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.shuzhi.identity.Permission;
import org.shuzhi.platform.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the event centre: report, list, read, timeline and transitions, all within the caller's scope. */
@RestController
@RequestMapping("/api/events")
@Tag(name = "Events 事件", description = "一网统管: report → accept → dispatch → receive → handle → verify → close")
class EventApi {

    private final EventIntake intake;
    private final EventRepository events;
    private final EventSearch search;
    private final TimelineRepository timeline;
    private final TransitionService transitions;
    private final Callers callers;

    EventApi(EventIntake intake, EventRepository events, EventSearch search, TimelineRepository timeline,
            TransitionService transitions, Callers callers) {
        this.intake = intake;
        this.events = events;
        this.search = search;
        this.timeline = timeline;
        this.transitions = transitions;
        this.callers = callers;
    }

    /**
     * A report as clients send it.
     *
     * @param source         where it comes from; {@code GRID_PATROL} when absent
     * @param idempotencyKey the client's key (also accepted as header {@code Idempotency-Key})
     */
    record ReportRequest(EventSource source, String idempotencyKey, String categoryCode, String title,
            String description, Urgency urgency, Double lat, Double lng, String address, String regionCode,
            String reporterName, String reporterPhone) {
    }

    @PostMapping
    @Operation(summary = "Report an event: 201 with the new event, or 200 with the earlier one when the same "
            + "idempotency key was sent before by the same source")
    ResponseEntity<EventView> report(@RequestBody ReportRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String keyHeader) {
        Caller caller = require(Permission.EVENT_REPORT);
        NewEvent report = new NewEvent(body.source() == null ? EventSource.GRID_PATROL : body.source(),
                body.idempotencyKey() != null ? body.idempotencyKey() : keyHeader, body.categoryCode(), body.title(),
                body.description(), body.urgency(), body.lat(), body.lng(), body.address(), body.regionCode(),
                new NewEvent.Reporter(body.reporterName(), body.reporterPhone(), caller.username()));
        EventIntake.Receipt receipt = intake.report(report, caller.scope());
        EventView event = receipt.event();
        return receipt.created()
                ? ResponseEntity.created(URI.create("/api/events/" + event.id())).body(event)
                : ResponseEntity.ok(event);
    }

    @GetMapping
    @Operation(summary = "Events inside the caller's scope, newest first, filtered and paged")
    EventSearch.Page list(
            @Parameter(description = "states, comma-separated, e.g. DISPATCHED,RECEIVED") @RequestParam(required = false) List<String> state,
            @Parameter(description = "a category code or prefix") @RequestParam(required = false) String category,
            @RequestParam(required = false) String source,
            @Parameter(description = "a region code prefix inside the caller's scope") @RequestParam(required = false) String region,
            @RequestParam(required = false) String grid,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) Boolean overdue,
            @Parameter(description = "only events a leader supervises (督办), or only those not supervised")
            @RequestParam(required = false) Boolean supervised,
            @Parameter(description = "reported at or after, ISO-8601 instant") @RequestParam(required = false) String from,
            @Parameter(description = "reported before, ISO-8601 instant") @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Caller caller = callers.current();
        if (page < 0 || size < 1 || size > 200) {
            throw ApiProblem.badRequest("event.query.paging", page, size);
        }
        if (region != null && !region.matches("[0-9]{1,12}")) {
            throw ApiProblem.badRequest("event.query.region", region);
        }
        EventSearch.Filter filter = new EventSearch.Filter(states(state), blankToNull(category),
                value(EventSource.class, source), blankToNull(region), blankToNull(grid), blankToNull(department),
                overdue, supervised, instant(from), instant(to));
        return search.search(filter, page, size, caller.scope());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One event with the actions its state allows and the events merged into it")
    EventDetail get(@PathVariable long id) {
        EventView event = events.find(id, callers.scope()).orElseThrow(() -> ApiProblem.notFound("event.not-found", id));
        List<Long> merged = events.merged(id, callers.scope()).stream().map(EventView::id).toList();
        return new EventDetail(event, Lifecycle.available(event.state()), merged);
    }

    /**
     * An event, the actions its state allows (whether the caller may take them depends on permissions) and the
     * numbers of the events merged into it that the caller may see (they follow it).
     */
    record EventDetail(EventView event, Set<EventAction> actions, List<Long> merged) {
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Every step of the event: who, when, what and why")
    List<TimelineEntry> timeline(@PathVariable long id) {
        events.find(id, callers.scope()).orElseThrow(() -> ApiProblem.notFound("event.not-found", id));
        return timeline.timeline(id, callers.scope());
    }

    /** A transition as clients send it; see {@link TransitionRequest}. */
    record ActionRequest(EventAction action, String reason, Long masterId, HandlingLevel level, String department,
            String extension, Boolean beyondCapacity, Integer version) {
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Act on the event: 409 naming the current state when the action does not apply, 403 "
            + "without the action's permission, 404 outside the caller's scope")
    EventView act(@PathVariable long id, @RequestBody ActionRequest body) {
        if (body.action() == null) {
            throw ApiProblem.badRequest("event.transition.action-required").with("field", "action");
        }
        TransitionRequest request = new TransitionRequest(body.action(), body.reason(), body.masterId(), body.level(),
                body.department(), body.extension(), Boolean.TRUE.equals(body.beyondCapacity()), body.version());
        return transitions.apply(id, request, Actor.of(callers.current()));
    }

    private Caller require(Permission permission) {
        Caller caller = callers.current();
        if (!caller.has(permission)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "event.forbidden", permission);
        }
        return caller;
    }

    private static List<EventState> states(List<String> names) {
        return names == null ? List.of() : names.stream().filter(n -> !n.isBlank())
                .map(n -> value(EventState.class, n)).toList();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("event.query.value", name, type.getSimpleName());
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null || text.isBlank() ? null : Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("event.query.instant", text);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
