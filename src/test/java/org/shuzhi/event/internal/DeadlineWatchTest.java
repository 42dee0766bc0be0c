package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.event.EventAction;
import org.shuzhi.event.EventDeadlineApproaching;
import org.shuzhi.event.EventOverdue;
import org.shuzhi.event.EventView;
import org.shuzhi.event.HandlingLevel;
import org.shuzhi.support.IntegrationTest;
import org.shuzhi.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The deadline watch as the clock moves on: a warning at 80 % of the time limit, then overdue and one level up
 * with a new deadline, then at the top level overdue and reported only — each once, however often or on however
 * many instances the watch runs. Instants lie in June 2026, away from the demo events and holidays.
 */
@IntegrationTest
@RecordApplicationEvents
class DeadlineWatchTest {

    static final Instant TUESDAY_10_00 = Instant.parse("2026-06-02T02:00:00Z");

    @Autowired
    DeadlineWatch watch;
    @Autowired
    WatchFixture fixture;
    @Autowired
    MovableClock clock;
    @Autowired
    ApplicationEvents published;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void warnsThenMarksOverdueAndEscalatesOneLevelUpThenStopsAtTheTop() {
        // 040101 占道经营: 24 calendar hours
        EventView event = fixture.dispatchedAt(TUESDAY_10_00, "040101", HandlingLevel.TOWNSHIP);
        long id = event.id();
        Instant due = event.dueAt();
        assertThat(Duration.between(TUESDAY_10_00, due)).isBetween(Duration.ofHours(24), Duration.ofHours(24).plusSeconds(5));

        clock.setTo(due.minus(Duration.ofHours(5))); // 19 h of 24 passed: under 80 %
        watch.run();
        assertThat(fixture.steps(id)).doesNotContain(EventAction.DEADLINE_WARNING);

        clock.setTo(due.minus(Duration.ofHours(4))); // 20 h passed: over 80 %
        watch.run();
        watch.run();
        assertThat(fixture.steps(id)).filteredOn(EventAction.DEADLINE_WARNING::equals).hasSize(1);
        assertThat(published.stream(EventDeadlineApproaching.class).filter(e -> e.id() == id))
                .singleElement().satisfies(e -> assertThat(e.dueAt()).isEqualTo(due));
        assertThat(fixture.event(id).overdue()).isFalse();

        Instant late = due.plus(Duration.ofMinutes(1));
        clock.setTo(late);
        watch.run();
        watch.run();
        EventView escalated = fixture.event(id);
        assertThat(escalated.level()).isEqualTo(HandlingLevel.COUNTY);
        assertThat(escalated.assignedRegionCode()).isEqualTo("320509");
        assertThat(escalated.escalations()).isEqualTo(1);
        assertThat(escalated.overdue()).as("a new deadline at the new level").isFalse();
        assertThat(Duration.between(late, escalated.dueAt())).isBetween(Duration.ofHours(24),
                Duration.ofHours(24).plusSeconds(5));
        List<TimelineEntry> steps = fixture.timeline(id);
        assertThat(steps).extracting(TimelineEntry::action).containsExactly(EventAction.REPORT, EventAction.ACCEPT,
                EventAction.DISPATCH, EventAction.DEADLINE_WARNING, EventAction.OVERDUE, EventAction.ESCALATE);
        assertThat(steps.subList(3, 6)).allSatisfy(step -> assertThat(step.actor()).isEqualTo("system"));
        assertThat(steps.get(5).reason()).isEqualTo(DeadlineWatch.ESCALATION_REASON);
        assertThat(published.stream(EventOverdue.class).filter(e -> e.id() == id)).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(HandlingLevel.TOWNSHIP);
            assertThat(e.escalatedTo()).isEqualTo(HandlingLevel.COUNTY);
            assertThat(e.newDueAt()).isEqualTo(escalated.dueAt());
        });

        clock.setTo(escalated.dueAt().minus(Duration.ofHours(2)));
        watch.run();
        assertThat(fixture.steps(id)).as("the new deadline warns again")
                .filteredOn(EventAction.DEADLINE_WARNING::equals).hasSize(2);

        clock.setTo(escalated.dueAt().plus(Duration.ofMinutes(1)));
        watch.run();
        watch.run();
        EventView top = fixture.event(id);
        assertThat(top.overdue()).isTrue();
        assertThat(top.level()).isEqualTo(HandlingLevel.COUNTY);
        assertThat(top.escalations()).isEqualTo(1);
        assertThat(top.dueAt()).isEqualTo(escalated.dueAt());
        assertThat(fixture.steps(id)).endsWith(EventAction.DEADLINE_WARNING, EventAction.OVERDUE);
        assertThat(published.stream(EventOverdue.class).filter(e -> e.id() == id)).hasSize(2)
                .last().satisfies(e -> {
                    assertThat(e.level()).isEqualTo(HandlingLevel.COUNTY);
                    assertThat(e.escalatedTo()).isNull();
                });
    }

    @Test
    void twoInstancesRunningAtOnceEscalateEachEventOnce() throws Exception {
        List<Long> ids = List.of(
                fixture.dispatchedAt(TUESDAY_10_00.plus(Duration.ofDays(7)), "040201", HandlingLevel.TOWNSHIP).id(),
                fixture.dispatchedAt(TUESDAY_10_00.plus(Duration.ofDays(7)), "040203", HandlingLevel.VILLAGE).id(),
                fixture.dispatchedAt(TUESDAY_10_00.plus(Duration.ofDays(7)), "040204", HandlingLevel.GRID).id());
        clock.setTo(TUESDAY_10_00.plus(Duration.ofDays(9)));

        CountDownLatch start = new CountDownLatch(1);
        Callable<DeadlineWatch.Run> instance = () -> {
            start.await();
            return watch.run();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<DeadlineWatch.Run> a = pool.submit(instance);
            Future<DeadlineWatch.Run> b = pool.submit(instance);
            start.countDown();
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }

        for (long id : ids) {
            EventView event = fixture.event(id);
            assertThat(event.escalations()).as("event %d", id).isEqualTo(1);
            assertThat(fixture.steps(id)).as("event %d", id).filteredOn(EventAction.ESCALATE::equals).hasSize(1);
            assertThat(fixture.steps(id)).as("event %d", id).filteredOn(EventAction.OVERDUE::equals).hasSize(1);
        }
        assertThat(ids).extracting(id -> fixture.event(id).level())
                .containsExactly(HandlingLevel.COUNTY, HandlingLevel.TOWNSHIP, HandlingLevel.VILLAGE);
    }
}
