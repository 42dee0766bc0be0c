package org.shuzhi.event.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.shuzhi.event.Category;
import org.shuzhi.event.EventAction;
import org.shuzhi.event.EventCategories;
import org.shuzhi.event.EventDeadlineApproaching;
import org.shuzhi.event.EventOverdue;
import org.shuzhi.event.EventView;
import org.shuzhi.event.HandlingLevel;
import org.shuzhi.platform.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadline watch (时限监察) over the whole platform. Each run, in bounded batches and each event in its own short
 * transaction: events past their deadline are marked overdue ({@link EventOverdue}) and escalated one level up by
 * the ordinary {@code ESCALATE} transition, which gives them a new deadline — at the top level they stay overdue
 * and are only reported; then warnings are planned for new deadlines ({@link WarningTimes}) and given when due
 * ({@link EventDeadlineApproaching}). Every step is on the event's timeline, by {@code system}.
 *
 * <p>Running twice, or on two instances at once, changes nothing twice: events are claimed with
 * {@code for update skip locked} and no longer match once handled.
 */
@Service
class DeadlineWatch {

    /** What one run did. */
    record Run(int overdue, int escalated, int planned, int warned) {
    }

    static final String ESCALATION_REASON = "超期未办结，自动上报一级";
    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    private final WatchRepository watch;
    private final TimelineRepository timeline;
    private final TransitionService transitions;
    private final DispatchPlanner planner;
    private final EventCategories categories;
    private final WarningTimes warnings;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int batchSize;

    DeadlineWatch(WatchRepository watch, TimelineRepository timeline, TransitionService transitions,
            DispatchPlanner planner, EventCategories categories, WarningTimes warnings,
            ApplicationEventPublisher publisher, PlatformTransactionManager transactions, Clock clock,
            EventWatchProperties properties) {
        this.watch = watch;
        this.timeline = timeline;
        this.transitions = transitions;
        this.planner = planner;
        this.categories = categories;
        this.warnings = warnings;
        this.publisher = publisher;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.batchSize = properties.deadlineWatch().batchSize();
    }

    /** One run at the clock's current instant. */
    Run run() {
        Instant now = clock.instant();
        int[] escalated = {0};
        int overdue = each(now, watch::claimOverdue, event -> {
            if (overdue(event, now)) {
                escalated[0]++;
            }
        });
        int planned = 0;
        for (WatchRepository.Unplanned u : watch.unplanned(batchSize)) {
            watch.planWarning(u.event().id(), u.event().dueAt(), warnings.warnAt(u.event(), u.dueFrom()));
            planned++;
        }
        int warned = each(now, watch::claimWarning, event -> warn(event, now));
        if (overdue + planned + warned > 0) {
            log.info("Deadline watch: {} overdue ({} escalated), {} warnings planned, {} given", overdue,
                    escalated[0], planned, warned);
        }
        return new Run(overdue, escalated[0], planned, warned);
    }

    /**
     * Claims and handles events one transaction each, up to the batch size; an event whose handling fails is
     * logged, rolled back and left for the next run.
     */
    private int each(Instant now, BiFunction<Instant, Set<Long>, Optional<EventView>> claim,
            Consumer<EventView> handle) {
        Set<Long> failed = new HashSet<>();
        int done = 0;
        while (done + failed.size() < batchSize) {
            AtomicReference<EventView> claimed = new AtomicReference<>();
            try {
                Boolean found = tx.execute(status -> claim.apply(now, failed).map(event -> {
                    claimed.set(event);
                    handle.accept(event);
                    return true;
                }).orElse(false));
                if (!Boolean.TRUE.equals(found)) {
                    break;
                }
                done++;
            } catch (RuntimeException e) {
                if (claimed.get() == null) {
                    throw e;
                }
                log.warn("Deadline watch: event {} left for the next run", claimed.get().id(), e);
                failed.add(claimed.get().id());
            }
        }
        return done;
    }

    /** Marks {@code event} overdue and escalates it when there is a level above; true when it escalated. */
    private boolean overdue(EventView event, Instant now) {
        watch.markOverdue(event.id());
        Category category = categories.find(event.categoryCode()).orElseThrow();
        boolean escalates = planner.escalate(event, category, now).isPresent();
        timeline.append(event.id(), new TimelineEntry(now, EventAction.OVERDUE, event.state(), event.state(),
                Actor.system().name(), null, "{\"dueAt\": \"%s\", \"escalates\": %s}".formatted(event.dueAt(),
                        escalates)), null, DataScope.all());
        EventView after = escalates ? transitions.apply(event.id(), new TransitionRequest(EventAction.ESCALATE,
                ESCALATION_REASON, null, null, null, null, false, null), Actor.system()) : null;
        HandlingLevel up = after == null ? null : after.level();
        publisher.publishEvent(new EventOverdue(event.id(), event.level(), event.assignedRegionCode(),
                event.assignedDepartment(), event.supervised(), event.dueAt(), up,
                after == null ? null : after.dueAt(), now));
        return escalates;
    }

    private void warn(EventView event, Instant now) {
        watch.markWarned(event.id(), now);
        timeline.append(event.id(), new TimelineEntry(now, EventAction.DEADLINE_WARNING, event.state(),
                event.state(), Actor.system().name(), null, "{\"dueAt\": \"%s\"}".formatted(event.dueAt())), null,
                DataScope.all());
        publisher.publishEvent(new EventDeadlineApproaching(event.id(), event.level(), event.assignedRegionCode(),
                event.assignedDepartment(), event.supervised(), event.dueAt(), now));
    }
}
