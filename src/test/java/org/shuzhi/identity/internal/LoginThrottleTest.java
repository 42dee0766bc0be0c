package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.shuzhi.support.MovableClock;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, new IdentityProperties(12,
            new IdentityProperties.Lockout(5, Duration.ofMinutes(15)), new IdentityProperties.Throttle(3),
            Duration.ofDays(365), Duration.ofSeconds(10)));

    @Test
    void allowsTheLimitPerSlidingMinuteAndPerAddress() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryAcquire("10.0.0.1")).isEmpty();
            clock.advance(Duration.ofSeconds(10));
        }
        Instant retryAfter = throttle.tryAcquire("10.0.0.1").orElseThrow();
        assertThat(retryAfter).isAfter(clock.instant());
        assertThat(throttle.tryAcquire("10.0.0.2")).as("another address").isEmpty();

        clock.advance(Duration.ofSeconds(31)); // the first attempt has left the window, the other two have not
        assertThat(throttle.tryAcquire("10.0.0.1")).isEmpty();
        assertThat(throttle.tryAcquire("10.0.0.1")).isPresent();
    }

    @Test
    void refusedAttemptsDoNotExtendTheWait() {
        for (int i = 0; i < 3; i++) {
            throttle.tryAcquire("10.0.0.3");
        }
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.tryAcquire("10.0.0.3")).isPresent();
        }
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.tryAcquire("10.0.0.3")).isEmpty();
    }
}
