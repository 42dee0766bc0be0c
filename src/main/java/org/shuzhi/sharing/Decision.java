package org.shuzhi.sharing;

import java.time.Instant;
import java.util.List;

/**
 * The provider's decision on an application. An approval may narrow what was asked for; a rejection needs a reason.
 *
 * @param approve     true to approve (a grant is issued), false to reject
 * @param reason      required when rejecting; a note when approving
 * @param fields      the fields granted, a subset of those requested; {@code null} or empty for all requested
 * @param clearFields granted personal fields the consumer may see in clear — only if they also hold the matching
 *                    {@code PERSONAL_VIEW_*} permission when calling
 * @param rowRegion   the rows granted: inside the requested region; {@code null} for the requested region
 * @param validUntil  end of the window, not after the requested duration; {@code null} for the requested duration
 */
public record Decision(boolean approve, String reason, List<String> fields, List<String> clearFields,
        String rowRegion, Instant validUntil) {
}
