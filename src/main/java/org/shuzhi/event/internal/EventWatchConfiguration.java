package org.shuzhi.event.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Settings of the deadline watch and duplicate detection, and the schedule that runs the watch. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventWatchProperties.class)
@EnableScheduling
class EventWatchConfiguration {

    /**
     * Runs the {@link DeadlineWatch} every {@code shuzhi.event.deadline-watch.interval} (a pause after each run, so
     * runs never overlap within one instance; instances exclude each other row by row). Off with
     * {@code shuzhi.event.deadline-watch.enabled=false}.
     */
    @Component
    @ConditionalOnProperty(name = "shuzhi.event.deadline-watch.enabled", havingValue = "true", matchIfMissing = true)
    static class Schedule {

        private final DeadlineWatch watch;

        Schedule(DeadlineWatch watch) {
            this.watch = watch;
        }

        @Scheduled(fixedDelayString = "${shuzhi.event.deadline-watch.interval:1m}",
                initialDelayString = "${shuzhi.event.deadline-watch.interval:1m}")
        void run() {
            watch.run();
        }
    }
}
