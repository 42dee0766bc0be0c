/**
 * Event centre 一网统管: every problem reported — by grid inspectors on patrol, 12345 tickets, the public channels
 * of 互联网+督查, Open311 clients and sensors — becomes one event that is accepted (立案) or rejected, dispatched
 * by rules and location along the ladder grid, village, township, county, received, handled, verified (核查) and
 * closed, against a deadline, with returns, extensions, reopening, escalation, supervision and merging of
 * duplicates. Every transition records who, when and why.
 *
 * <p>API: {@link org.shuzhi.event.EventIntake} (report an event, idempotently), {@link org.shuzhi.event.Events}
 * (read within a scope), {@link org.shuzhi.event.EventCategories} (the catalogue of {@link org.shuzhi.event.Category}
 * with time limits of the calendar module),
 * the values {@link org.shuzhi.event.EventView}, {@link org.shuzhi.event.NewEvent},
 * {@link org.shuzhi.event.EventState}, {@link org.shuzhi.event.EventAction}, {@link org.shuzhi.event.EventSource},
 * {@link org.shuzhi.event.Urgency}, {@link org.shuzhi.event.HandlingLevel}, and the application events
 * {@link org.shuzhi.event.EventReported} and {@link org.shuzhi.event.EventTransitioned}. Storage (schema
 * {@code event}), the lifecycle table, dispatch rules, deadlines, the REST API and the pages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Event centre 一网统管")
package org.shuzhi.event;
