package org.shuzhi.event.internal;

import org.shuzhi.event.HandlingLevel;

/**
 * Where an event is sent, and why.
 *
 * @param level       the level of the ladder
 * @param regionCode  the region of that level (the village, the township or the county)
 * @param department  the responsible department, or {@code null} for the level's own team
 * @param explanation why: the rule, the grid and the level, as JSON text shown on the event
 */
record Dispatch(HandlingLevel level, String regionCode, String department, String explanation) {
}
