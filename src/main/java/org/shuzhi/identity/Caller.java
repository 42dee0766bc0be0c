package org.shuzhi.identity;

import java.util.Set;

import org.shuzhi.platform.DataScope;

/**
 * Who is calling, as established by {@link Authenticator}: the facts every authorisation decision needs.
 *
 * @param username           the login name; {@code anonymous} for {@link #anonymous()}
 * @param displayName        the name to show
 * @param kind               a person or a system account (API client)
 * @param regionCode         the jurisdiction node the account belongs to; {@code null} only for anonymous
 * @param departmentCode     the account's department, or {@code null}
 * @param gridCodes          the grids a grid inspector patrols (may be empty)
 * @param roles              the codes of the roles held
 * @param permissions        the union of the roles' permissions
 * @param departmentNarrowed true when a held role confines the account to its own department
 */
public record Caller(String username, String displayName, Kind kind, String regionCode, String departmentCode,
        Set<String> gridCodes, Set<String> roles, Set<Permission> permissions, boolean departmentNarrowed) {

    private static final Caller ANONYMOUS = new Caller("anonymous", "anonymous", Kind.USER, null, null, Set.of(),
            Set.of(), Set.of(), false);

    /** A person or an API client. */
    public enum Kind {
        USER, SYSTEM
    }

    public Caller {
        gridCodes = Set.copyOf(gridCodes);
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    /** Nobody: no permissions and {@link DataScope#none()}. */
    public static Caller anonymous() {
        return ANONYMOUS;
    }

    /** True when the caller holds this permission. */
    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    /**
     * The caller's data scope: the subtree of their region, narrowed to their department when a held role says
     * so. Narrowing applies to all of the caller's permissions (it never widens by combining roles); a narrowed
     * role without a department sees nothing. Anonymous sees nothing.
     */
    public DataScope scope() {
        if (regionCode == null) {
            return DataScope.none();
        }
        if (!departmentNarrowed) {
            return DataScope.of(regionCode);
        }
        return departmentCode == null ? DataScope.none() : DataScope.of(regionCode).onlyDepartments(Set.of(departmentCode));
    }

    /** The scope as audit text, e.g. {@code 320509} or {@code 320509/320509-cg}. */
    public String scopeLabel() {
        if (regionCode == null) {
            return null;
        }
        return departmentNarrowed ? regionCode + "/" + departmentCode : regionCode;
    }
}
