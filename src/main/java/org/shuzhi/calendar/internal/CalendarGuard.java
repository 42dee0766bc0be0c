package org.shuzhi.calendar.internal;

import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.CallerContext;
import org.shuzhi.platform.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who may change the calendar. The arrangement applies to every jurisdiction of the deployment and moves every
 * working-day deadline, so a change needs the permission for national reference data, {@value #PERMISSION} (the
 * one that imports the division tree; there is no separate calendar permission), held with a scope of a whole
 * province or more — a township administrator holding that permission still may not. Refusals are audited.
 */
@Component
class CalendarGuard {

    static final String PERMISSION = "JURISDICTION_IMPORT";

    private final CallerContext callers;
    private final CalendarUpdates updates;

    CalendarGuard(CallerContext callers, CalendarUpdates updates) {
        this.callers = callers;
        this.updates = updates;
    }

    /**
     * The current caller as the actor of a change of {@code year}.
     *
     * @throws ApiProblem 403 when they may not change the calendar
     */
    CalendarUpdates.Actor authorise(int year) {
        DataScope scope = callers.scope();
        CalendarUpdates.Actor actor = new CalendarUpdates.Actor(callers.actor(), label(scope), clientIp());
        String refusal = !callers.holds(PERMISSION) ? "calendar.forbidden"
                : scope.regionRoots().stream().noneMatch(root -> root.length() <= 2) ? "calendar.forbidden-scope"
                : null;
        if (refusal != null) {
            updates.denied(year, actor, refusal);
            throw new ApiProblem(HttpStatus.FORBIDDEN, refusal, PERMISSION);
        }
        return actor;
    }

    private static String label(DataScope scope) {
        if (scope.isUnrestricted()) {
            return "*";
        }
        return String.join(",", scope.regionRoots().stream().sorted().toList())
                + (scope.departmentCodes().isEmpty() ? "" : "/" + String.join(",", scope.departmentCodes()));
    }

    private static String clientIp() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
