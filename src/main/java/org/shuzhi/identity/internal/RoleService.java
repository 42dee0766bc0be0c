package org.shuzhi.identity.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Permission;
import org.shuzhi.identity.Role;
import org.shuzhi.identity.RoleAdministration;
import org.shuzhi.platform.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link RoleAdministration}: custom roles confined to the region they belong to. A role never holds more than
 * its editor holds, and a role is only changed when every holder is an account the editor could manage — else
 * editing a role would be a way round the granting rule. Changes are audited inside their transaction, refusals
 * as DENIED.
 */
@Service
class RoleService implements RoleAdministration {

    private final RoleStore roles;
    private final AccountStore accounts;
    private final Granting granting;
    private final AuditTrail audit;

    RoleService(RoleStore roles, AccountStore accounts, Granting granting, AuditTrail audit) {
        this.roles = roles;
        this.accounts = accounts;
        this.granting = granting;
        this.audit = audit;
    }

    @Override
    public List<Role> roles(Caller actor) {
        requireRead(actor);
        return roles.visible(actor.scope());
    }

    @Override
    public Role findRole(Caller actor, String code) {
        requireRead(actor);
        return visible(actor, code);
    }

    @Override
    @Transactional
    public Role createRole(Caller actor, Role role) {
        return audit.guarded(actor, "role.create", "role:" + role.code(), () -> {
            requireManage(actor);
            if (role.code() == null || !role.code().matches("[a-z][a-z0-9_]{1,63}")) {
                throw ApiProblem.badRequest("identity.role.invalid");
            }
            requireValid(role);
            granting.requireWithinOwn(actor, role.permissions(), "identity.grant.exceeds-own");
            String region = role.regionCode() == null ? actor.regionCode() : role.regionCode();
            granting.requireRegion(actor, region);
            Role custom = new Role(role.code(), role.nameZh().strip(), role.nameEn().strip(), false,
                    role.departmentNarrowed(), role.permissions(), region);
            if (!roles.insert(actor.scope(), custom)) {
                throw ApiProblem.conflict("identity.role.exists", role.code());
            }
            audit.record(actor, "role.create", "role:" + custom.code(), Outcome.SUCCESS, details(custom));
            return custom;
        });
    }

    @Override
    @Transactional
    public Role updateRole(Caller actor, String code, Role changes) {
        return audit.guarded(actor, "role.update", "role:" + code, () -> {
            requireManage(actor);
            Role role = customRole(actor, code);
            requireValid(changes);
            Set<Permission> touched = EnumSet.copyOf(role.permissions());
            touched.addAll(changes.permissions());
            granting.requireWithinOwn(actor, touched, "identity.grant.exceeds-own");
            if (accounts.holdersOutside(actor.scope(), code) > 0) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, "identity.role.held-outside", code);
            }
            granting.requireWithinOwn(actor, accounts.holdersPermissions(actor.scope(), code),
                    "identity.grant.target-exceeds-own");
            Role updated = new Role(code, changes.nameZh().strip(), changes.nameEn().strip(), false,
                    changes.departmentNarrowed(), changes.permissions(), role.regionCode());
            roles.update(actor.scope(), updated);
            audit.record(actor, "role.update", "role:" + code, Outcome.SUCCESS, details(updated));
            return updated;
        });
    }

    @Override
    @Transactional
    public void deleteRole(Caller actor, String code) {
        audit.guarded(actor, "role.delete", "role:" + code, () -> {
            requireManage(actor);
            Role role = customRole(actor, code);
            granting.requireWithinOwn(actor, role.permissions(), "identity.grant.exceeds-own");
            if (!roles.deleteUnused(actor.scope(), code)) {
                throw ApiProblem.conflict("identity.role.in-use", code);
            }
            audit.record(actor, "role.delete", "role:" + code, Outcome.SUCCESS, details(role));
            return null;
        });
    }

    /** A custom role the actor may see; 404 when there is none, 403 for a built-in one. */
    private Role customRole(Caller actor, String code) {
        Role role = visible(actor, code);
        if (role.builtIn()) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "identity.role.built-in", code);
        }
        return role;
    }

    private Role visible(Caller actor, String code) {
        return roles.find(actor.scope(), code).orElseThrow(() -> ApiProblem.notFound("identity.role.not-found", code));
    }

    private void requireRead(Caller actor) {
        if (!actor.has(Permission.USER_MANAGE) && !actor.has(Permission.ROLE_MANAGE)) {
            granting.requirePermission(actor, Permission.USER_READ);
        }
    }

    private void requireManage(Caller actor) {
        granting.requirePermission(actor, Permission.ROLE_MANAGE);
        if (actor.departmentNarrowed()) {
            // role definitions belong to a region; someone confined to one department does not define them
            throw new ApiProblem(HttpStatus.FORBIDDEN, "identity.grant.department-narrowed-role");
        }
    }

    private static void requireValid(Role role) {
        if (blank(role.nameZh()) || blank(role.nameEn()) || role.nameZh().strip().length() > 100
                || role.nameEn().strip().length() > 100 || role.permissions().isEmpty()) {
            throw ApiProblem.badRequest("identity.role.invalid");
        }
    }

    private static String details(Role role) {
        return "{\"region\":\"" + role.regionCode() + "\",\"permissions\":\"" + String.join(",",
                role.permissions().stream().map(Permission::code).sorted().toList()) + "\"}";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
