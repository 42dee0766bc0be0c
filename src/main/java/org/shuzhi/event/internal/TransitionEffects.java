package org.shuzhi.event.internal;

import java.time.Instant;

import org.shuzhi.calendar.TimeLimit;
import org.shuzhi.event.Category;
import org.shuzhi.event.EventState;
import org.shuzhi.event.EventView;
import org.shuzhi.event.HandlingLevel;
import org.shuzhi.platform.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * What each action changes beyond the state: where the event goes, its deadline, its counters and flags. Returns
 * the details worth keeping on the timeline (JSON text), or {@code null}.
 */
@Component
class TransitionEffects {

    private final DispatchPlanner planner;
    private final DeadlinePolicy deadlines;
    private final EventRepository events;
    private final DispatchDepartments departments;

    TransitionEffects(DispatchPlanner planner, DeadlinePolicy deadlines, EventRepository events,
            DispatchDepartments departments) {
        this.planner = planner;
        this.deadlines = deadlines;
        this.events = events;
        this.departments = departments;
    }

    String apply(EventView event, EventDraft draft, TransitionRequest request, Category category, Actor actor,
            Instant now) {
        return switch (request.action()) {
            case DISPATCH -> {
                // a level or department of the dispatcher's choosing overrides the rules: say why
                boolean override = request.level() != null || request.department() != null;
                if (override && (request.reason() == null || request.reason().isBlank())) {
                    throw ApiProblem.badRequest("event.transition.override-reason").with("field", "reason");
                }
                Dispatch planned = planner.plan(event, category, request.level(), request.department(), now);
                if (request.department() != null) {
                    // before anything is written: a department that cannot take the event is the dispatcher's 400
                    departments.checkOverride(request.department(), planned.level(), planned.regionCode(),
                            event.regionCode(), actor.scope());
                }
                yield dispatch(draft, planned, category, event, now);
            }
            case RETURN -> {
                draft.returns++;
                if (request.beyondCapacity()) {
                    yield escalate(event, draft, category, now);
                }
                draft.overdue = false;
                draft.dueAt = null;
                yield null;
            }
            case ESCALATE -> escalate(event, draft, category, now);
            case FAIL_VERIFICATION, REOPEN -> {
                draft.reopens++;
                draft.dueAt = deadlines.due(category.limitFor(event.urgency()), now);
                draft.overdue = false;
                yield "{\"dueAt\": \"%s\"}".formatted(draft.dueAt);
            }
            case REQUEST_EXTENSION -> {
                if (event.extensionRequested()) {
                    throw ApiProblem.conflict("event.transition.extension-pending", event.id());
                }
                draft.extensionRequested = true;
                draft.extensionLimit = TransitionService.extension(request.extension()).toString();
                yield "{\"extension\": \"%s\"}".formatted(draft.extensionLimit);
            }
            case APPROVE_EXTENSION, REFUSE_EXTENSION -> decideExtension(event, draft, request, now);
            case MERGE -> merge(event, draft, request, actor);
            case SUPERVISE -> {
                draft.supervised = true;
                yield null;
            }
            default -> null;
        };
    }

    private String dispatch(EventDraft draft, Dispatch dispatch, Category category, EventView event, Instant now) {
        draft.level = dispatch.level();
        draft.assignedRegionCode = dispatch.regionCode();
        draft.assignedDepartment = dispatch.department();
        draft.dispatchExplanation = dispatch.explanation();
        draft.dueAt = deadlines.due(category.limitFor(event.urgency()), now);
        draft.overdue = false;
        return dispatch.explanation();
    }

    private String escalate(EventView event, EventDraft draft, Category category, Instant now) {
        Dispatch up = planner.escalate(event, category, now).orElseThrow(() ->
                ApiProblem.conflict("event.transition.top-level", event.id(), HandlingLevel.COUNTY));
        draft.state = EventState.DISPATCHED;
        draft.escalations++;
        return dispatch(draft, up, category, event, now);
    }

    private String decideExtension(EventView event, EventDraft draft, TransitionRequest request, Instant now) {
        if (!event.extensionRequested()) {
            throw ApiProblem.conflict("event.transition.no-extension", event.id());
        }
        draft.extensionRequested = false;
        String limit = draft.extensionLimit;
        draft.extensionLimit = null;
        if (request.action() == org.shuzhi.event.EventAction.REFUSE_EXTENSION) {
            return null;
        }
        Instant from = event.dueAt() == null || event.dueAt().isBefore(now) ? now : event.dueAt();
        draft.dueAt = deadlines.due(TimeLimit.parse(limit), from);
        draft.overdue = false;
        return "{\"dueAt\": \"%s\"}".formatted(draft.dueAt);
    }

    private String merge(EventView event, EventDraft draft, TransitionRequest request, Actor actor) {
        if (request.masterId() == null || request.masterId() == event.id()) {
            throw ApiProblem.badRequest("event.transition.master-required").with("field", "masterId");
        }
        EventView master = events.find(request.masterId(), actor.scope())
                .orElseThrow(() -> ApiProblem.notFound("event.not-found", request.masterId()));
        if (master.state().isFinal()) {
            throw ApiProblem.conflict("event.transition.master-final", master.id(), master.state());
        }
        draft.masterId = master.id();
        return "{\"master\": %d}".formatted(master.id());
    }
}
