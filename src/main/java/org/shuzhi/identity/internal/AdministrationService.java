package org.shuzhi.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.identity.AccountAdministration;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Department;
import org.shuzhi.identity.Permission;
import org.shuzhi.identity.Role;
import org.shuzhi.identity.UserAccount;
import org.shuzhi.platform.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link AccountAdministration}: each method checks the granting rule ({@link Granting}) before it changes
 * anything and audits the change last, inside its transaction, so a change that could not be audited is rolled
 * back; refusals by the granting rule are audited as DENIED.
 */
@Service
class AdministrationService implements AccountAdministration {

    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,63}";

    private final AccountStore accounts;
    private final DepartmentStore departments;
    private final RoleStore roles;
    private final Granting granting;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    AdministrationService(AccountStore accounts, DepartmentStore departments, RoleStore roles, Granting granting,
            PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.departments = departments;
        this.roles = roles;
        this.granting = granting;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Department createDepartment(Caller actor, Department department) {
        return audit.guarded(actor, "department.create", "department:" + department.code(), () -> {
            granting.requirePermission(actor, Permission.USER_MANAGE);
            if (department.code() == null || !department.code().matches("[a-z0-9][a-z0-9_-]{1,63}")
                    || department.name() == null || department.name().isBlank() || department.kind() == null) {
                throw ApiProblem.badRequest("identity.department.invalid");
            }
            if (actor.departmentNarrowed()) {
                // departments shape everyone's scope; someone confined to one department does not create others
                throw new ApiProblem(HttpStatus.FORBIDDEN, "identity.grant.department-narrowed");
            }
            granting.requireRegion(actor, department.regionCode());
            if (!departments.insert(department)) {
                throw ApiProblem.conflict("identity.department.exists", department.code());
            }
            audit.record(actor, "department.create", "department:" + department.code(), Outcome.SUCCESS, null);
            return department;
        });
    }

    @Override
    @Transactional
    public UserAccount createUser(Caller actor, NewUser user) {
        return audit.guarded(actor, "user.create", "user:" + user.username(), () -> {
            granting.requirePermission(actor, Permission.USER_MANAGE);
            String username = user.username() == null ? "" : user.username().trim().toLowerCase(Locale.ROOT);
            if (!username.matches(USERNAME)) {
                throw ApiProblem.badRequest("identity.user.invalid-username", username);
            }
            granting.requireRegion(actor, user.regionCode());
            granting.requireDepartment(actor, user.regionCode(), user.departmentCode());
            granting.grantableRoles(actor, user.roles());
            granting.requireGrids(user.regionCode(), user.gridCodes());
            PasswordRules.require(username, user.password());
            long id = accounts.insert(username, displayName(user.displayName(), username),
                            user.kind() == null ? Caller.Kind.USER : user.kind(), user.regionCode(),
                            user.departmentCode(), encoder.encode(user.password()), clock.instant())
                    .orElseThrow(() -> ApiProblem.conflict("identity.user.exists", username));
            accounts.replaceRoles(id, user.roles());
            accounts.replaceGrids(id, user.gridCodes());
            audit.record(actor, "user.create", "user:" + username, Outcome.SUCCESS, "{\"region\":\""
                    + user.regionCode() + "\",\"roles\":\"" + String.join(",", new TreeSet<>(user.roles())) + "\"}");
            return accounts.account(accounts.findById(id).orElseThrow());
        });
    }

    @Override
    public UserAccount findUser(Caller actor, String username) {
        if (!actor.has(Permission.USER_READ)) {
            granting.requirePermission(actor, Permission.USER_MANAGE);
        }
        return accounts.account(granting.visibleAccount(actor, username));
    }

    @Override
    public List<UserAccount> listUsers(Caller actor, int limit) {
        if (!actor.has(Permission.USER_READ)) {
            granting.requirePermission(actor, Permission.USER_MANAGE);
        }
        return accounts.list(actor.scope(), Math.max(1, Math.min(limit, 1000))).stream()
                .map(accounts::account).toList();
    }

    @Override
    @Transactional
    public UserAccount updateUser(Caller actor, String username, String displayName, String regionCode,
            String departmentCode) {
        return audit.guarded(actor, "user.update", "user:" + username, () -> {
            AccountStore.Row row = granting.manageableAccount(actor, username);
            granting.requireRegion(actor, regionCode);
            granting.requireDepartment(actor, regionCode, departmentCode);
            granting.requireGrids(regionCode, accounts.account(row).gridCodes());
            accounts.updateProfile(row.id(), displayName(displayName, row.username()), regionCode, departmentCode);
            audit.record(actor, "user.update", "user:" + row.username(), Outcome.SUCCESS,
                    "{\"region\":\"" + regionCode + "\",\"department\":\"" + departmentCode + "\"}");
            return reload(row);
        });
    }

    @Override
    @Transactional
    public void setPassword(Caller actor, String username, String newPassword) {
        audit.guarded(actor, "user.password", "user:" + username, () -> {
            AccountStore.Row row = granting.manageableAccount(actor, username);
            PasswordRules.require(row.username(), newPassword);
            accounts.setPasswordHash(row.id(), encoder.encode(newPassword), clock.instant());
            audit.record(actor, "user.password", "user:" + row.username(), Outcome.SUCCESS, null);
            return null;
        });
    }

    @Override
    @Transactional
    public UserAccount setEnabled(Caller actor, String username, boolean enabled) {
        return audit.guarded(actor, enabled ? "user.enable" : "user.disable", "user:" + username, () -> {
            AccountStore.Row row = granting.manageableAccount(actor, username);
            accounts.setStatus(row.id(), enabled ? UserAccount.Status.ACTIVE : UserAccount.Status.DISABLED);
            audit.record(actor, enabled ? "user.enable" : "user.disable", "user:" + row.username(), Outcome.SUCCESS, null);
            return reload(row);
        });
    }

    @Override
    @Transactional
    public UserAccount assignRoles(Caller actor, String username, Set<String> roleCodes) {
        return audit.guarded(actor, "user.roles", "user:" + username, () -> {
            AccountStore.Row row = granting.manageableAccount(actor, username);
            granting.grantableRoles(actor, roleCodes);
            accounts.replaceRoles(row.id(), roleCodes);
            audit.record(actor, "user.roles", "user:" + row.username(), Outcome.SUCCESS,
                    "{\"roles\":\"" + String.join(",", new TreeSet<>(roleCodes)) + "\"}");
            return reload(row);
        });
    }

    @Override
    @Transactional
    public UserAccount assignGrids(Caller actor, String username, Set<String> gridCodes) {
        return audit.guarded(actor, "user.grids", "user:" + username, () -> {
            AccountStore.Row row = granting.manageableAccount(actor, username);
            granting.requireGrids(row.regionCode(), gridCodes);
            accounts.replaceGrids(row.id(), gridCodes);
            audit.record(actor, "user.grids", "user:" + row.username(), Outcome.SUCCESS,
                    "{\"grids\":\"" + String.join(",", new TreeSet<>(gridCodes)) + "\"}");
            return reload(row);
        });
    }

    @Override
    @Transactional
    public Role createRole(Caller actor, Role role) {
        return audit.guarded(actor, "role.create", "role:" + role.code(), () -> {
            granting.requirePermission(actor, Permission.ROLE_MANAGE);
            if (role.code() == null || !role.code().matches("[a-z][a-z0-9_]{1,63}") || blank(role.nameZh())
                    || blank(role.nameEn()) || role.permissions().isEmpty()) {
                throw ApiProblem.badRequest("identity.role.invalid");
            }
            granting.requireWithinOwn(actor, role.permissions(), "identity.grant.exceeds-own");
            // a narrowed actor could otherwise mint an unnarrowed role and see beyond their department through it
            boolean narrowed = role.departmentNarrowed() || actor.departmentNarrowed();
            Role custom = new Role(role.code(), role.nameZh(), role.nameEn(), false, narrowed, role.permissions());
            if (!roles.insert(custom)) {
                throw ApiProblem.conflict("identity.role.exists", role.code());
            }
            audit.record(actor, "role.create", "role:" + custom.code(), Outcome.SUCCESS, "{\"permissions\":\""
                    + String.join(",", custom.permissions().stream().map(Permission::code).sorted().toList()) + "\"}");
            return custom;
        });
    }

    @Override
    public List<Role> roles() {
        return roles.all();
    }

    private UserAccount reload(AccountStore.Row row) {
        return accounts.account(accounts.findById(row.id()).orElseThrow());
    }

    private static String displayName(String displayName, String username) {
        return blank(displayName) ? username : displayName.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
