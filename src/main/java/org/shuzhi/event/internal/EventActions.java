package org.shuzhi.event.internal;

import java.util.List;

import org.shuzhi.event.EventAction;
import org.shuzhi.event.EventView;
import org.shuzhi.event.HandlingLevel;
import org.shuzhi.identity.Caller;
import org.springframework.stereotype.Component;

/**
 * What the pages offer a caller to do to an event and how a submitted action form becomes a transition: the
 * {@link Lifecycle} says which actions apply in the event's state, the caller's permissions which of them are
 * theirs; the {@link TransitionService} decides in the end, as for the REST API.
 */
@Component
class EventActions {

    /** Actions no page button offers: escalation runs by itself (deadline jobs, returns beyond capacity). */
    private static final List<EventAction> AUTOMATIC = List.of(EventAction.REPORT, EventAction.ESCALATE);

    private final TransitionService transitions;

    EventActions(TransitionService transitions) {
        this.transitions = transitions;
    }

    /** The actions {@code caller} may take on {@code event} now, in lifecycle order. */
    List<EventAction> allowed(EventView event, Caller caller) {
        return Lifecycle.available(event.state()).stream()
                .filter(action -> !AUTOMATIC.contains(action))
                .filter(action -> Lifecycle.of(action).map(rule -> caller.has(rule.permission())).orElse(false))
                .filter(action -> switch (action) {
                    case REQUEST_EXTENSION -> !event.extensionRequested();
                    case APPROVE_EXTENSION, REFUSE_EXTENSION -> event.extensionRequested();
                    case SUPERVISE -> !event.supervised();
                    default -> true;
                })
                .toList();
    }

    /** True when {@code action} needs a reason (or, for handling, a note of what was done). */
    public boolean needsReason(EventAction action) {
        return Lifecycle.of(action).map(Lifecycle.Rule::reasonRequired).orElse(false);
    }

    /**
     * An action as a page form sends it.
     *
     * @param action         the action
     * @param reason         the reason or note, may be blank
     * @param level          for a dispatch of the dispatcher's choosing, the level; blank for the rules
     * @param department     for such a dispatch, the department code; may be blank
     * @param masterId       for a merge, the master event
     * @param extension      for an extension request, e.g. {@code 24h} or {@code 3d}
     * @param beyondCapacity for a return, true when beyond this level's capacity
     * @param version        the version the page showed
     */
    record Form(EventAction action, String reason, HandlingLevel level, String department, Long masterId,
            String extension, Boolean beyondCapacity, Integer version) {
    }

    /** Applies the form to event {@code id} as {@code caller}; the event afterwards. */
    EventView apply(long id, Form form, Caller caller) {
        TransitionRequest request = new TransitionRequest(form.action(), blankToNull(form.reason()), form.masterId(),
                form.level(), blankToNull(form.department()), blankToNull(form.extension()),
                Boolean.TRUE.equals(form.beyondCapacity()), form.version());
        return transitions.apply(id, request, Actor.of(caller));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
