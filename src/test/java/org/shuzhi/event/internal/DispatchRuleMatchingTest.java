package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.shuzhi.event.HandlingLevel;
import org.shuzhi.event.Urgency;

/**
 * Which rule wins, without a database: explicit priority, then grid, deeper region, deeper category, urgency and a
 * time window; the conditions themselves (category prefix, grid, urgency, kinds of day, hours across midnight);
 * and the kinds of day, including the weekend inside a holiday.
 */
class DispatchRuleMatchingTest {

    static final String VILLAGE = "320509104001";
    static final String GRID = "320509104001001";
    /** An ordinary Wednesday afternoon in Xitang's grid, a safety hazard. */
    static final DispatchRule.Situation HAZARD = new DispatchRule.Situation("020101", GRID, VILLAGE, Urgency.NORMAL,
            DayType.WORKDAY, 15);

    private long ids = 1;

    @Test
    void priorityWinsBeforeSpecificity() {
        DispatchRule specific = rule("320509104", "020101", GRID, null, HandlingLevel.GRID);
        DispatchRule important = withPriority(rule("320509", null, null, null, HandlingLevel.COUNTY), 10);
        assertThat(best(HAZARD, specific, important)).contains(important);
    }

    @Test
    void theMostSpecificRuleWinsAtEqualPriority() {
        DispatchRule county = rule("320509", null, null, null, HandlingLevel.COUNTY);
        DispatchRule township = rule("320509104", null, null, null, HandlingLevel.TOWNSHIP);
        DispatchRule category = rule("320509", "0201", null, null, HandlingLevel.TOWNSHIP);
        DispatchRule leaf = rule("320509", "020101", null, null, HandlingLevel.TOWNSHIP);
        DispatchRule urgency = rule("320509", "020101", null, Set.of(Urgency.NORMAL), HandlingLevel.TOWNSHIP);
        DispatchRule grid = rule("320509", null, GRID, null, HandlingLevel.GRID);

        assertThat(best(HAZARD, county, township)).contains(township);
        assertThat(best(HAZARD, county, category, leaf)).contains(leaf);
        assertThat(best(HAZARD, leaf, urgency)).contains(urgency);
        assertThat(best(HAZARD, grid, township, category, urgency)).as("the grid beats the deeper region")
                .contains(grid);
        assertThat(best(HAZARD, township, urgency)).as("a deeper region beats a deeper category")
                .contains(township);
    }

    @Test
    void ofTwoEquallySpecificRulesTheOlderOneWinsWhateverTheOrder() {
        DispatchRule older = rule("320509104", "02", null, null, HandlingLevel.TOWNSHIP);
        DispatchRule newer = rule("320509104", "02", null, null, HandlingLevel.VILLAGE);
        assertThat(best(HAZARD, newer, older)).contains(older);
        assertThat(best(HAZARD, older, newer)).contains(older);
    }

    @Test
    void conditionsThatDoNotHoldLeaveTheRuleOut() {
        assertThat(rule("320509104", "03", null, null, HandlingLevel.TOWNSHIP).matches(HAZARD)).as("category")
                .isFalse();
        assertThat(rule("320509105", null, null, null, HandlingLevel.TOWNSHIP).matches(HAZARD)).as("region").isFalse();
        assertThat(rule("6201", null, null, null, HandlingLevel.TOWNSHIP).matches(HAZARD)).as("Lanzhou").isFalse();
        assertThat(rule("320509", null, "320509104001002", null, HandlingLevel.GRID).matches(HAZARD)).as("grid")
                .isFalse();
        assertThat(rule("320509", null, null, Set.of(Urgency.URGENT, Urgency.CRITICAL), HandlingLevel.TOWNSHIP)
                .matches(HAZARD)).as("urgency").isFalse();
        DispatchRule.Situation urgent = new DispatchRule.Situation("020101", GRID, VILLAGE, Urgency.CRITICAL,
                DayType.WORKDAY, 15);
        assertThat(rule("320509", null, null, Set.of(Urgency.URGENT, Urgency.CRITICAL), HandlingLevel.TOWNSHIP)
                .matches(urgent)).isTrue();
        DispatchRule.Situation noGrid = new DispatchRule.Situation("020101", null, VILLAGE, Urgency.NORMAL,
                DayType.WORKDAY, 15);
        assertThat(rule("320509", null, null, null, HandlingLevel.GRID).matches(noGrid))
                .as("a grid-level rule needs a grid").isFalse();
        DispatchRule inactive = new DispatchRule(99, "320509", "inactive", 0, null, null, null, null, null, null,
                HandlingLevel.COUNTY, null, false, false, 1);
        assertThat(inactive.matches(HAZARD)).isFalse();
    }

    @Test
    void timeWindowsByKindOfDayAndHourAcrossMidnight() {
        DispatchRule night = window(null, 20, 7);
        DispatchRule holiday = window(Set.of(DayType.HOLIDAY), null, null);
        DispatchRule offDuty = window(Set.of(DayType.WEEKEND, DayType.HOLIDAY), 9, 17);

        assertThat(night.matches(at(DayType.WORKDAY, 22))).isTrue();
        assertThat(night.matches(at(DayType.WORKDAY, 3))).isTrue();
        assertThat(night.matches(at(DayType.WORKDAY, 7))).as("until 7, not including").isFalse();
        assertThat(night.matches(at(DayType.WORKDAY, 19))).isFalse();
        assertThat(night.matches(at(DayType.WORKDAY, 20))).isTrue();

        assertThat(holiday.matches(at(DayType.HOLIDAY, 15))).isTrue();
        assertThat(holiday.matches(at(DayType.WEEKEND, 15))).isFalse();
        assertThat(offDuty.matches(at(DayType.WEEKEND, 10))).isTrue();
        assertThat(offDuty.matches(at(DayType.WORKDAY, 10))).isFalse();
        assertThat(offDuty.matches(at(DayType.HOLIDAY, 18))).isFalse();

        DispatchRule plain = rule("320509104", "02", null, null, HandlingLevel.VILLAGE);
        assertThat(best(at(DayType.HOLIDAY, 15), plain, holiday)).as("a time window is more specific")
                .contains(holiday);
        assertThat(best(at(DayType.WORKDAY, 15), plain, holiday)).contains(plain);
    }

    @Test
    void kindsOfDayFollowTheCalendar() {
        // National Day 2026: 1–7 October off (a Thursday to a Wednesday), Saturday 10 October a make-up working day
        Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2),
                LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
        Set<LocalDate> makeUp = Set.of(LocalDate.of(2026, 10, 10));
        Predicate<LocalDate> working = d -> makeUp.contains(d) || !holidays.contains(d)
                && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;

        assertThat(DayType.of(LocalDate.of(2026, 10, 1), working)).isEqualTo(DayType.HOLIDAY);
        assertThat(DayType.of(LocalDate.of(2026, 10, 3), working)).as("the Saturday inside the holiday")
                .isEqualTo(DayType.HOLIDAY);
        assertThat(DayType.of(LocalDate.of(2026, 10, 4), working)).isEqualTo(DayType.HOLIDAY);
        assertThat(DayType.of(LocalDate.of(2026, 10, 10), working)).as("make-up working day")
                .isEqualTo(DayType.WORKDAY);
        assertThat(DayType.of(LocalDate.of(2026, 10, 11), working)).isEqualTo(DayType.WEEKEND);
        assertThat(DayType.of(LocalDate.of(2026, 10, 17), working)).isEqualTo(DayType.WEEKEND);
        assertThat(DayType.of(LocalDate.of(2026, 10, 14), working)).isEqualTo(DayType.WORKDAY);
    }

    private static DispatchRule.Situation at(DayType day, int hour) {
        return new DispatchRule.Situation("020101", GRID, VILLAGE, Urgency.NORMAL, day, hour);
    }

    private static Optional<DispatchRule> best(DispatchRule.Situation situation, DispatchRule... rules) {
        return List.of(rules).stream().filter(r -> r.matches(situation)).min(DispatchRule.PREFERRED);
    }

    private DispatchRule rule(String region, String category, String grid, Set<Urgency> urgencies,
            HandlingLevel level) {
        long id = ids++;
        return new DispatchRule(id, region, "rule " + id, 0, category, grid, urgencies, null, null, null, level, null,
                false, true, 0);
    }

    private DispatchRule window(Set<DayType> days, Integer from, Integer to) {
        long id = ids++;
        return new DispatchRule(id, "320509104", "window " + id, 0, "02", null, null, days, from, to,
                HandlingLevel.TOWNSHIP, null, false, true, 0);
    }

    private static DispatchRule withPriority(DispatchRule r, int priority) {
        return new DispatchRule(r.id(), r.regionCode(), r.name(), priority, r.categoryPrefix(), r.gridCode(),
                r.urgencies(), r.days(), r.hourFrom(), r.hourTo(), r.level(), r.department(), r.autoDispatch(),
                r.active(), r.version());
    }
}
