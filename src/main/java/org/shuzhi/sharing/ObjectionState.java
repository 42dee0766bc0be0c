package org.shuzhi.sharing;

/** Where an objection 数据异议 stands. */
public enum ObjectionState {
    /** Filed, waiting for the provider. */
    OPEN,
    /** The provider agrees the data is wrong. */
    ACCEPTED,
    /** The provider has corrected the data. */
    CORRECTED,
    /** The provider holds the data right, with a reason. */
    REJECTED
}
