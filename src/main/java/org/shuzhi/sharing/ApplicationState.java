package org.shuzhi.sharing;

/** Where a sharing application 共享申请 stands. */
public enum ApplicationState {
    /** Waiting for the provider's decision. */
    PENDING,
    /** Approved: a grant was issued. */
    APPROVED,
    /** Rejected with a reason. */
    REJECTED
}
