package org.shuzhi.event.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.shuzhi.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start with the demo data (and {@code shuzhi.demo.event-year}, on by default) generates 平望镇's
 * demo year — the 365 days before today — in the background, so the platform serves at once while the year is
 * written (progress in the log and at {@code GET /api/events/demo-year}). Later starts find it there and add
 * nothing. Runs after the demo grids and the demo events.
 */
@Component
@Order(410)
@ConditionalOnProperty(name = "shuzhi.demo.enabled", havingValue = "true")
class DemoYearLoader implements ApplicationRunner {

    static final String TOWNSHIP = "320509104";
    /** The demo's fixed seed: every demo shows the same year. */
    static final long SEED = 20_261_201L;
    private static final Logger log = LoggerFactory.getLogger(DemoYearLoader.class);

    private final DemoYearGenerator generator;
    private final Clock clock;
    private final WorkingCalendar calendar;
    private final boolean enabled;

    DemoYearLoader(DemoYearGenerator generator, Clock clock, WorkingCalendar calendar,
            @Value("${shuzhi.demo.event-year:true}") boolean enabled) {
        this.generator = generator;
        this.clock = clock;
        this.calendar = calendar;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        long existing = generator.existing(TOWNSHIP);
        if (existing > 0) {
            log.info("Demo year of 平望镇 already there ({} events)", existing);
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        Thread worker = new Thread(() -> {
            try {
                generator.generate(new DemoYearGenerator.Settings(TOWNSHIP, today, 1.0, SEED, true, true));
            } catch (RuntimeException e) {
                log.error("Demo year of 平望镇 failed; nothing of it was kept", e);
            }
        }, "demo-event-year");
        worker.setDaemon(true);
        worker.start();
    }
}
