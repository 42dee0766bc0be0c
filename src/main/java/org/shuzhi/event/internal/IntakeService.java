package org.shuzhi.event.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.shuzhi.event.EventAction;
import org.shuzhi.event.EventIntake;
import org.shuzhi.event.EventReported;
import org.shuzhi.event.EventState;
import org.shuzhi.event.EventView;
import org.shuzhi.event.NewEvent;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.CallerContext;
import org.shuzhi.platform.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in reports: validated, placed on the map ({@link Placement}), stored with the first step of its timeline,
 * all in one transaction — the caller's answer, the stored row, comes after the commit. When the dispatch rule
 * that applies says so, the event is accepted and dispatched in the same transaction ({@link AutoDispatch}).
 */
@Service
class IntakeService implements EventIntake {

    private final ReportValidator validator;
    private final Placement placement;
    private final EventRepository events;
    private final ApplicationEventPublisher publisher;
    private final AutoDispatch autoDispatch;
    private final CallerContext caller;
    private final Clock clock;

    IntakeService(ReportValidator validator, Placement placement, EventRepository events,
            ApplicationEventPublisher publisher, AutoDispatch autoDispatch, CallerContext caller, Clock clock) {
        this.validator = validator;
        this.placement = placement;
        this.events = events;
        this.publisher = publisher;
        this.autoDispatch = autoDispatch;
        this.caller = caller;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Receipt report(NewEvent report, DataScope scope) {
        validator.check(report);
        Placement.Place place = placement.place(report.lat(), report.lng(), report.regionCode());
        if (!scope.covers(place.regionCode())) {
            throw ReportValidator.field("regionCode", "event.report.outside-scope", place.regionCode());
        }
        Instant now = clock.instant();
        TimelineEntry first = new TimelineEntry(now, EventAction.REPORT, null, EventState.REPORTED, caller.actor(),
                null, place.explanation());
        Optional<EventView> stored = events.insert(report, place.gridCode(), place.regionCode(), first,
                caller.scopeLabel(), scope);
        if (stored.isEmpty()) {
            EventView earlier = events.findByKey(report.source(), report.idempotencyKey(), scope)
                    .orElseThrow(() -> ApiProblem.conflict("event.report.key-taken", report.idempotencyKey()));
            return new Receipt(earlier, false);
        }
        EventView event = stored.get();
        publisher.publishEvent(new EventReported(event.id(), report.source(), report.categoryCode(),
                place.regionCode(), place.gridCode(), now));
        // the stored row is the answer unless a rule dispatched it at once
        return new Receipt(autoDispatch.afterReport(event) ? events.find(event.id(), scope).orElseThrow() : event,
                true);
    }
}
