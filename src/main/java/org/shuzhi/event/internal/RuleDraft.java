package org.shuzhi.event.internal;

import java.util.Set;

import org.shuzhi.event.HandlingLevel;
import org.shuzhi.event.Urgency;

/**
 * A dispatch rule as a client writes it — to create one, or to replace an existing one's fields (with the version
 * it read). See {@link DispatchRule} for the meaning of each field; {@code null} conditions match anything.
 */
record RuleDraft(String regionCode, String name, Integer priority, String categoryPrefix, String gridCode,
        Set<Urgency> urgencies, Set<DayType> days, Integer hourFrom, Integer hourTo, HandlingLevel level,
        String department, Boolean autoDispatch, Integer version) {
}
