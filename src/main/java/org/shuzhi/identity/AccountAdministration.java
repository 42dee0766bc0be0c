package org.shuzhi.identity;

import java.util.List;
import java.util.Set;

/**
 * Managing accounts, departments and custom roles on behalf of an acting caller. The granting rule holds for every
 * method: the actor needs {@link Permission#USER_MANAGE} (roles: {@link Permission#ROLE_MANAGE}); accounts outside
 * the actor's scope are answered with 404 as if they did not exist; nobody may place an account outside their own
 * scope (403 when above it, 404 elsewhere) nor assign a role holding a permission they lack (403). Every change is
 * audited.
 */
public interface AccountAdministration {

    /** Creates a department at a region inside the actor's scope. */
    Department createDepartment(Caller actor, Department department);

    /** Creates an account; the password must meet the password rules (400 listing the broken ones). */
    UserAccount createUser(Caller actor, NewUser user);

    /** The account, when inside the actor's scope ({@link Permission#USER_READ} or {@code USER_MANAGE}). */
    UserAccount findUser(Caller actor, String username);

    /** The accounts inside the actor's scope, ordered by username. */
    List<UserAccount> listUsers(Caller actor, int limit);

    /** Moves an account to another region and/or department and renames it. */
    UserAccount updateUser(Caller actor, String username, String displayName, String regionCode,
            String departmentCode);

    /** Sets a new password (rules apply) and clears any lock-out. */
    void setPassword(Caller actor, String username, String newPassword);

    /** Disables ({@code false}) or re-enables an account. */
    UserAccount setEnabled(Caller actor, String username, boolean enabled);

    /** Replaces the account's roles. */
    UserAccount assignRoles(Caller actor, String username, Set<String> roleCodes);

    /** Replaces the account's grids; each grid must lie inside the account's region. */
    UserAccount assignGrids(Caller actor, String username, Set<String> gridCodes);

    /** Creates a custom role from permissions the actor holds. */
    Role createRole(Caller actor, Role role);

    /** All roles, built-in first. */
    List<Role> roles();

    /**
     * What is needed to create an account.
     *
     * @param password the initial password, in clear (hashed before storage)
     */
    record NewUser(String username, String displayName, Caller.Kind kind, String regionCode, String departmentCode,
            String password, Set<String> roles, Set<String> gridCodes) {

        public NewUser {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            gridCodes = gridCodes == null ? Set.of() : Set.copyOf(gridCodes);
        }
    }
}
