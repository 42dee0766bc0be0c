package org.shuzhi.event.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.event.EventView;
import org.shuzhi.identity.Callers;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Possible duplicates of an event, for the dispatcher to merge ({@code MERGE} transition with {@code masterId});
 * both the event and its candidates are confined to the caller's scope.
 */
@RestController
@RequestMapping("/api/events")
@Tag(name = "Events 事件")
class DuplicateApi {

    private final EventRepository events;
    private final DuplicateFinder finder;
    private final Callers callers;

    DuplicateApi(EventRepository events, DuplicateFinder finder, Callers callers) {
        this.events = events;
        this.finder = finder;
        this.callers = callers;
    }

    @GetMapping("/{id}/duplicates")
    @Operation(summary = "Open events of the same category reported near the event (default 50 m) and close in "
            + "time (default 24 h), nearest first, with distance and time apart; 404 outside the caller's scope")
    List<DuplicateFinder.Duplicate> duplicates(@PathVariable long id) {
        DataScope scope = callers.scope();
        EventView event = events.find(id, scope).orElseThrow(() -> ApiProblem.notFound("event.not-found", id));
        return finder.duplicatesOf(event, scope);
    }
}
