package org.shuzhi.audit;

/**
 * The result of verifying the audit chain.
 *
 * @param intact       true when every record and every anchor checked out
 * @param checked      how many records were read
 * @param firstBroken  the sequence number of the first record that does not check out, or {@code null}
 * @param reason       why it does not (a sentence for auditors), or {@code null}
 */
public record AuditVerification(boolean intact, long checked, Long firstBroken, String reason) {

    public static AuditVerification ok(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    public static AuditVerification broken(long checked, long seq, String reason) {
        return new AuditVerification(false, checked, seq, reason);
    }
}
