package org.shuzhi.event.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.event.Urgency;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.Invalidation;
import org.springframework.stereotype.Component;

/**
 * The rule book: which dispatch rule applies to an event at a moment — of the active rules of the event's region
 * and its ancestors that match, the {@linkplain DispatchRule#PREFERRED preferred} one.
 *
 * <p>The active rules of a region are remembered for {@link #REMEMBERED} so that intake does not read them for
 * every report; any rule written through {@link DispatchRuleRepository} on this instance is seen by the next
 * lookup, one written on another instance within that time (docs/DECISIONS.md).
 */
@Component
class DispatchRules {

    static final Duration REMEMBERED = Duration.ofSeconds(10);

    private final DispatchRuleRepository rules;
    private final WorkingCalendar calendar;
    private final Cache<String, Loaded> applying = Caffeine.newBuilder().expireAfterWrite(REMEMBERED)
            .maximumSize(10_000).build();

    /** The active rules applying to a region, loaded while the rules were at {@code generation}. */
    private record Loaded(List<DispatchRule> rules, long generation) {
    }

    DispatchRules(DispatchRuleRepository rules, WorkingCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /** The situation of an event of this category, place and urgency at {@code at}, by the working calendar. */
    DispatchRule.Situation situation(String categoryCode, String gridCode, String regionCode, Urgency urgency,
            Instant at) {
        ZonedDateTime local = at.atZone(calendar.zone());
        DayType day = DayType.of(local.toLocalDate(), calendar::isWorkingDay);
        return new DispatchRule.Situation(categoryCode, gridCode, regionCode, urgency, day, local.getHour());
    }

    /**
     * The rule that applies in {@code situation}, if any. Every rule of the event's region chain counts, whoever
     * asks: routing is system work, the rules of a county apply to its townships' events too.
     */
    Optional<DispatchRule> best(DispatchRule.Situation situation) {
        return applyingTo(situation.regionCode()).stream()
                .filter(rule -> rule.matches(situation))
                .min(DispatchRule.PREFERRED);
    }

    private List<DispatchRule> applyingTo(String regionCode) {
        Invalidation changes = rules.changes();
        Loaded known = applying.getIfPresent(regionCode);
        if (known != null && changes.unchangedSince(known.generation())) {
            return known.rules();
        }
        long generation = changes.generation();
        List<DispatchRule> loaded = rules.applyingTo(regionCode, DataScope.all());
        // a rule written meanwhile has moved the generation on: this entry is then never trusted
        applying.put(regionCode, new Loaded(loaded, generation));
        return loaded;
    }
}
