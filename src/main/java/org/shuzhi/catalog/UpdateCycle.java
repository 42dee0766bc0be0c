package org.shuzhi.catalog;

/** 更新周期. */
public enum UpdateCycle {
    REALTIME, DAILY, WEEKLY, MONTHLY, QUARTERLY, YEARLY, IRREGULAR
}
