package org.shuzhi.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Role;
import org.shuzhi.identity.UserAccount;

/**
 * A role as a checkbox of the account pages: offered ({@code grantable}) only when the administrator could grant it
 * to this account — the same rule {@link Granting} enforces — and kept, read-only, when the account holds a role
 * the administrator could not grant or cannot see.
 *
 * @param role the role, or {@code null} for a held role defined above the administrator's scope
 */
record RoleChoice(String code, Role role, boolean held, boolean grantable) {

    /**
     * The choices for {@code account}; for a new one ({@code null}) custom roles are offered whatever their region,
     * which is checked once the account's region is known.
     */
    static List<RoleChoice> of(Caller admin, UserAccount account, List<Role> visible) {
        Set<String> held = account == null ? Set.of() : account.roles();
        String region = account == null ? null : account.regionCode();
        List<RoleChoice> choices = new ArrayList<>();
        for (Role role : visible) {
            boolean grantable = admin.permissions().containsAll(role.permissions())
                    && (!admin.departmentNarrowed() || role.departmentNarrowed())
                    && (role.builtIn() || region == null || region.startsWith(role.regionCode()));
            if (grantable || held.contains(role.code())) {
                choices.add(new RoleChoice(role.code(), role, held.contains(role.code()), grantable));
            }
        }
        held.stream().filter(code -> visible.stream().noneMatch(r -> r.code().equals(code)))
                .forEach(code -> choices.add(new RoleChoice(code, null, true, false)));
        return choices;
    }
}
