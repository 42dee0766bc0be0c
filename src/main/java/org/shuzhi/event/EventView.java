package org.shuzhi.event;

import java.time.Instant;

import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.Personal;

/**
 * An event as a caller sees it. Reporter details and free text are personal information and masked on output
 * unless the caller may see them.
 *
 * @param id                  the event's number
 * @param source              where it came from
 * @param categoryCode        its category (a leaf of the catalogue)
 * @param title               short title
 * @param description         what was reported
 * @param urgency             how urgent
 * @param lat                 latitude, or {@code null}
 * @param lng                 longitude, or {@code null}
 * @param address             the address as given, or {@code null}
 * @param gridCode            the comprehensive grid it lies in, or {@code null}
 * @param regionCode          the village or township it happened in
 * @param reporterName        the reporter's name, or {@code null}
 * @param reporterPhone       the reporter's phone, or {@code null}
 * @param reporterAccount     the reporting account, or {@code null}
 * @param state               where it stands
 * @param level               the level handling it, once dispatched
 * @param assignedRegionCode  the region of the level handling it
 * @param assignedDepartment  the department handling it, or {@code null}
 * @param dispatchExplanation why it went there: the rule, the grid and the level
 * @param masterId            the master event this one was merged into, or {@code null}
 * @param reportedAt          when it was reported
 * @param dueAt               when handling is due, once dispatched
 * @param overdue             true once past the deadline while with a handler
 * @param supervised          true when a leader supervises it (督办)
 * @param extensionRequested  true while an extension request awaits a decision
 * @param extensionLimit      the extension asked for ({@code 24h}, {@code 3d}) while it awaits a decision
 * @param returns             how often it was returned to the dispatcher
 * @param reopens             how often it was reopened
 * @param escalations         how often it went up a level
 * @param version             increases with every change
 */
public record EventView(long id, EventSource source, String categoryCode, String title,
        @Personal(FieldType.FREE_TEXT) String description, Urgency urgency, Double lat, Double lng,
        @Personal(FieldType.ADDRESS) String address, String gridCode, String regionCode,
        @Personal(FieldType.PERSON_NAME) String reporterName, @Personal(FieldType.MOBILE) String reporterPhone,
        String reporterAccount, EventState state, HandlingLevel level, String assignedRegionCode,
        String assignedDepartment, String dispatchExplanation, Long masterId, Instant reportedAt, Instant dueAt,
        boolean overdue, boolean supervised, boolean extensionRequested, String extensionLimit, int returns, int reopens, int escalations,
        int version) {
}
