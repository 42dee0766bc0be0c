package org.shuzhi.audit;

import java.time.Instant;

import org.shuzhi.audit.AuditEntry.Outcome;

/**
 * One stored audit record as an auditor reads it: the {@link AuditEntry} with the time and sequence number the log
 * gave it (the hashes stay inside the log; {@link AuditLog#verify()} checks them).
 */
public record AuditRecord(long seq, Instant recordedAt, String actor, String actorScope, String action,
        String target, Outcome outcome, String clientIp, String requestId, String details) {
}
