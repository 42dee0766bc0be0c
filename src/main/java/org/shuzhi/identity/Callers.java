package org.shuzhi.identity;

import org.shuzhi.platform.CallerContext;

/**
 * The {@link Caller} the current request acts for — for modules that need more than {@link CallerContext} offers
 * (grids, roles, department). {@link Caller#anonymous()} when nobody is signed in.
 */
public interface Callers extends CallerContext {

    /** The current caller, never {@code null}. */
    Caller current();
}
