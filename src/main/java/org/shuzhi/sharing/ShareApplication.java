package org.shuzhi.sharing;

import java.time.Instant;
import java.util.List;

/**
 * A sharing application 共享申请 as both sides see it.
 *
 * @param dueAt       when the provider must have decided (working days, close of business)
 * @param remindAt    half time: when approvers are reminded
 * @param escalatedAt when it was escalated to the data authority for being overdue, or {@code null}
 * @param grantId     the grant issued on approval, or {@code null}
 */
public record ShareApplication(long id, String entryCode, String entryName, String providerRegion,
        String providerDepartment, String consumerRegion, String consumerDepartment, String applicant,
        String purpose, List<String> fields, int durationDays, String legalBasis, String rowRegion,
        ApplicationState state, Instant submittedAt, Instant remindAt, Instant dueAt, Instant remindedAt,
        Instant escalatedAt, Instant decidedAt, String decidedBy, String reason, Long grantId) {

    public ShareApplication {
        fields = List.copyOf(fields);
    }
}
