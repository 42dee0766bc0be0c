package org.shuzhi.catalog;

/**
 * 共享属性.
 *
 * @param type       无条件 / 有条件 / 不予共享
 * @param condition  共享条件: for conditional sharing, what an applicant must show
 * @param method     共享方式: API, DOWNLOAD or BOTH
 * @param legalBasis 依据: required for conditional and not-shared resources
 */
public record Sharing(SharingType type, String condition, String method, String legalBasis) {
}
