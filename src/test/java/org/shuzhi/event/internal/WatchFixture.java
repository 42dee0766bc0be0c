package org.shuzhi.event.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.locationtech.jts.geom.Point;
import org.shuzhi.event.EventAction;
import org.shuzhi.event.EventIntake;
import org.shuzhi.event.EventSource;
import org.shuzhi.event.EventView;
import org.shuzhi.event.HandlingLevel;
import org.shuzhi.event.NewEvent;
import org.shuzhi.event.Urgency;
import org.shuzhi.grid.Grids;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.MovableClock;
import org.springframework.stereotype.Component;

/**
 * Events for the deadline and calendar tests: reported in grid {@value #GRID} (西塘社区, 平望镇) and brought to a
 * handler at the instant the test clock is set to, by the ordinary intake and transitions. A component of the
 * shared test context (found by scanning), like the other fixtures.
 */
@Component
class WatchFixture {

    static final String GRID = "320509104001001";

    private final EventIntake intake;
    private final TransitionService transitions;
    private final EventRepository events;
    private final TimelineRepository timeline;
    private final Grids grids;
    private final MovableClock clock;

    WatchFixture(EventIntake intake, TransitionService transitions, EventRepository events, TimelineRepository timeline,
            Grids grids, MovableClock clock) {
        this.intake = intake;
        this.transitions = transitions;
        this.events = events;
        this.timeline = timeline;
        this.grids = grids;
        this.clock = clock;
    }

    /** An event of {@code category} reported, accepted and dispatched to {@code level} at {@code at}. */
    EventView dispatchedAt(Instant at, String category, HandlingLevel level) {
        clock.setTo(at);
        Point inside = grids.find(GRID, DataScope.all()).orElseThrow().polygon().getInteriorPoint();
        long id = intake.report(new NewEvent(EventSource.GRID_PATROL, UUID.randomUUID().toString(), category,
                "时限测试", "时限测试事件", Urgency.NORMAL, inside.getY(), inside.getX(), null, null, null),
                DataScope.all()).event().id();
        transitions.apply(id, TransitionRequest.of(EventAction.ACCEPT, null), Actor.system());
        return transitions.apply(id, new TransitionRequest(EventAction.DISPATCH, "测试：指定层级", null, level,
                level == HandlingLevel.TOWNSHIP ? "320509104-cg" : null, null, false, null), Actor.system());
    }

    EventView event(long id) {
        return events.find(id, DataScope.all()).orElseThrow();
    }

    List<EventAction> steps(long id) {
        return timeline.timeline(id, DataScope.all()).stream().map(TimelineEntry::action).toList();
    }

    List<TimelineEntry> timeline(long id) {
        return timeline.timeline(id, DataScope.all());
    }
}
