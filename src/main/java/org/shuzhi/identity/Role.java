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
 * @param regionCode         where a custom role belongs: it is seen and managed by callers whose scope covers this
 *                           region and held only by accounts inside it; {@code null} for built-in roles
 */
public record Role(String code, String nameZh, String nameEn, boolean builtIn, boolean departmentNarrowed,
        Set<Permission> permissions, String regionCode) {

    public Role {
        permissions = Set.copyOf(permissions);
    }

    /** A role not tied to a region: built-in, or a custom role to be created in the creator's own region. */
    public Role(String code, String nameZh, String nameEn, boolean builtIn, boolean departmentNarrowed,
            Set<Permission> permissions) {
        this(code, nameZh, nameEn, builtIn, departmentNarrowed, permissions, null);
    }

    /** The codes of the built-in roles. */
    public static final Set<String> BUILT_IN = Set.of("platform_admin", "data_authority_reviewer",
            "department_data_admin", "department_handler", "dispatcher", "hotline_operator", "grid_inspector",
            "analyst", "leader", "system_account");

    /** The name in the language asked for: English for {@code en}, Chinese otherwise. */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameZh;
    }
}
