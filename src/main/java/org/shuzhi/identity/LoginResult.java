package org.shuzhi.identity;

import java.time.Instant;

/**
 * How a password login ended. Only {@link Success} carries a caller. None of the failures says whether the
 * password was right, except {@link Disabled}, which is only reported after a correct password.
 */
public sealed interface LoginResult {

    /** Logged in. */
    record Success(Caller caller) implements LoginResult {
    }

    /** Unknown user or wrong password — deliberately indistinguishable. */
    record BadCredentials() implements LoginResult {
    }

    /** Too many failures: no login (whatever the password) until {@code until}. */
    record Locked(Instant until) implements LoginResult {
    }

    /** Too many attempts from this client address; try again after {@code retryAfter}. */
    record Throttled(Instant retryAfter) implements LoginResult {
    }

    /** The account is disabled. */
    record Disabled() implements LoginResult {
    }
}
