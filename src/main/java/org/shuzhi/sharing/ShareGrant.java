package org.shuzhi.sharing;

import java.time.Instant;
import java.util.List;

/**
 * A grant 授权: which consumer may call which fields of which rows of a resource, and when.
 *
 * @param consumerAccount the one account granted, or {@code null} for every account of the consumer department
 * @param fields          the columns that come back
 * @param clearFields     the personal columns shown in clear to a consumer holding {@code PERSONAL_VIEW_*}
 * @param rowRegion       the rows: only those of this region's subtree
 */
public record ShareGrant(long id, Long applicationId, String entryCode, String providerRegion,
        String providerDepartment, String consumerRegion, String consumerDepartment, String consumerAccount,
        String purpose, List<String> fields, List<String> clearFields, String rowRegion, Instant validFrom,
        Instant validUntil, Instant grantedAt, String grantedBy) {

    public ShareGrant {
        fields = List.copyOf(fields);
        clearFields = List.copyOf(clearFields);
    }

    /** True while {@code now} lies inside the window. */
    public boolean validAt(Instant now) {
        return !now.isBefore(validFrom) && now.isBefore(validUntil);
    }
}
