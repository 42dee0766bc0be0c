package org.shuzhi.sharing;

import java.time.Instant;

/**
 * One step in an application's history: SUBMIT, REMIND (half time), ESCALATE (overdue, to the data authority),
 * APPROVE or REJECT.
 */
public record ApplicationStep(Instant at, String action, String actor, String note) {
}
