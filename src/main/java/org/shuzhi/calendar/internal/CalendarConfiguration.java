package org.shuzhi.calendar.internal;

import org.shuzhi.calendar.WorkingCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The {@link WorkingCalendar} other modules use: the arithmetic over the cached calendar with the settings. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CalendarConfiguration {

    @Bean
    WorkingCalendar workingCalendar(CalendarCache cache, CalendarProperties properties) {
        return new CalendarArithmetic(cache::table, properties.zone(), properties.hours());
    }
}
