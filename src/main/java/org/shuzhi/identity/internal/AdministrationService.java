package org.shuzhi.identity.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.identity.AccountAdministration;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Department;
import org.shuzhi.identity.Permission;
import org.shuzhi.identity.UserAccount;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes of {@link AccountAdministration}: each method checks the granting rule ({@link Granting}) and
 * validates its input before it writes anything, writes through stores confined to the actor's scope, and audits
 * the change last, inside its transaction, so a change that could not be audited is rolled back; refusals by the
 * granting rule are audited as DENIED. Reads are answered by {@link AccountReads}.
 */
@Service
class AdministrationService implements AccountAdministration {

    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,63}";

    private final AccountStore accounts;
    private final DepartmentStore departments;
    private final AccountReads reads;
    private final Granting granting;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    AdministrationService(AccountStore accounts, DepartmentStore departments, AccountReads reads, Granting granting,
            PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.departments = departments;
        this.reads = reads;
        this.granting = granting;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<Department> departments(Caller actor, String regionCode) {
        return reads.departments(actor, regionCode);
    }

    @Override
    public Department findDepartment(Caller actor, String code) {
        return reads.findDepartment(actor, code);
    }

    @Override
    public UserAccount findUser(Caller actor, String username) {
        return reads.findUser(actor, username);
    }

    @Override
    public UserPage searchUsers(Caller actor, UserQuery query) {
        return reads.searchUsers(actor, query);
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
            if (!departments.insert(actor.scope(), department)) {
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
            granting.grantableRoles(actor, user.regionCode(), user.roles());
            Granting.requireGrids(user.regionCode(), user.gridCodes());
            AccountRow.Profile profile = new AccountRow.Profile(displayName(user.displayName(), username),
                    user.regionCode(), user.departmentCode(), PersonalFields.mobile(user.mobile()),
                    PersonalFields.idNumber(user.idNumber()));
            PasswordRules.require(username, user.password());
            DataScope scope = actor.scope();
            long id = accounts.insert(scope, username, user.kind() == null ? Caller.Kind.USER : user.kind(), profile,
                            encoder.encode(user.password()), clock.instant())
                    .orElseThrow(() -> ApiProblem.conflict("identity.user.exists", username));
            accounts.replaceRoles(scope, id, user.roles());
            accounts.replaceGrids(scope, id, user.gridCodes());
            audit.record(actor, "user.create", "user:" + username, Outcome.SUCCESS, "{\"region\":\""
                    + user.regionCode() + "\",\"roles\":\"" + String.join(",", new TreeSet<>(user.roles())) + "\"}");
            return reload(actor, username);
        });
    }

    @Override
    @Transactional
    public UserAccount updateUser(Caller actor, String username, UserChanges changes) {
        return audit.guarded(actor, "user.update", "user:" + username, () -> {
            AccountRow row = granting.manageableAccount(actor, username);
            String region = changes.regionCode() == null ? row.regionCode() : changes.regionCode();
            String department = changes.departmentCode() == null ? row.departmentCode()
                    : changes.departmentCode().isBlank() ? null : changes.departmentCode();
            granting.requireRegion(actor, region);
            granting.requireDepartment(actor, region, department);
            Granting.requireGrids(region, row.gridCodes());
            granting.requireRolesFit(actor, region, row.roles());
            AccountRow.Profile profile = new AccountRow.Profile(
                    changes.displayName() == null ? row.displayName() : displayName(changes.displayName(), username),
                    region, department, PersonalFields.change(changes.mobile(), row.mobile(), PersonalFields::mobile),
                    PersonalFields.change(changes.idNumber(), row.idNumber(), PersonalFields::idNumber));
            if (!accounts.updateProfile(actor.scope(), row.id(), profile)) {
                throw ApiProblem.notFound("identity.user.not-found", username);
            }
            audit.record(actor, "user.update", "user:" + row.username(), Outcome.SUCCESS, "{\"region\":\"" + region
                    + "\",\"department\":\"" + department + "\",\"personalFields\":\""
                    + changedPersonalFields(row.profile(), profile) + "\"}");
            return reload(actor, row.username());
        });
    }

    @Override
    @Transactional
    public void setPassword(Caller actor, String username, String newPassword) {
        audit.guarded(actor, "user.password", "user:" + username, () -> {
            AccountRow row = granting.manageableAccount(actor, username);
            PasswordRules.require(row.username(), newPassword);
            accounts.setPasswordHash(actor.scope(), row.id(), encoder.encode(newPassword), clock.instant());
            audit.record(actor, "user.password", "user:" + row.username(), Outcome.SUCCESS, null);
            return null;
        });
    }

    @Override
    @Transactional
    public UserAccount setEnabled(Caller actor, String username, boolean enabled) {
        String action = enabled ? "user.enable" : "user.disable";
        return audit.guarded(actor, action, "user:" + username, () -> {
            AccountRow row = granting.manageableAccount(actor, username);
            if (!enabled && row.username().equals(actor.username())) {
                throw ApiProblem.badRequest("identity.user.self-disable");
            }
            accounts.setStatus(actor.scope(), row.id(), enabled ? UserAccount.Status.ACTIVE : UserAccount.Status.DISABLED);
            audit.record(actor, action, "user:" + row.username(), Outcome.SUCCESS, null);
            return reload(actor, row.username());
        });
    }

    @Override
    @Transactional
    public UserAccount assignRoles(Caller actor, String username, Set<String> roleCodes) {
        return audit.guarded(actor, "user.roles", "user:" + username, () -> {
            AccountRow row = granting.manageableAccount(actor, username);
            // roles kept are not granted anew: an account may hold a role defined above the actor's scope
            Set<String> added = new HashSet<>(roleCodes);
            added.removeAll(row.roles());
            granting.grantableRoles(actor, row.regionCode(), added);
            accounts.replaceRoles(actor.scope(), row.id(), roleCodes);
            audit.record(actor, "user.roles", "user:" + row.username(), Outcome.SUCCESS,
                    "{\"roles\":\"" + String.join(",", new TreeSet<>(roleCodes)) + "\"}");
            return reload(actor, row.username());
        });
    }

    @Override
    @Transactional
    public UserAccount assignGrids(Caller actor, String username, Set<String> gridCodes) {
        return audit.guarded(actor, "user.grids", "user:" + username, () -> {
            AccountRow row = granting.manageableAccount(actor, username);
            Granting.requireGrids(row.regionCode(), gridCodes);
            accounts.replaceGrids(actor.scope(), row.id(), gridCodes);
            audit.record(actor, "user.grids", "user:" + row.username(), Outcome.SUCCESS,
                    "{\"grids\":\"" + String.join(",", new TreeSet<>(gridCodes)) + "\"}");
            return reload(actor, row.username());
        });
    }

    private UserAccount reload(Caller actor, String username) {
        return accounts.find(actor.scope(), username).orElseThrow().account();
    }

    /** Which personal fields a change touched — their names only: the values must not reach the audit log. */
    private static String changedPersonalFields(AccountRow.Profile before, AccountRow.Profile after) {
        Set<String> changed = new TreeSet<>();
        if (!Objects.equals(before.mobile(), after.mobile())) {
            changed.add("mobile");
        }
        if (!Objects.equals(before.idNumber(), after.idNumber())) {
            changed.add("idNumber");
        }
        return String.join(",", changed);
    }

    private static String displayName(String displayName, String username) {
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (name.length() > 200) {
            throw ApiProblem.badRequest("identity.user.invalid-display-name").with("field", "displayName");
        }
        return name;
    }
}
