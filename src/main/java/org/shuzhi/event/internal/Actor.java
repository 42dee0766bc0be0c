package org.shuzhi.event.internal;

import java.util.function.Predicate;

import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Permission;
import org.shuzhi.platform.DataScope;

/**
 * Who performs a transition: a signed-in caller, confined to their scope and permissions, or the system itself
 * (automatic escalation of overdue events), which acts everywhere.
 *
 * @param name       for the timeline: the user name, or {@code system}
 * @param scopeLabel the scope as audit text, or {@code null} for the system
 * @param scope      where the actor may act
 * @param holds      which permissions the actor holds
 */
record Actor(String name, String scopeLabel, DataScope scope, Predicate<Permission> holds) {

    /** The signed-in caller. */
    static Actor of(Caller caller) {
        return new Actor(caller.username(), caller.scopeLabel(), caller.scope(), caller::has);
    }

    /** The platform itself, for automatic steps. */
    static Actor system() {
        return new Actor("system", null, DataScope.all(), permission -> true);
    }
}
