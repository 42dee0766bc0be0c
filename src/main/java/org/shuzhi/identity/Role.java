package org.shuzhi.identity;

import java.util.Set;

/**
 * A named set of permissions.
 *
 * @param code               stable code, e.g. {@code grid_inspector}
 * @param nameZh             Chinese name
 * @param nameEn             English name
 * @param builtIn            one of the platform's built-in roles (seeded by the schema, not changeable)
 * @param departmentNarrowed holders see only their own department's records within their region
 * @param permissions        what holders may do
 */
public record Role(String code, String nameZh, String nameEn, boolean builtIn, boolean departmentNarrowed,
        Set<Permission> permissions) {

    public Role {
        permissions = Set.copyOf(permissions);
    }

    /** The codes of the built-in roles. */
    public static final Set<String> BUILT_IN = Set.of("platform_admin", "data_authority_reviewer",
            "department_data_admin", "department_handler", "dispatcher", "hotline_operator", "grid_inspector",
            "analyst", "leader", "system_account");
}
