package org.shuzhi.identity;

import java.util.function.Supplier;

import org.shuzhi.platform.CallerContext;

/**
 * The {@link Caller} the current request acts for — for modules that need more than {@link CallerContext} offers
 * (grids, roles, department). {@link Caller#anonymous()} when nobody is signed in.
 */
public interface Callers extends CallerContext {

    /** The current caller, never {@code null}. */
    Caller current();

    /**
     * Runs {@code work} as {@code caller} on this thread and restores the previous caller afterwards — for channels
     * that establish who is calling by other means than the session or the bearer header (the Open311
     * {@code api_key} parameter), so that what the work records (timeline actors, audit entries) names that caller.
     * Only for a caller obtained from {@link Authenticator}.
     */
    <T> T callAs(Caller caller, Supplier<T> work);
}
