package org.shuzhi.event;

/**
 * Where an event stands. The lifecycle — which {@link EventAction} leads from which state to which — is guarded
 * by the event centre itself; an action that does not apply answers 409 naming the current state.
 */
public enum EventState {
    /** 上报: reported, waiting for acceptance. */
    REPORTED,
    /** 立案: accepted, waiting for dispatch (also after a return 退单). */
    ACCEPTED,
    /** 不予立案: rejected with a reason; final. */
    REJECTED,
    /** 派遣: dispatched to a level and department, waiting to be received. */
    DISPATCHED,
    /** 签收: received by the handler. */
    RECEIVED,
    /** 处置中: being handled. */
    HANDLING,
    /** 处置完成: handled, waiting for verification. */
    HANDLED,
    /** 核查通过: verified on site, waiting to be closed. */
    VERIFIED,
    /** 结案: closed. */
    CLOSED,
    /** 合并: a duplicate merged into its master event, which it follows; final. */
    MERGED;

    /** True while the event is with a handler, so its deadline runs. */
    public boolean isWithHandler() {
        return this == DISPATCHED || this == RECEIVED || this == HANDLING;
    }

    /** True when nothing more happens to the event (a closed event can still be reopened). */
    public boolean isFinal() {
        return this == REJECTED || this == MERGED;
    }
}
