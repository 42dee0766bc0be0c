package org.shuzhi.sharing;

import java.time.Instant;

/** An objection 数据异议 to shared data, as both sides see it. */
public record Objection(long id, String entryCode, String providerRegion, String providerDepartment,
        String consumerRegion, String consumerDepartment, String filedBy, String rowKey, String column,
        String description, String evidence, ObjectionState state, Instant filedAt, Instant resolvedAt,
        String resolvedBy, String reason) {
}
