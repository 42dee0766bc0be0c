/**
 * Sharing exchange 共享交换: published catalog entries are served to other departments through one API
 * ({@code GET /api/share/{entryCode}/rows}). 无条件共享 resources answer every caller holding {@code SHARE_CALL} who
 * may see the published entry; 有条件共享 resources answer only under a grant 授权 — named fields, a row scope and a
 * time window — that the provider's approver issued on an application 共享申请, within a deadline in working days
 * (reminder at half time, escalation to the data authority when overdue); 不予共享 resources are listed and cannot
 * be requested. Personal fields are masked by their rule unless the grant names them for clear text and the
 * consumer holds {@code PERSONAL_VIEW_*} for their class. Every call is audited ({@code share.call}), counted for the
 * statistics and rate limited per consumer. Consumers object to wrong data 数据异议; providers resolve objections.
 *
 * <p>Data scope is two-sided: applications, grants, calls and objections belong to the consumer's region and
 * department and, separately, to the provider's; a caller sees a record when either side lies in their scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing 共享交换")
package org.shuzhi.sharing;
