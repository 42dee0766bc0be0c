/**
 * Inside the calendar module: storage ({@code calendar.year}, {@code calendar.day}), the in-memory cache, the
 * arithmetic, the bundled arrangements, the REST API, the import command and the year page.
 *
 * <h2>Where years come from</h2>
 * <ul>
 * <li>Bundled: {@code classpath:calendar/cn-holidays-<year>.csv}, one file per year, transcribed from the State
 * Council notices (国务院办公厅关于部分节假日安排的通知). Stored at every start-up by {@link
 * org.shuzhi.calendar.internal.BundledArrangements}: a missing year is added, a bundled year whose file changed is
 * replaced, a year the deployment set itself is kept.</li>
 * <li>Uploaded: {@code PUT /api/calendar/{year}} (CSV or JSON) or {@code java -jar shuzhi.jar import-calendar
 * <file>} replace one year as the deployment's own version. Changing the calendar needs the permission
 * {@code JURISDICTION_IMPORT} and a province-level scope ({@link org.shuzhi.calendar.internal.CalendarGuard});
 * every such change and refusal is audited ({@code calendar.replace}); storing the bundled files is
 * only logged.</li>
 * </ul>
 *
 * <h2>File format</h2>
 * <pre>
 * # comments and blank lines are skipped
 * date,kind,name,name_en          (name_en optional: date,kind,name)
 * 2026-02-14,WORKDAY,春节,Spring Festival
 * 2026-02-15,HOLIDAY,春节,Spring Festival
 * </pre>
 * UTF-8; no quoting. Every day off is listed, weekend days of a holiday included; {@code WORKDAY} (or 班) marks a
 * make-up working day and must be a Saturday or Sunday; {@code HOLIDAY} (or 休) a day off. All dates in one year,
 * none twice, names of at most 50 characters. The first bad row is a 400 problem with {@code line} (CSV, from 1) or
 * {@code entry} (JSON, from 0), and nothing is written.
 *
 * <h2>Cache</h2>
 * {@link org.shuzhi.calendar.internal.CalendarCache} holds an immutable {@link
 * org.shuzhi.calendar.internal.DayTable}; {@link org.shuzhi.calendar.internal.CalendarArithmetic} takes one table
 * per computation. It reloads after every committed change on this node and, on other nodes, when the periodic
 * version check ({@code shuzhi.calendar.refresh-interval}) sees one.
 */
package org.shuzhi.calendar.internal;
