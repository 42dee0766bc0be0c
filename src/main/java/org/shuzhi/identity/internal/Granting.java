package org.shuzhi.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Department;
import org.shuzhi.identity.Permission;
import org.shuzhi.identity.Role;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The granting rule, in one place: nobody acts outside their scope or hands out more scope or permissions than
 * they hold. Accounts, departments and regions outside the actor's scope are reported as not found (404) so
 * their existence does not leak; a region above the actor's own is refused (403) — the division tree is public,
 * so saying so leaks nothing.
 */
@Component
class Granting {

    private final AccountStore accounts;
    private final DepartmentStore departments;
    private final RoleStore roles;
    private final Jurisdictions jurisdictions;

    Granting(AccountStore accounts, DepartmentStore departments, RoleStore roles, Jurisdictions jurisdictions) {
        this.accounts = accounts;
        this.departments = departments;
        this.roles = roles;
        this.jurisdictions = jurisdictions;
    }

    /** 403 unless the actor holds {@code permission}. */
    void requirePermission(Caller actor, Permission permission) {
        if (!actor.has(permission)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "identity.permission.missing", permission.code())
                    .with("permission", permission.code());
        }
    }

    /** The account when it is inside the actor's scope; 404 otherwise, exactly as for an unknown username. */
    AccountRow visibleAccount(Caller actor, String username) {
        return accounts.find(actor.scope(), username == null ? "" : username)
                .orElseThrow(() -> ApiProblem.notFound("identity.user.not-found", username));
    }

    /**
     * An account the actor may change: visible, and holding no permission the actor lacks — otherwise a lesser
     * administrator could take over a stronger account, e.g. by resetting its password.
     */
    AccountRow manageableAccount(Caller actor, String username) {
        requirePermission(actor, Permission.USER_MANAGE);
        AccountRow row = visibleAccount(actor, username);
        if (!row.username().equals(actor.username())) {
            requireWithinOwn(actor, accounts.caller(row).permissions(), "identity.grant.target-exceeds-own");
        }
        return row;
    }

    /** A region the actor may place an account or department at: existing and inside the actor's scope. */
    void requireRegion(Caller actor, String regionCode) {
        boolean known = regionCode != null && regionCode.matches("[0-9]{2,12}") && jurisdictions.exists(regionCode);
        if (known && !actor.scope().covers(regionCode)
                && actor.scope().regionRoots().stream().anyMatch(root -> root.startsWith(regionCode))) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "identity.grant.region-above-own", regionCode)
                    .with("region", regionCode);
        }
        if (!known || !actor.scope().covers(regionCode)) {
            throw ApiProblem.notFound("identity.region.not-found", regionCode);
        }
    }

    /**
     * The department for an account at {@code regionCode}: visible to the actor and at the account's node or
     * above it. A department-narrowed actor must name their own department.
     */
    void requireDepartment(Caller actor, String regionCode, String departmentCode) {
        DataScope scope = actor.scope();
        if (departmentCode == null) {
            if (!scope.departmentCodes().isEmpty()) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, "identity.grant.department-required");
            }
            return;
        }
        // a narrowed actor's own department may sit above their region, where their scope does not reach
        Department department = departments.find(scope, departmentCode)
                .or(() -> actor.departmentNarrowed() && departmentCode.equals(actor.departmentCode())
                        ? departments.own(departmentCode).filter(d -> scope.regionRoots().stream()
                                .anyMatch(root -> root.startsWith(d.regionCode())))
                        : Optional.empty())
                .orElseThrow(() -> ApiProblem.notFound("identity.department.not-found", departmentCode));
        if (!regionCode.startsWith(department.regionCode())) {
            throw ApiProblem.badRequest("identity.department.region-mismatch", departmentCode, regionCode);
        }
    }

    /**
     * The roles with these codes, when the actor may hand all of them out to an account at {@code regionCode}:
     * each visible to the actor, holding only permissions the actor holds; a department-narrowed actor hands out
     * only department-narrowed roles (else the holder would see more than the actor); a custom role only to
     * accounts inside its region.
     */
    List<Role> grantableRoles(Caller actor, String regionCode, Collection<String> roleCodes) {
        List<Role> found = new ArrayList<>();
        for (String code : roleCodes) {
            Role role = roles.find(actor.scope(), code)
                    .orElseThrow(() -> ApiProblem.badRequest("identity.role.unknown", code));
            requireWithinOwn(actor, role.permissions(), "identity.grant.exceeds-own");
            if (actor.departmentNarrowed() && !role.departmentNarrowed()) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, "identity.grant.role-wider-scope", code)
                        .with("role", code);
            }
            requireRoleFits(role, regionCode);
            found.add(role);
        }
        return found;
    }

    /**
     * The custom roles among {@code roleCodes} still fit an account moved to {@code regionCode}. Roles the actor
     * cannot see belong above the actor's scope, so they fit every region in it.
     */
    void requireRolesFit(Caller actor, String regionCode, Collection<String> roleCodes) {
        roleCodes.forEach(code -> roles.find(actor.scope(), code).ifPresent(role -> requireRoleFits(role, regionCode)));
    }

    private static void requireRoleFits(Role role, String regionCode) {
        if (!role.builtIn() && (regionCode == null || !regionCode.startsWith(role.regionCode()))) {
            throw ApiProblem.badRequest("identity.role.outside-region", role.code(), role.regionCode(), regionCode);
        }
    }

    /** 403 {@code messageKey} listing the permissions in {@code wanted} the actor lacks, if any. */
    void requireWithinOwn(Caller actor, Collection<Permission> wanted, String messageKey) {
        List<String> lacking = wanted.stream().filter(p -> !actor.has(p)).map(Permission::code).sorted().toList();
        if (!lacking.isEmpty()) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, messageKey, String.join(", ", lacking))
                    .with("lackingPermissions", lacking);
        }
    }

    /**
     * Grids for an account at {@code regionCode}: a grid's code starts with its village's code, so a grid inside
     * the account's region starts with the region code and is longer than a village code.
     */
    static void requireGrids(String regionCode, Set<String> gridCodes) {
        for (String grid : gridCodes) {
            if (grid == null || !grid.matches("[0-9]{13,32}") || !grid.startsWith(regionCode)) {
                throw ApiProblem.badRequest("identity.grid.outside-region", grid, regionCode);
            }
        }
    }
}
