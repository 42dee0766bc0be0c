package org.shuzhi.platform;

/**
 * Who the current request acts for, as far as any module's data layer needs to know: the caller's
 * {@link DataScope}, a name for the audit trail, and whether they hold a named permission. The identity module
 * implements it from the signed-in session or bearer token; modules below identity (audit) and beside it use
 * this interface so that they need not depend on identity.
 *
 * <p>Outside a request, or when nobody is signed in, the scope is {@link DataScope#none()} — no scope means no rows.
 */
public interface CallerContext {

    /** The current caller's data scope; {@link DataScope#none()} for nobody. */
    DataScope scope();

    /** The current caller's login name, {@code anonymous} for nobody. */
    String actor();

    /** The current caller's scope as audit text (e.g. {@code 320509} or {@code 320509/320509-cg}), {@code null} for nobody. */
    String scopeLabel();

    /** True when the current caller holds the permission of this name (e.g. {@code AUDIT_READ}). */
    boolean holds(String permission);
}
