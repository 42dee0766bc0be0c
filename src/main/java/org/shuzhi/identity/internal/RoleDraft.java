package org.shuzhi.identity.internal;

import java.util.Set;

import org.shuzhi.identity.Permission;
import org.shuzhi.identity.Role;

/**
 * A custom role as a client (JSON) or the roles page (form) describes it.
 *
 * @param code               only when creating; a role's code never changes
 * @param departmentNarrowed whether holders see only their own department's records ({@code null}: no — an
 *                           unticked checkbox sends nothing)
 * @param regionCode         only when creating: where the role belongs (default: the caller's own region)
 */
record RoleDraft(String code, String nameZh, String nameEn, Boolean departmentNarrowed, Set<Permission> permissions,
        String regionCode) {

    /** The role this draft describes, under {@code code}. */
    Role role(String code) {
        return new Role(code == null || code.isBlank() ? null : code.strip(), nameZh, nameEn, false,
                Boolean.TRUE.equals(departmentNarrowed), permissions == null ? Set.of() : permissions, regionCode);
    }

    /** An empty form. */
    static RoleDraft blank() {
        return new RoleDraft(null, null, null, null, Set.of(), null);
    }
}
