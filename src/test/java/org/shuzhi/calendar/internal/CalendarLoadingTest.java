package org.shuzhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How years get into the running platform besides an upload: the bundled files at every start (idempotent; a
 * corrected bundled file replaces the old bundled version but never a deployment's own), and changes made by
 * another node, picked up by the periodic check.
 */
@IntegrationTest
class CalendarLoadingTest {

    @Autowired
    BundledArrangements bundled;

    @Autowired
    CalendarUpdates updates;

    @Autowired
    CalendarCache cache;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRestartWritesNothing() throws Exception {
        Instant stored = updatedAt(2025);
        bundled.run(null);
        assertThat(updatedAt(2025)).isEqualTo(stored);
        assertThat(updates.offerBundled(BundledCalendars.year(2026), "again")).isFalse();
        assertThat(cache.years().get(2026).source()).isEqualTo("classpath:calendar/cn-holidays-2026.csv");
    }

    @Test
    void aCorrectedBundledFileReplacesTheBundledYearButNotTheDeploymentsOwn() {
        Arrangement first = arrangement(2037, "2037-10-01");
        Arrangement corrected = arrangement(2037, "2037-10-02");
        assertThat(updates.offerBundled(first, "bundled 1")).isTrue();
        assertThat(updates.offerBundled(first, "bundled 1 again")).isFalse();
        assertThat(updates.offerBundled(corrected, "bundled 2")).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2037, 10, 1))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2037, 10, 2))).isFalse();

        updates.replace(arrangement(2037, "2037-10-05"), "test upload", CalendarUpdates.Actor.SYSTEM);
        assertThat(updates.offerBundled(arrangement(2037, "2037-10-06"), "bundled 3")).isFalse();
        assertThat(cache.years().get(2037).origin()).isEqualTo(CalendarStore.Origin.UPLOADED);
        assertThat(calendar.isWorkingDay(LocalDate.of(2037, 10, 5))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2037, 10, 6))).isTrue();
    }

    @Test
    void changesMadeByAnotherNodeArePickedUpByThePeriodicCheck() {
        // what another node's upload leaves in the shared database
        jdbc.sql("insert into calendar.year (year, origin, checksum, source, updated_by) values (2038, 'UPLOADED',"
                + " repeat('0', 64), 'other node', 'someone')").update();
        jdbc.sql("insert into calendar.day (day, year, kind, name) values ('2038-01-01', 2038, 'HOLIDAY', '元旦')")
                .update();
        assertThat(calendar.isKnown(2038)).as("computations never read the database").isFalse();
        cache.refreshIfChanged();
        assertThat(calendar.isKnown(2038)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2038, 1, 1))).isFalse();
    }

    private Instant updatedAt(int year) {
        return jdbc.sql("select updated_at from calendar.year where year = :year").param("year", year)
                .query(Instant.class).single();
    }

    private static Arrangement arrangement(int year, String holiday) {
        return Arrangement.of(year, List.of(new RawDay(1, holiday, "HOLIDAY", "国庆节", null)), Where.LINE);
    }
}
