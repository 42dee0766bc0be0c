package org.shuzhi.event.internal;

import org.shuzhi.event.HandlingLevel;
import org.shuzhi.identity.Department;
import org.shuzhi.identity.Departments;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.springframework.stereotype.Component;

/**
 * Which department (承办部门) may be named to handle events — by a dispatcher overriding the rules, or by a dispatch
 * rule. A code that is named and not checked would route an event to nobody, so a department must:
 * <ol>
 * <li><b>exist inside the writer's scope</b> (the identity module's {@link Departments}, confined to the scope like
 * every read): a 平望镇 dispatcher cannot hand an event to a department they cannot see. Departments have no
 * active flag to check; a department that exists may be named.</li>
 * <li><b>belong to where the events happen or a region above it</b>: its region must contain the event's region
 * (for a rule, the rule's whole region). A department-narrowed handler sees the events of their department inside
 * their region only, so a neighbouring township's department would receive an event none of its people can see.</li>
 * <li><b>not stand above the level chosen</b>: its region lies at or below the region of that level of the ladder
 * (the county for {@code COUNTY}, the township for {@code TOWNSHIP}, the village for {@code VILLAGE} and
 * {@code GRID}) — a county bureau handling an event "at the township level" would misstate who is accountable, and
 * the next escalation would go down rather than up. A department below that region but above the event (the
 * township's enforcement team for an event the county handles) lies in the level's subtree and is allowed. The top
 * of the ladder, {@code COUNTY}, has no level above it, so there a city's or province's department may handle too.
 * A rule names one department for all its events: for a region wider than the level (a township-level rule for a
 * whole county) no single department fits, and the rule belongs on the narrower region.</li>
 * </ol>
 * A department that does not fit is a 400 problem naming the field {@code department}.
 */
@Component
class DispatchDepartments {

    private final Departments departments;

    DispatchDepartments(Departments departments) {
        this.departments = departments;
    }

    /**
     * Checks a dispatcher's department {@code code} for an event in {@code eventRegion} sent to {@code level},
     * whose region there is {@code assignedRegion}; messages {@code event.transition.department-*}.
     */
    void checkOverride(String code, HandlingLevel level, String assignedRegion, String eventRegion, DataScope scope) {
        check(code, level, assignedRegion.length(), eventRegion, scope, "event.transition");
    }

    /**
     * Checks a rule's department {@code code} for events anywhere in {@code ruleRegion} sent to {@code level};
     * messages {@code event.rule.department-*}.
     */
    void checkRule(String code, HandlingLevel level, String ruleRegion, DataScope scope) {
        check(code, level, depth(level), ruleRegion, scope, "event.rule");
    }

    private void check(String code, HandlingLevel level, int levelDepth, String eventsRegion, DataScope scope,
            String keys) {
        Department department = departments.find(code, scope)
                .orElseThrow(() -> refused(keys + ".unknown-department", code));
        String region = department.regionCode();
        if (!eventsRegion.startsWith(region)) {
            throw refused(keys + ".department-elsewhere", code, region, eventsRegion);
        }
        if (level != HandlingLevel.COUNTY && region.length() < levelDepth) {
            throw refused(keys + ".department-above-level", code, region, level);
        }
    }

    /** The length of the region codes of a level: county 6, township 9, village (and its grids) 12. */
    private static int depth(HandlingLevel level) {
        return switch (level) {
            case COUNTY -> 6;
            case TOWNSHIP -> 9;
            case VILLAGE, GRID -> 12;
        };
    }

    private static ApiProblem refused(String key, Object... args) {
        return ApiProblem.badRequest(key, args).with("field", "department");
    }
}
