package org.shuzhi.calendar.internal;

import java.time.Duration;
import java.time.ZoneId;

import org.shuzhi.calendar.OfficeHours;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the calendar module.
 *
 * @param zone            the zone whose local dates and office hours count ({@code shuzhi.calendar.zone})
 * @param officeHours     the office hours of a working day, {@code HH:mm-HH:mm} periods separated by commas
 *                        ({@code shuzhi.calendar.office-hours}); the end of the last is close of business
 * @param refreshInterval how often a node checks whether another node changed the calendar in the database
 *                        ({@code shuzhi.calendar.refresh-interval}); changes made through this node apply at once
 */
@ConfigurationProperties("shuzhi.calendar")
record CalendarProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("09:00-12:00,13:30-17:30") String officeHours,
        @DefaultValue("1m") Duration refreshInterval) {

    CalendarProperties {
        // fail at start-up, naming the bad period, rather than on the first deadline
        OfficeHours.parse(officeHours);
    }

    OfficeHours hours() {
        return OfficeHours.parse(officeHours);
    }
}
