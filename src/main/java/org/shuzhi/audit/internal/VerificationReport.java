package org.shuzhi.audit.internal;

import java.time.Instant;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.shuzhi.audit.AuditVerification;
import org.springframework.context.MessageSource;

/**
 * A verification as the API and the page show it: the outcome, the first broken record and why — in the reader's
 * language — and the newest anchor.
 *
 * @param intact      every record and anchor checked out
 * @param checked     records read
 * @param firstBroken the first record that does not check out, or {@code null}
 * @param breach      the stable code of what is wrong ({@code missing}, {@code out_of_order}, {@code altered},
 *                    {@code anchor_mismatch}, {@code tail_cut}), or {@code null}
 * @param reason      the same in words, or {@code null}
 * @param lastAnchor  the newest anchor, or {@code null} when none was written yet
 */
@Schema(description = "审计哈希链校验结果 — the audit chain's verification")
record VerificationReport(boolean intact, long checked, Long firstBroken, String breach, String reason,
        AnchorStatus lastAnchor) {

    /** The newest anchor: the record it vouches for and when it was written. */
    record AnchorStatus(long seq, Instant anchoredAt) {
    }

    static VerificationReport of(AuditVerification result, MessageSource messages, Locale locale) {
        AuditVerification.Anchor anchor = result.lastAnchor();
        return new VerificationReport(result.intact(), result.checked(), result.firstBroken(),
                result.breach() == null ? null : result.breach().name().toLowerCase(Locale.ROOT),
                result.breach() == null ? null : messages.getMessage(result.reasonKey(), result.reasonArgs(), locale),
                anchor == null ? null : new AnchorStatus(anchor.seq(), anchor.anchoredAt()));
    }
}
