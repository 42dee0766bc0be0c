package org.shuzhi.privacy;

/**
 * The grade of a piece of data per GB/T 43697-2024 (数据安全技术 数据分类分级规则).
 */
public enum DataGrade {
    /** 一般数据. */
    GENERAL,
    /** 重要数据. */
    IMPORTANT,
    /** 核心数据. */
    CORE;

    /** 就高从严: when two grades meet (a record combining fields, a doubtful case), the stricter one holds. */
    public DataGrade stricter(DataGrade other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
