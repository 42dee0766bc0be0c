/**
 * Audit 审计: the append-only, hash-chained audit log that makes every security-relevant action provable
 * afterwards — logins, role and permission changes, unmasked views, exports, admin actions, data-sharing calls.
 *
 * <p>API: {@link org.shuzhi.audit.AuditLog} to append an {@link org.shuzhi.audit.AuditEntry} (acknowledged only
 * after it is committed) and to {@linkplain org.shuzhi.audit.AuditLog#verify() verify} the chain, which names the
 * first broken record when a row was edited, removed or reordered, and detects a cut-off tail through anchors kept
 * apart from the log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit 审计")
package org.shuzhi.audit;
