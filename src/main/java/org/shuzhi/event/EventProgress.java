package org.shuzhi.event;

import java.time.Instant;

import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.Personal;

/**
 * How far an event has come, in brief — for channels that show a reporter the state of a report without its
 * whole timeline.
 *
 * @param id        the event's number
 * @param updatedAt when its latest step (the report itself, or the latest transition) happened
 * @param note      the reason or note of the most recent step that has one, or {@code null}
 */
public record EventProgress(long id, Instant updatedAt, @Personal(FieldType.FREE_TEXT) String note) {
}
