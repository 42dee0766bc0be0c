package org.shuzhi.event.internal;

import java.util.Comparator;
import java.util.Set;

import org.shuzhi.event.HandlingLevel;
import org.shuzhi.event.Urgency;

/**
 * A dispatch rule 派遣规则: events in the subtree of {@code regionCode} that match every condition given go to
 * {@code level} (and {@code department}). A {@code null} or empty condition matches anything.
 *
 * @param id             the rule's number
 * @param regionCode     where the rule applies: the region and everything below it
 * @param name           a name to show, unique in its region
 * @param priority       higher wins before specificity is looked at
 * @param categoryPrefix a category code or the code of a level-1 or level-2 category, matching by prefix
 * @param gridCode       only events in this comprehensive grid
 * @param urgencies      only events of these urgencies
 * @param days           only on these kinds of day
 * @param hourFrom       only from this hour of the day (calendar zone, inclusive), with {@code hourTo}
 * @param hourTo         only until this hour (exclusive); before {@code hourFrom} the window wraps past midnight
 * @param level          the level the event goes to; a {@code GRID} rule matches only events that lie in a grid
 * @param department     the responsible department, or {@code null} for the level's own team
 * @param autoDispatch   true when intake accepts and dispatches a matching event at once
 * @param active         false once deactivated; inactive rules never match
 * @param version        increases with every change
 */
record DispatchRule(long id, String regionCode, String name, int priority, String categoryPrefix, String gridCode,
        Set<Urgency> urgencies, Set<DayType> days, Integer hourFrom, Integer hourTo, HandlingLevel level,
        String department, boolean autoDispatch, boolean active, int version) {

    /**
     * The order in which matching rules are preferred: explicit priority first, then specificity — a grid before
     * none, a deeper region, a deeper category, a limit on urgency, a time window — and finally the older rule,
     * so that the choice never depends on the order rows come in.
     */
    static final Comparator<DispatchRule> PREFERRED = Comparator.comparingInt(DispatchRule::priority).reversed()
            .thenComparing(r -> r.gridCode() == null)
            .thenComparing(Comparator.comparingInt((DispatchRule r) -> r.regionCode().length()).reversed())
            .thenComparing(Comparator.comparingInt(DispatchRule::categoryDepth).reversed())
            .thenComparing(r -> r.urgencies().isEmpty())
            .thenComparing(r -> r.days().isEmpty() && r.hourFrom() == null)
            .thenComparingLong(DispatchRule::id);

    DispatchRule {
        urgencies = urgencies == null ? Set.of() : Set.copyOf(urgencies);
        days = days == null ? Set.of() : Set.copyOf(days);
    }

    /** True when the rule applies to an event in this situation. */
    boolean matches(Situation s) {
        return active
                && s.regionCode().startsWith(regionCode)
                && (categoryPrefix == null || s.categoryCode().startsWith(categoryPrefix))
                && (gridCode == null ? level != HandlingLevel.GRID || s.gridCode() != null
                        : gridCode.equals(s.gridCode()))
                && (urgencies.isEmpty() || urgencies.contains(s.urgency()))
                && (days.isEmpty() || days.contains(s.day()))
                && inHours(s.hour());
    }

    private boolean inHours(int hour) {
        if (hourFrom == null) {
            return true;
        }
        return hourFrom < hourTo ? hour >= hourFrom && hour < hourTo : hour >= hourFrom || hour < hourTo;
    }

    private int categoryDepth() {
        return categoryPrefix == null ? 0 : categoryPrefix.length();
    }

    /**
     * What a rule looks at: the event and the moment of dispatch.
     *
     * @param categoryCode the event's category (a leaf)
     * @param gridCode     the comprehensive grid it lies in, or {@code null}
     * @param regionCode   the village or township it happened in
     * @param urgency      how urgent it is
     * @param day          the kind of day it is now
     * @param hour         the hour of the day now, 0–23, in the calendar zone
     */
    record Situation(String categoryCode, String gridCode, String regionCode, Urgency urgency, DayType day, int hour) {
    }
}
