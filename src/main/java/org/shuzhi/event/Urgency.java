package org.shuzhi.event;

/** How urgent an event is: it selects the category's time limit (critical events take the urgent limit, halved). */
public enum Urgency {
    /** 一般. */
    NORMAL,
    /** 紧急. */
    URGENT,
    /** 特急. */
    CRITICAL
}
