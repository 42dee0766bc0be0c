package org.shuzhi.audit;

import java.util.Objects;

/**
 * One security-relevant action to record. The log adds the time, the sequence number and the hashes.
 *
 * @param actor      who acted: a user name, a system account, or {@code anonymous}
 * @param actorScope the actor's data scope at the time (e.g. a region code), {@code null} when none
 * @param action     what was done, a stable dotted name such as {@code auth.login} or {@code share.call}
 * @param target     what it was done to, e.g. {@code user:zhang.san} or {@code resource:R-0001}
 * @param outcome    how it ended
 * @param clientIp   the caller's address, when there was a request
 * @param requestId  the request id that is also in the server log and in error responses
 * @param details    free-form details (JSON text is customary), or {@code null}
 */
public record AuditEntry(String actor, String actorScope, String action, String target, Outcome outcome,
        String clientIp, String requestId, String details) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** How an audited action ended. */
    public enum Outcome {
        SUCCESS, FAILURE, DENIED
    }
}
