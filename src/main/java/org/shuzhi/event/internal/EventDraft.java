package org.shuzhi.event.internal;

import java.time.Instant;

import org.shuzhi.event.EventState;
import org.shuzhi.event.EventView;
import org.shuzhi.event.HandlingLevel;

/**
 * The changeable part of an event while a transition is worked out: starts as the stored state, is changed by
 * the transition, and is written back only if nobody changed the event meanwhile ({@link #version()}).
 */
final class EventDraft {

    final long id;
    final int version;
    EventState state;
    HandlingLevel level;
    String assignedRegionCode;
    String assignedDepartment;
    String dispatchExplanation;
    Long masterId;
    Instant dueAt;
    boolean overdue;
    boolean supervised;
    boolean extensionRequested;
    String extensionLimit;
    int returns;
    int reopens;
    int escalations;

    EventDraft(EventView event) {
        id = event.id();
        version = event.version();
        state = event.state();
        level = event.level();
        assignedRegionCode = event.assignedRegionCode();
        assignedDepartment = event.assignedDepartment();
        dispatchExplanation = event.dispatchExplanation();
        masterId = event.masterId();
        dueAt = event.dueAt();
        overdue = event.overdue();
        supervised = event.supervised();
        extensionRequested = event.extensionRequested();
        extensionLimit = event.extensionLimit();
        returns = event.returns();
        reopens = event.reopens();
        escalations = event.escalations();
    }

    int version() {
        return version;
    }
}
