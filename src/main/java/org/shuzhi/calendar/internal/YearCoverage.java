package org.shuzhi.calendar.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether computations stay within the years the calendar knows. A year without an arrangement counts weekends only;
 * the first computation that meets such a year logs a warning — once per year, not once per deadline.
 */
final class YearCoverage {

    private static final Logger log = LoggerFactory.getLogger(YearCoverage.class);

    private final Set<Integer> warned = ConcurrentHashMap.newKeySet();

    /** Notes that a computation used a day of {@code year}; warns the first time the year is unknown. */
    void used(DayTable table, int year) {
        if (!table.isKnown(year) && warned.add(year)) {
            log.warn("No holiday arrangement for {}: counting only weekends as days off. Add the year with "
                    + "PUT /api/calendar/{} or java -jar shuzhi.jar import-calendar <file>.", year, year);
        }
    }

    /** True when the table knows every year from {@code first} to {@code last}. */
    static boolean allKnown(DayTable table, int first, int last) {
        for (int year = Math.min(first, last); year <= Math.max(first, last); year++) {
            if (!table.isKnown(year)) {
                return false;
            }
        }
        return true;
    }
}
