package org.shuzhi.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * At most {@code shuzhi.identity.throttle.per-ip-per-minute} password attempts per client address in any sliding
 * minute, kept in memory (one node; a restart forgets, which only gives an attacker one more minute). Addresses
 * idle for a minute are dropped so the map cannot grow without bound.
 */
@Component
class LoginThrottle {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;

    LoginThrottle(Clock clock, IdentityProperties properties) {
        this.clock = clock;
        this.limit = properties.throttle().perIpPerMinute();
    }

    /**
     * Counts an attempt from {@code clientIp}; when the address is over its limit the attempt is not counted and
     * the answer is when the oldest counted attempt leaves the window. Unknown addresses are not throttled.
     */
    Optional<Instant> tryAcquire(String clientIp) {
        if (clientIp == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (attempts.size() > 10_000) {
            attempts.values().removeIf(q -> isStale(q, now));
        }
        Deque<Instant> window = attempts.computeIfAbsent(clientIp, ip -> new ArrayDeque<>());
        synchronized (window) {
            while (!window.isEmpty() && !window.peekFirst().isAfter(now.minus(WINDOW))) {
                window.pollFirst();
            }
            if (window.size() >= limit) {
                return Optional.of(window.peekFirst().plus(WINDOW));
            }
            window.addLast(now);
            return Optional.empty();
        }
    }

    private static boolean isStale(Deque<Instant> window, Instant now) {
        synchronized (window) {
            return window.isEmpty() || !window.peekLast().isAfter(now.minus(WINDOW));
        }
    }
}
