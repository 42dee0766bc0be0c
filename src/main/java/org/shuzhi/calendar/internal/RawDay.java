package org.shuzhi.calendar.internal;

/**
 * One day of an upload as written, not yet checked.
 *
 * @param position its line (CSV) or entry index (JSON), see {@link Where}
 * @param date     the date text
 * @param kind     the kind text
 * @param name     the Chinese name
 * @param nameEn   the English name, or {@code null}
 */
record RawDay(int position, String date, String kind, String name, String nameEn) {
}
