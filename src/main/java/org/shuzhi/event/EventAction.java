package org.shuzhi.event;

/** What can be done to an event; each action has a permission and applies only in certain states. */
public enum EventAction {
    /** 上报: the report itself, which creates the event (on the timeline only; not an action one can take). */
    REPORT,
    /** 立案. */
    ACCEPT,
    /** 不予立案 (reason required). */
    REJECT,
    /** 派遣 by the rules or, with a reason, to a level and department of the dispatcher's choosing. */
    DISPATCH,
    /** 签收. */
    RECEIVE,
    /** Start handling. */
    START,
    /** 处置完成 (a note of what was done required). */
    HANDLE,
    /** 退单: back to the dispatcher, as wrongly routed or beyond this level's capacity (reason required). */
    RETURN,
    /** 申请延期 (reason and hours or working days required). */
    REQUEST_EXTENSION,
    /** Approve a pending extension. */
    APPROVE_EXTENSION,
    /** Refuse a pending extension (reason required). */
    REFUSE_EXTENSION,
    /** 核查通过. */
    VERIFY,
    /** 核查不通过: back to the handler (reason required). */
    FAIL_VERIFICATION,
    /** 结案. */
    CLOSE,
    /** Reopen a closed event when the reporter is not satisfied (reason required). */
    REOPEN,
    /** Merge this duplicate into a master event (the master's id required). */
    MERGE,
    /** Escalate one level up the ladder — automatically when overdue, or when a level returns it as beyond it. */
    ESCALATE,
    /** 督办: a leader supervises the event with a note; the flag stays, the deadline does not change. */
    SUPERVISE,
    /** 临期预警 by the deadline watch (on the timeline only; not an action one can take). */
    DEADLINE_WARNING,
    /** 超期: marked overdue by the deadline watch (on the timeline only; not an action one can take). */
    OVERDUE,
    /** A merged event following a step of its master (on the timeline only; not an action one can take). */
    FOLLOW_MASTER
}
