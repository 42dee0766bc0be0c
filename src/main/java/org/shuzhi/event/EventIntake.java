package org.shuzhi.event;

import org.shuzhi.platform.DataScope;

/**
 * Takes in reports from every source. A report is validated completely (category, text, place) and stored with its
 * grid and region before the call returns; the answer is given only after the commit, so an acknowledged report
 * is never lost.
 */
public interface EventIntake {

    /**
     * Stores a report as a new event in state {@link EventState#REPORTED}, or — when the same source sent the same
     * idempotency key before — returns that event unchanged.
     *
     * @param report the report
     * @param scope  where the reporter may report: the event's region must lie inside it ({@link DataScope#all()}
     *               for public channels, which anyone may use)
     * @return the event and whether it was created now
     * @throws org.shuzhi.platform.ApiProblem 400 naming the fault when the report is incomplete or cannot be placed
     */
    Receipt report(NewEvent report, DataScope scope);

    /**
     * The outcome of a report.
     *
     * @param event   the event as stored
     * @param created false when an earlier report with the same idempotency key is returned
     */
    record Receipt(EventView event, boolean created) {
    }
}
