package org.shuzhi.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the platform clock in every test context (found by component scanning of the test classes, so the
 * shared context stays one context): it runs with system time until a test moves it.
 */
@Configuration(proxyBeanMethods = false)
class MovableClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }
}
