package org.shuzhi.audit;

import java.time.Instant;

/**
 * The result of verifying the audit chain. The reason is not text but a {@link Breach} and the sequence numbers it
 * names, so every reader words it in their own language ({@link #reasonKey()} and {@link #reasonArgs()} are a
 * message key of the audit bundle and its arguments).
 *
 * @param intact      true when every record and every anchor checked out
 * @param checked     how many records were read
 * @param firstBroken the sequence number of the first record that does not check out, or {@code null}
 * @param breach      what is wrong with it, or {@code null} when intact
 * @param related     the other record the breach refers to ({@link Breach#MISSING}: the next record present;
 *                    {@link Breach#OUT_OF_ORDER}: the record it should follow; {@link Breach#TAIL_CUT}: the
 *                    record an anchor vouches for), or {@code null}
 * @param lastAnchor  the newest anchor known (from the database or the file kept apart), or {@code null} when none
 *                    was written yet
 */
public record AuditVerification(boolean intact, long checked, Long firstBroken, Breach breach, Long related,
        Anchor lastAnchor) {

    /** How a record fails verification; each has a message {@code audit.verify.breach.<name in lower case>}. */
    public enum Breach {
        /** A record is missing: the sequence jumps. */
        MISSING,
        /** A record does not link to the one before it: rows were removed and renumbered, or reordered. */
        OUT_OF_ORDER,
        /** A record's content no longer matches its hash. */
        ALTERED,
        /** A record's hash differs from the anchor taken of it: the chain was rewritten. */
        ANCHOR_MISMATCH,
        /** Records an anchor vouches for are gone from the end of the log. */
        TAIL_CUT;

        /** The message key of this breach in the audit bundle. */
        public String messageKey() {
            return "audit.verify.breach." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * An anchor: a digest of the chain head kept apart from the log.
     *
     * @param seq        the record it vouches for
     * @param anchoredAt when it was written
     */
    public record Anchor(long seq, Instant anchoredAt) {
    }

    public static AuditVerification ok(long checked, Anchor lastAnchor) {
        return new AuditVerification(true, checked, null, null, null, lastAnchor);
    }

    public static AuditVerification broken(long checked, long seq, Breach breach, Long related, Anchor lastAnchor) {
        return new AuditVerification(false, checked, seq, breach, related, lastAnchor);
    }

    /** The message key of the reason, or {@code null} when intact. */
    public String reasonKey() {
        return breach == null ? null : breach.messageKey();
    }

    /**
     * The reason's message arguments: {0} the first broken record, {1} the related one, {2} the last record present
     * before the first broken one. Passed as text so that no language groups the digits.
     */
    public Object[] reasonArgs() {
        if (breach == null) {
            return new Object[0];
        }
        return new Object[] {String.valueOf(firstBroken), related == null ? "" : String.valueOf(related),
                String.valueOf(firstBroken - 1)};
    }
}
