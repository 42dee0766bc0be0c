package org.shuzhi.audit;

import java.util.function.Consumer;

import org.shuzhi.platform.DataScope;

/**
 * The platform's audit log.
 *
 * <p>Reading is confined like every other scoped data: a record belongs to its actor's scope label
 * ({@link AuditEntry#actorScope()}, e.g. {@code 320509} or {@code 320509/320509-cg}), so an auditor sees the records
 * of actors inside their jurisdiction — and, when narrowed to departments, only of actors labelled with one of
 * those departments. Records without an actor scope (failed sign-ins under unknown names, system work) belong to
 * no jurisdiction and are visible only to the unrestricted scope: an unknown name is often a password typed into
 * the wrong field, which no regional auditor should read.
 */
public interface AuditLog {

    /**
     * Appends an entry and returns its sequence number once it is committed; throws when it could not be stored,
     * so a caller never believes an unrecorded action was recorded.
     */
    long record(AuditEntry entry);

    /** One page of the records matching {@code query} inside {@code scope}, newest first, with the total. */
    AuditPage search(AuditQuery query, DataScope scope);

    /**
     * Streams every record matching {@code query} inside {@code scope} (its page cursor and limit aside), newest
     * first, to {@code sink} without holding them all in memory.
     *
     * @return how many records were passed on
     */
    long export(AuditQuery query, DataScope scope, Consumer<AuditRecord> sink);

    /** Walks the whole chain and the anchors; names the first broken record if any. */
    AuditVerification verify();

    /** Writes an anchor of the current head (also done periodically); returns the anchored sequence number. */
    long anchor();
}
