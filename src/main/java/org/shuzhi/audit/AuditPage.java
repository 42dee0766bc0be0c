package org.shuzhi.audit;

import java.util.List;

/**
 * One page of audit records, newest first.
 *
 * @param records the records on this page
 * @param total   how many records match the filters inside the scope, on all pages
 * @param newer   the cursor of the previous (newer) page — pass it as {@link AuditQuery#after()} — or {@code null}
 *                when this is the newest page
 * @param older   the cursor of the next (older) page — pass it as {@link AuditQuery#before()} — or {@code null}
 *                when this is the oldest page
 */
public record AuditPage(List<AuditRecord> records, long total, Long newer, Long older) {

    public AuditPage {
        records = List.copyOf(records);
    }
}
