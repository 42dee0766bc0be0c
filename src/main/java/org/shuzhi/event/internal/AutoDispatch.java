package org.shuzhi.event.internal;

import java.time.Clock;

import org.shuzhi.event.EventAction;
import org.shuzhi.event.EventView;
import org.springframework.stereotype.Component;

/**
 * Automatic dispatch at intake: when the rule that applies to a newly reported event says {@code auto_dispatch},
 * the platform accepts and dispatches it at once, as the system actor, through the ordinary transitions — so the
 * timeline shows ACCEPT then DISPATCH with the rule's explanation, and the deadline is set as for any dispatch.
 * Runs inside the report's transaction.
 */
@Component
class AutoDispatch {

    private final DispatchRules rules;
    private final RuleDispatchPlanner planner;
    private final TransitionService transitions;
    private final Clock clock;

    AutoDispatch(DispatchRules rules, RuleDispatchPlanner planner,
            TransitionService transitions, Clock clock) {
        this.rules = rules;
        this.planner = planner;
        this.transitions = transitions;
        this.clock = clock;
    }

    /**
     * Accepts and dispatches the new event when its rule says so. The system acts here, not the reporter, whose
     * scope may not reach where the event goes.
     *
     * @param event the event as just stored
     * @return true when it was dispatched (the stored row has changed)
     */
    boolean afterReport(EventView event) {
        long id = event.id();
        boolean automatic = rules.best(planner.situation(event, clock.instant()))
                .map(DispatchRule::autoDispatch).orElse(false);
        if (automatic) {
            transitions.apply(id, TransitionRequest.of(EventAction.ACCEPT, null), Actor.system());
            transitions.apply(id, TransitionRequest.of(EventAction.DISPATCH, null), Actor.system());
        }
        return automatic;
    }
}
