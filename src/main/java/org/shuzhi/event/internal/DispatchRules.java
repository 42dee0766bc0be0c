package org.shuzhi.event.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.event.Urgency;
import org.shuzhi.platform.DataScope;
import org.springframework.stereotype.Component;

/**
 * The rule book: which dispatch rule applies to an event at a moment — of the active rules of the event's region
 * and its ancestors that match, the {@linkplain DispatchRule#PREFERRED preferred} one.
 */
@Component
class DispatchRules {

    private final DispatchRuleRepository rules;
    private final WorkingCalendar calendar;

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
        return rules.applyingTo(situation.regionCode(), DataScope.all()).stream()
                .filter(rule -> rule.matches(situation))
                .min(DispatchRule.PREFERRED);
    }
}
