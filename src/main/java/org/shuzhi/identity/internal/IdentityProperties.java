package org.shuzhi.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shuzhi.identity.*}: how hard passwords are hashed, when accounts lock, how fast one address may try, and
 * how long tokens may live.
 *
 * @param bcryptStrength BCrypt cost (log2 rounds), at least 12
 * @param lockout        consecutive failures before a lock, and how long it lasts
 * @param throttle       password attempts allowed per client address per minute
 * @param tokenMaxTtl    the longest lifetime a bearer token may be issued for
 * @param tokenCacheTtl  how long a bearer token's caller is remembered ({@link TokenCallers}): the longest another
 *                       instance may still honour a revoked token or an account's old rights; 0 turns caching off
 */
@ConfigurationProperties("shuzhi.identity")
record IdentityProperties(@DefaultValue("12") int bcryptStrength, @DefaultValue Lockout lockout,
        @DefaultValue Throttle throttle, @DefaultValue("365d") Duration tokenMaxTtl,
        @DefaultValue("10s") Duration tokenCacheTtl) {

    IdentityProperties {
        if (bcryptStrength < 12) {
            throw new IllegalArgumentException("shuzhi.identity.bcrypt-strength must be at least 12");
        }
        if (tokenCacheTtl.isNegative() || tokenCacheTtl.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("shuzhi.identity.token-cache-ttl must be between 0 and 1 minute");
        }
    }

    /** {@code shuzhi.identity.lockout.max-failures} / {@code .duration}. */
    record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
    }

    /** {@code shuzhi.identity.throttle.per-ip-per-minute}. */
    record Throttle(@DefaultValue("20") int perIpPerMinute) {
    }
}
