package org.shuzhi.sharing.internal;

import java.util.List;
import java.util.Map;

/**
 * The answer of a sharing call.
 *
 * @param sharingType UNCONDITIONAL or CONDITIONAL
 * @param grantId     the grant the call was served under, {@code null} for an unconditional resource
 * @param fields      the columns returned, in order
 * @param masked      those of them whose values were masked
 * @param rowRegion   the region whose rows could be returned
 */
record ShareRows(String entryCode, int version, String sharingType, Long grantId, List<String> fields,
        List<String> masked, String rowRegion, List<Map<String, Object>> rows, long total, int page, int size) {
}
