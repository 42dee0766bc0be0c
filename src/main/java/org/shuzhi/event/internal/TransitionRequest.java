package org.shuzhi.event.internal;

import org.shuzhi.event.EventAction;
import org.shuzhi.event.HandlingLevel;

/**
 * What an actor asks to do to an event.
 *
 * @param action         the action
 * @param reason         why (required for some actions, see the lifecycle)
 * @param masterId       for {@code MERGE}: the event to merge into
 * @param level          for {@code DISPATCH}: a level of the dispatcher's choosing instead of the rules' (a reason
 *                       is then required)
 * @param department     for {@code DISPATCH}: a department of the dispatcher's choosing, with the chosen level or
 *                       else the rules' (a reason is then required too), or {@code null}
 * @param extension      for {@code REQUEST_EXTENSION}: how much longer, {@code 24h} or {@code 3d}
 * @param beyondCapacity for {@code RETURN}: the level cannot handle it, so it goes one level up at once
 * @param version        the version the actor saw, or {@code null}; a different current version answers 409
 */
record TransitionRequest(EventAction action, String reason, Long masterId, HandlingLevel level, String department,
        String extension, boolean beyondCapacity, Integer version) {

    /** A request with just an action and a reason. */
    static TransitionRequest of(EventAction action, String reason) {
        return new TransitionRequest(action, reason, null, null, null, null, false, null);
    }
}
