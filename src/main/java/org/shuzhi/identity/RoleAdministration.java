package org.shuzhi.identity;

import java.util.List;

/**
 * Reading and managing roles on behalf of an acting caller. Built-in roles are visible to everyone and never
 * change. A custom role belongs to a region (and, when its creator is department-narrowed, to their department):
 * callers whose scope does not cover it get 404. Changes need {@link Permission#ROLE_MANAGE}; a role never holds a
 * permission its creator or editor lacks (403); a role held by an account the editor could not manage is not
 * changed (403). Every change is audited.
 */
public interface RoleAdministration {

    /** The built-in roles and the custom roles in the actor's scope: built-in first, then by code. */
    List<Role> roles(Caller actor);

    /** A role the actor may see. */
    Role findRole(Caller actor, String code);

    /**
     * Creates a custom role from permissions the actor holds, at {@link Role#regionCode()} (inside the actor's
     * scope) or, when that is {@code null}, at the actor's own region.
     */
    Role createRole(Caller actor, Role role);

    /** Replaces a custom role's names, permissions and department narrowing; code and region stay. */
    Role updateRole(Caller actor, String code, Role changes);

    /** Deletes a custom role nobody holds (409 while anyone does). */
    void deleteRole(Caller actor, String code);
}
