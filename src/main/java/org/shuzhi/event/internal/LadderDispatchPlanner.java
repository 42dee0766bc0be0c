package org.shuzhi.event.internal;

import java.time.Instant;
import java.util.Optional;

import org.shuzhi.event.Category;
import org.shuzhi.event.EventView;
import org.shuzhi.event.HandlingLevel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/**
 * The ladder without rules: an event goes to the lowest level its place allows — the grid when it lies in one,
 * else its village or township — and one level up when escalated. Rule-based planners replace it.
 */
@Component
@ConditionalOnMissingBean(value = DispatchPlanner.class, ignored = LadderDispatchPlanner.class)
class LadderDispatchPlanner implements DispatchPlanner {

    @Override
    public Dispatch plan(EventView event, Category category, HandlingLevel level, String department, Instant at) {
        if (level != null) {
            return new Dispatch(level, level.regionOf(event.regionCode()), department,
                    "{\"by\": \"dispatcher\", \"level\": \"%s\"}".formatted(level));
        }
        HandlingLevel lowest = event.gridCode() != null ? HandlingLevel.GRID
                : event.regionCode().length() == 12 ? HandlingLevel.VILLAGE : HandlingLevel.TOWNSHIP;
        return new Dispatch(lowest, lowest.regionOf(event.regionCode()), null,
                "{\"by\": \"ladder\", \"grid\": %s, \"level\": \"%s\"}".formatted(
                        event.gridCode() == null ? "null" : "\"" + event.gridCode() + "\"", lowest));
    }

    @Override
    public Optional<Dispatch> escalate(EventView event, Category category, Instant at) {
        HandlingLevel from = event.level() == null ? HandlingLevel.GRID : event.level();
        return from.up().map(up -> new Dispatch(up, up.regionOf(event.regionCode()), null,
                "{\"by\": \"escalation\", \"from\": \"%s\", \"level\": \"%s\"}".formatted(from, up)));
    }
}
