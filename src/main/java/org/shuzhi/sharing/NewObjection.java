package org.shuzhi.sharing;

/**
 * An objection 数据异议 as a consumer files it.
 *
 * @param entryCode   the resource
 * @param rowKey      the key value(s) of the row concerned
 * @param column      the column concerned, or {@code null} for the whole row
 * @param description what is wrong
 * @param evidence    what shows it (a document number, a link), optional
 */
public record NewObjection(String entryCode, String rowKey, String column, String description, String evidence) {
}
