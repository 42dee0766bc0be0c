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
 * {@link org.shuzhi.event.EventReported}, {@link org.shuzhi.event.EventTransitioned},
 * {@link org.shuzhi.event.EventDeadlineApproaching} and {@link org.shuzhi.event.EventOverdue}. Storage (schema
 * {@code event}), the lifecycle table, dispatch rules, deadlines, the REST API and the pages are internal.
 *
 * <p><b>Deadline watch 时限监察.</b> A scheduled job ({@code shuzhi.event.deadline-watch.*}: {@code enabled},
 * {@code interval} 1m, {@code warn-share} 0.8, {@code warn-lead} none, {@code batch-size} 200) warns once per
 * deadline when 80 % of its time has passed — office time for limits in working days or hours — or the lead is
 * reached; marks events past their deadline overdue and escalates them one level up with a new deadline (the
 * ordinary {@code ESCALATE} transition); at the county level it marks and reports only. Each step is a timeline
 * entry by {@code system} and an application event. Events are claimed with {@code for update skip locked}, one
 * transaction each, so instances never take the same event twice.
 *
 * <p><b>Supervision 督办</b> ({@code SUPERVISE}, permission {@code EVENT_SUPERVISE}, a note required) flags the
 * event ({@code GET /api/events?supervised=true}) and puts the leader's note on the timeline; it does not change the
 * deadline: the time limit is the category's rule, which the handler was given, and a leader who wants it sooner
 * says so in the note — the deadline watch's notices carry the flag, so supervised events can be chased first.
 *
 * <p><b>Duplicates 重复事件</b>: open events of the same leaf category within
 * {@code shuzhi.event.duplicates.distance-metres} (50) and {@code .window} (24h) of each other ({@code GET /api/events/{id}/duplicates}); a dispatcher merges one
 * into its master ({@code MERGE}), and merged events follow the master's handling, verification, closing or
 * rejection on their own timelines.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Event centre 一网统管")
package org.shuzhi.event;
