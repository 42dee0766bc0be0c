package org.shuzhi.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A named action a caller may be allowed to perform. Roles are sets of permissions.
 *
 * <p>The stable code ({@link #code()}) is the constant's name in lower case with dots for underscores, e.g.
 * {@link #PERSONAL_VIEW_SENSITIVE} → {@code personal.view.sensitive}; the database stores the constant's
 * {@link #name()}. Both are stable: never rename a constant, add new ones instead.
 */
public enum Permission {
    /** Import the division tree. */
    JURISDICTION_IMPORT,
    /** Import grids. */
    GRID_IMPORT,
    /** See user accounts in one's scope. */
    USER_READ,
    /** Create, change and disable user accounts and departments in one's scope. */
    USER_MANAGE,
    /** Create custom roles (only from permissions one holds). */
    ROLE_MANAGE,
    /** Read the audit log. */
    AUDIT_READ,
    /** Verify the audit chain. */
    AUDIT_VERIFY,
    /** See personal fields of grade "general" unmasked. */
    PERSONAL_VIEW_GENERAL,
    /** See personal fields of grade "sensitive" unmasked. */
    PERSONAL_VIEW_SENSITIVE,
    /** Export data sets. */
    DATA_EXPORT,
    /** Report an event (上报). */
    EVENT_REPORT,
    /** Dispatch an event to a department (派遣). */
    EVENT_DISPATCH,
    /** Handle a dispatched event (处置). */
    EVENT_HANDLE,
    /** Verify a handled event (核查). */
    EVENT_VERIFY,
    /** Supervise events: urge, escalate (督办). */
    EVENT_SUPERVISE,
    /** Answer 12345 hotline calls. */
    HOTLINE_ANSWER,
    /** Maintain the data catalogue of one's department. */
    CATALOG_MANAGE,
    /** Review catalogue entries (数据主管部门). */
    CATALOG_REVIEW,
    /** Request access to a shared resource. */
    SHARE_REQUEST,
    /** Approve sharing requests. */
    SHARE_APPROVE,
    /** Call an approved shared resource. */
    SHARE_CALL,
    /** Read statistics. */
    STATS_READ,
    /** See the command cockpit. */
    COCKPIT_READ,
    /** Act as an API client (system accounts). */
    API_CLIENT,
    /** See and run the exchange with neighbouring Shuzhi nodes (级联: catalog sync). */
    FEDERATION_MANAGE;

    private final String code = name().toLowerCase(Locale.ROOT).replace('_', '.');

    /** The stable dotted code, e.g. {@code user.manage}. */
    public String code() {
        return code;
    }

    /** The permission with this dotted code, if any. */
    public static Optional<Permission> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
