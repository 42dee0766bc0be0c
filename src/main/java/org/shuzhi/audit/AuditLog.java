package org.shuzhi.audit;

/** The platform's audit log. */
public interface AuditLog {

    /**
     * Appends an entry and returns its sequence number once it is committed; throws when it could not be stored,
     * so a caller never believes an unrecorded action was recorded.
     */
    long record(AuditEntry entry);

    /** Walks the whole chain and the anchors; names the first broken record if any. */
    AuditVerification verify();

    /** Writes an anchor of the current head (also done periodically); returns the anchored sequence number. */
    long anchor();
}
