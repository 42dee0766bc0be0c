package org.shuzhi.audit;

import java.util.List;

/**
 * One page of audit records, newest first.
 *
 * @param records     the records on this page
 * @param total       how many records match the filters inside the scope, on all pages — counted up to
 *                    {@link #COUNT_LIMIT}, so that a page over a county's million records stays fast
 * @param totalCapped true when more than {@code total} records match (counting stopped at the limit)
 * @param newer       the cursor of the previous (newer) page — pass it as {@link AuditQuery#after()} — or {@code null}
 *                    when this is the newest page
 * @param older       the cursor of the next (older) page — pass it as {@link AuditQuery#before()} — or {@code null}
 *                    when this is the oldest page
 */
public record AuditPage(List<AuditRecord> records, long total, boolean totalCapped, Long newer, Long older) {

    /** Counting stops here: beyond it an auditor narrows the search rather than reads on. */
    public static final int COUNT_LIMIT = 10_000;

    public AuditPage {
        records = List.copyOf(records);
    }
}
