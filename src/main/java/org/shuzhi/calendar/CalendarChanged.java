package org.shuzhi.calendar;

/**
 * Published when a year's holiday arrangement was stored or replaced; listeners that keep computed deadlines may
 * recompute those that fall into the year. Delivered after the change is committed to listeners that use
 * {@code @TransactionalEventListener}.
 *
 * @param year the year that changed
 */
public record CalendarChanged(int year) {
}
