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
import org.shuzhi.grid.GridLocator;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.CallerContext;
import org.shuzhi.platform.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in reports: validated, placed on the map (the comprehensive grid that contains the point gives the grid
 * and the village; outside every grid the nearest grid within reach, or the region given), stored with the first
 * step of its timeline, all in one transaction — the caller's answer comes after the commit.
 */
@Service
class IntakeService implements EventIntake {

    private final ReportValidator validator;
    private final GridLocator locator;
    private final Jurisdictions jurisdictions;
    private final EventRepository events;
    private final TimelineRepository timeline;
    private final ApplicationEventPublisher publisher;
    private final CallerContext caller;
    private final Clock clock;

    IntakeService(ReportValidator validator, GridLocator locator, Jurisdictions jurisdictions, EventRepository events,
            TimelineRepository timeline, ApplicationEventPublisher publisher, CallerContext caller, Clock clock) {
        this.validator = validator;
        this.locator = locator;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.timeline = timeline;
        this.publisher = publisher;
        this.caller = caller;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Receipt report(NewEvent report, DataScope scope) {
        validator.check(report);
        EventPlacement.Place place = new EventPlacement(locator, jurisdictions).place(report);
        if (!scope.covers(place.regionCode())) {
            throw ReportValidator.field("regionCode", "event.report.outside-scope", place.regionCode());
        }
        Instant now = clock.instant();
        Optional<Long> id = events.insert(report, place.gridCode(), place.regionCode(), now, scope);
        if (id.isEmpty()) {
            EventView earlier = events.findByKey(report.source(), report.idempotencyKey(), scope)
                    .orElseThrow(() -> ApiProblem.conflict("event.report.key-taken", report.idempotencyKey()));
            return new Receipt(earlier, false);
        }
        timeline.append(id.get(), new TimelineEntry(now, EventAction.REPORT, null, EventState.REPORTED,
                caller.actor(), null, place.explanation()), caller.scopeLabel(), scope);
        publisher.publishEvent(new EventReported(id.get(), report.source(), report.categoryCode(), place.regionCode(),
                place.gridCode(), now));
        return new Receipt(events.find(id.get(), scope).orElseThrow(), true);
    }
}
