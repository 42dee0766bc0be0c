package org.shuzhi.sharing.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Token buckets per consumer account, in memory: {@code shuzhi.sharing.rate-limit.default} calls per second (burst
 * as large, one at least), or {@code shuzhi.sharing.rate-limit.accounts.<account>} for named (system) accounts.
 * Each instance of the platform limits on its own; a consumer's limit is per instance.
 */
@Component
class RateLimiter {

    private final double defaultRate;
    private final Map<String, Double> rates = new ConcurrentHashMap<>();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(@Value("${shuzhi.sharing.rate-limit.default:50}") double defaultRate, Environment environment) {
        this.defaultRate = defaultRate;
        Binder.get(environment).bind("shuzhi.sharing.rate-limit.accounts", org.springframework.boot.context.properties
                .bind.Bindable.mapOf(String.class, Double.class)).ifBound(rates::putAll);
    }

    /** Sets an account's rate (calls per second, burst as large) at run time, e.g. after a configuration change. */
    void configure(String account, double perSecond) {
        rates.put(account, perSecond);
        buckets.remove(account);
    }

    /** Takes one call from the account's bucket: 0 when allowed, otherwise the seconds to wait (at least 1). */
    long acquire(String account) {
        Bucket bucket = buckets.computeIfAbsent(account, a -> new Bucket(rates.getOrDefault(a, defaultRate)));
        return bucket.take(System.nanoTime());
    }

    /** A token bucket refilled continuously at {@code rate} per second, holding {@code rate} tokens (one at least). */
    static final class Bucket {
        private final double rate;
        private final double capacity;
        private double tokens;
        private long last;

        Bucket(double rate) {
            this.rate = Math.max(rate, 0.001);
            this.capacity = Math.max(1, this.rate);
            this.tokens = capacity;
            this.last = System.nanoTime();
        }

        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - last) / 1e9 * rate);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / rate));
        }
    }
}
