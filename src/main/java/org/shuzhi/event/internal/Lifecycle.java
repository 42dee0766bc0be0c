package org.shuzhi.event.internal;

import static org.shuzhi.event.EventState.ACCEPTED;
import static org.shuzhi.event.EventState.CLOSED;
import static org.shuzhi.event.EventState.DISPATCHED;
import static org.shuzhi.event.EventState.HANDLED;
import static org.shuzhi.event.EventState.HANDLING;
import static org.shuzhi.event.EventState.MERGED;
import static org.shuzhi.event.EventState.RECEIVED;
import static org.shuzhi.event.EventState.REJECTED;
import static org.shuzhi.event.EventState.REPORTED;
import static org.shuzhi.event.EventState.VERIFIED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.shuzhi.event.EventAction;
import org.shuzhi.event.EventState;
import org.shuzhi.identity.Permission;

/**
 * The event lifecycle as a table: for each action, the states it applies in, the state it leads to ({@code null}:
 * the state stays, e.g. supervision), the permission it needs and whether a reason is required. Nothing else
 * decides whether a transition is legal.
 */
final class Lifecycle {

    /**
     * One action's rule.
     *
     * @param from           the states the action applies in
     * @param to             the state it leads to, or {@code null} when the state stays
     * @param permission     what the actor must hold
     * @param reasonRequired true when the actor must say why
     */
    record Rule(Set<EventState> from, EventState to, Permission permission, boolean reasonRequired) {
    }

    private static final Set<EventState> WITH_HANDLER = EnumSet.of(DISPATCHED, RECEIVED, HANDLING);
    private static final Set<EventState> WORKING = EnumSet.of(RECEIVED, HANDLING);
    private static final Map<EventAction, Rule> RULES = new EnumMap<>(EventAction.class);

    static {
        rule(EventAction.ACCEPT, EnumSet.of(REPORTED), ACCEPTED, Permission.EVENT_DISPATCH, false);
        rule(EventAction.REJECT, EnumSet.of(REPORTED), REJECTED, Permission.EVENT_DISPATCH, true);
        rule(EventAction.DISPATCH, EnumSet.of(ACCEPTED), DISPATCHED, Permission.EVENT_DISPATCH, false);
        rule(EventAction.RECEIVE, EnumSet.of(DISPATCHED), RECEIVED, Permission.EVENT_HANDLE, false);
        rule(EventAction.START, EnumSet.of(RECEIVED), HANDLING, Permission.EVENT_HANDLE, false);
        rule(EventAction.HANDLE, WORKING, HANDLED, Permission.EVENT_HANDLE, true);
        rule(EventAction.RETURN, WITH_HANDLER, ACCEPTED, Permission.EVENT_HANDLE, true);
        rule(EventAction.REQUEST_EXTENSION, WORKING, null, Permission.EVENT_HANDLE, true);
        rule(EventAction.APPROVE_EXTENSION, WORKING, null, Permission.EVENT_DISPATCH, false);
        rule(EventAction.REFUSE_EXTENSION, WORKING, null, Permission.EVENT_DISPATCH, true);
        rule(EventAction.VERIFY, EnumSet.of(HANDLED), VERIFIED, Permission.EVENT_VERIFY, false);
        rule(EventAction.FAIL_VERIFICATION, EnumSet.of(HANDLED), DISPATCHED, Permission.EVENT_VERIFY, true);
        rule(EventAction.CLOSE, EnumSet.of(VERIFIED), CLOSED, Permission.EVENT_DISPATCH, false);
        rule(EventAction.REOPEN, EnumSet.of(CLOSED), DISPATCHED, Permission.EVENT_DISPATCH, true);
        rule(EventAction.MERGE, EnumSet.of(REPORTED, ACCEPTED), MERGED, Permission.EVENT_DISPATCH, true);
        rule(EventAction.ESCALATE, WITH_HANDLER, DISPATCHED, Permission.EVENT_DISPATCH, true);
        rule(EventAction.SUPERVISE, EnumSet.of(ACCEPTED, DISPATCHED, RECEIVED, HANDLING, HANDLED, VERIFIED), null,
                Permission.EVENT_SUPERVISE, true);
    }

    private Lifecycle() {
    }

    private static void rule(EventAction action, Set<EventState> from, EventState to, Permission permission,
            boolean reasonRequired) {
        RULES.put(action, new Rule(Set.copyOf(from), to, permission, reasonRequired));
    }

    /** The rule of an action; empty for {@link EventAction#REPORT}, which no one takes on an existing event. */
    static Optional<Rule> of(EventAction action) {
        return Optional.ofNullable(RULES.get(action));
    }

    /** The state {@code action} leads to from {@code current}, or empty when it does not apply there. */
    static Optional<EventState> next(EventState current, EventAction action) {
        Rule rule = RULES.get(action);
        if (rule == null || !rule.from().contains(current)) {
            return Optional.empty();
        }
        return Optional.of(rule.to() == null ? current : rule.to());
    }

    /** The actions that apply in {@code state}, in declaration order — what a page offers. */
    static Set<EventAction> available(EventState state) {
        Set<EventAction> actions = EnumSet.noneOf(EventAction.class);
        RULES.forEach((action, rule) -> {
            if (rule.from().contains(state)) {
                actions.add(action);
            }
        });
        return actions;
    }
}
