package org.shuzhi.catalog;

/**
 * Where an entry sits in the catalog's classification 类 / 项 / 目 / 细目: a two-digit class (e.g. {@code 01} 基础信息资源,
 * {@code 02} 主题信息资源, {@code 03} 部门信息资源), then item, category and sub-category codes, each optional but
 * only after the one before.
 */
public record Classification(String classCode, String itemCode, String categoryCode, String detailCode) {

    /** The codes joined with dots, as the catalog guide writes them: {@code 03.012.001}. */
    public String path() {
        StringBuilder path = new StringBuilder(classCode);
        for (String part : new String[] {itemCode, categoryCode, detailCode}) {
            if (part == null) {
                break;
            }
            path.append('.').append(part);
        }
        return path.toString();
    }
}
