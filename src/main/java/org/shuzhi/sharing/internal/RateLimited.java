package org.shuzhi.sharing.internal;

import org.shuzhi.platform.ApiProblem;
import org.springframework.http.HttpStatus;

/** 429: the consumer's token bucket is empty; {@link #retryAfter()} seconds until the next call is allowed. */
class RateLimited extends ApiProblem {

    private final long retryAfter;

    RateLimited(long retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, "sharing.rate-limited", retryAfter);
        this.retryAfter = retryAfter;
        with("retryAfter", retryAfter);
    }

    long retryAfter() {
        return retryAfter;
    }
}
