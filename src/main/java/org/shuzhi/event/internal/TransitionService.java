package org.shuzhi.event.internal;

import java.time.Clock;
import java.time.Instant;

import org.shuzhi.calendar.TimeLimit;
import org.shuzhi.event.Category;
import org.shuzhi.event.EventAction;
import org.shuzhi.event.EventCategories;
import org.shuzhi.event.EventState;
import org.shuzhi.event.EventTransitioned;
import org.shuzhi.event.EventView;
import org.shuzhi.platform.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Performs transitions. The event is locked inside the actor's scope (outside it: 404), the {@link Lifecycle}
 * decides whether the action applies (otherwise 409 naming the current state), the actor must hold the action's
 * permission (403) and give a reason where one is required (400); then the change, its timeline step and the
 * {@link EventTransitioned} event are written in one transaction.
 */
@Service
class TransitionService {

    private final EventRepository events;
    private final TimelineRepository timeline;
    private final EventCategories categories;
    private final TransitionEffects effects;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    TransitionService(EventRepository events, TimelineRepository timeline, EventCategories categories,
            TransitionEffects effects, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.timeline = timeline;
        this.categories = categories;
        this.effects = effects;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Applies {@code request} to event {@code id} as {@code actor}; returns the event as it is afterwards. */
    @Transactional
    EventView apply(long id, TransitionRequest request, Actor actor) {
        EventView event = events.lock(id, actor.scope())
                .orElseThrow(() -> ApiProblem.notFound("event.not-found", id));
        Lifecycle.Rule rule = Lifecycle.of(request.action())
                .orElseThrow(() -> ApiProblem.badRequest("event.transition.unknown-action", request.action()));
        if (request.version() != null && request.version() != event.version()) {
            throw ApiProblem.conflict("event.transition.stale", id, event.version()).with("version", event.version());
        }
        EventState to = Lifecycle.next(event.state(), request.action())
                .orElseThrow(() -> ApiProblem.conflict("event.transition.illegal", request.action(), event.state())
                        .with("state", event.state()).with("allowed", Lifecycle.available(event.state())));
        if (!actor.holds().test(rule.permission())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "event.transition.forbidden", request.action(), rule.permission());
        }
        if (rule.reasonRequired() && (request.reason() == null || request.reason().isBlank())) {
            throw ApiProblem.badRequest("event.transition.reason-required", request.action()).with("field", "reason");
        }
        if (request.reason() != null && request.reason().length() > 2000) {
            throw ApiProblem.badRequest("event.report.too-long", 2000).with("field", "reason");
        }
        Instant now = clock.instant();
        Category category = categories.find(event.categoryCode()).orElseThrow();
        EventDraft draft = new EventDraft(event);
        draft.state = to;
        String details = effects.apply(event, draft, request, category, actor, now);
        if (!events.update(draft, now, actor.scope())) {
            throw ApiProblem.conflict("event.transition.stale", id, event.version());
        }
        timeline.append(id, new TimelineEntry(now, request.action(), event.state(), draft.state, actor.name(),
                request.reason(), details), actor.scopeLabel(), actor.scope());
        publisher.publishEvent(new EventTransitioned(id, request.action(), event.state(), draft.state, actor.name(), now));
        return events.find(id, actor.scope()).orElseThrow();
    }

    /** The limit for an extension request: {@code 24h} or {@code 3d}; a 400 for anything else. */
    static TimeLimit extension(String spec) {
        try {
            return TimeLimit.parse(spec);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("event.transition.invalid-extension", spec).with("field", "extension");
        }
    }
}
