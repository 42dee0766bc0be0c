package org.shuzhi.identity;

import java.util.List;
import java.util.Set;

/**
 * Managing accounts and departments on behalf of an acting caller. The granting rule holds for every method: the
 * actor needs {@link Permission#USER_MANAGE} to change anything and {@link Permission#USER_READ} (or
 * {@code USER_MANAGE}) to read; accounts and departments outside the actor's scope are answered with 404 as if
 * they did not exist; nobody may place an account outside their own scope (403 when above it, 404 elsewhere),
 * assign a role holding a permission they lack (403), or change an account holding a permission they lack (403).
 * Every change is audited. Roles are managed through {@link RoleAdministration}.
 */
public interface AccountAdministration {

    /** Creates a department at a region inside the actor's scope. */
    Department createDepartment(Caller actor, Department department);

    /** The departments inside the actor's scope — only in {@code regionCode}'s subtree when given — by code. */
    List<Department> departments(Caller actor, String regionCode);

    /** The department, when inside the actor's scope. */
    Department findDepartment(Caller actor, String code);

    /** Creates an account; the password must meet the password rules (400 listing the broken ones). */
    UserAccount createUser(Caller actor, NewUser user);

    /** The account, when inside the actor's scope. */
    UserAccount findUser(Caller actor, String username);

    /** One page of the accounts inside the actor's scope that match the query, ordered by username. */
    UserPage searchUsers(Caller actor, UserQuery query);

    /** Changes an account's name, place (region, department) or personal fields; see {@link UserChanges}. */
    UserAccount updateUser(Caller actor, String username, UserChanges changes);

    /** Sets a new password (rules apply) and clears any lock-out. */
    void setPassword(Caller actor, String username, String newPassword);

    /** Disables ({@code false}) or re-enables an account; nobody disables their own. */
    UserAccount setEnabled(Caller actor, String username, boolean enabled);

    /**
     * Replaces the account's roles. Only the roles added are granted, so the rule applies to them: each must be
     * visible to the actor, hold only the actor's permissions and, when custom, belong to the account's region.
     */
    UserAccount assignRoles(Caller actor, String username, Set<String> roleCodes);

    /** Replaces the account's grids; each grid must lie inside the account's region. */
    UserAccount assignGrids(Caller actor, String username, Set<String> gridCodes);

    /**
     * What is needed to create an account.
     *
     * @param password the initial password, in clear (hashed before storage)
     * @param mobile   optional mobile number (validated, stored as 11 digits)
     * @param idNumber optional resident ID number (validated incl. its check character)
     */
    record NewUser(String username, String displayName, Caller.Kind kind, String regionCode, String departmentCode,
            String password, Set<String> roles, Set<String> gridCodes, String mobile, String idNumber) {

        public NewUser {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            gridCodes = gridCodes == null ? Set.of() : Set.copyOf(gridCodes);
        }

        /** An account without personal fields. */
        public NewUser(String username, String displayName, Caller.Kind kind, String regionCode,
                String departmentCode, String password, Set<String> roles, Set<String> gridCodes) {
            this(username, displayName, kind, regionCode, departmentCode, password, roles, gridCodes, null, null);
        }
    }

    /**
     * Changes to an account. A {@code null} field is left as it is; an empty {@code departmentCode}, {@code mobile}
     * or {@code idNumber} clears it — so a client that was shown a masked value and sends nothing back keeps it.
     */
    record UserChanges(String displayName, String regionCode, String departmentCode, String mobile,
            String idNumber) {
    }

    /**
     * Which accounts to list. Filters narrow the actor's scope, never widen it.
     *
     * @param regionCode     only this region's subtree
     * @param departmentCode only this department
     * @param roleCode       only holders of this role
     * @param text           part of the username or display name
     * @param page           0-based page number
     * @param size           page size, 1–200
     */
    record UserQuery(String regionCode, String departmentCode, String roleCode, String text, int page, int size) {
    }

    /** One page of accounts and how many match in all. */
    record UserPage(List<UserAccount> users, long total, int page, int size) {

        public UserPage {
            users = List.copyOf(users);
        }
    }
}
