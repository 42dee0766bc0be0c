package org.shuzhi.identity;

/** The catalogue of department kinds (部门类别); every department at every level is one of these. */
public enum DepartmentKind {
    /** 城管 */
    URBAN_MANAGEMENT,
    /** 公安 */
    PUBLIC_SECURITY,
    /** 民政 */
    CIVIL_AFFAIRS,
    /** 生态环境 */
    ECOLOGY_ENVIRONMENT,
    /** 市场监管 */
    MARKET_REGULATION,
    /** 应急管理 */
    EMERGENCY_MANAGEMENT,
    /** 住建 */
    HOUSING_CONSTRUCTION,
    /** 水利 */
    WATER_RESOURCES,
    /** 卫健 */
    HEALTH,
    /** 教育 */
    EDUCATION,
    /** 人社 */
    HUMAN_RESOURCES,
    /** 医保 */
    MEDICAL_INSURANCE,
    /** 大数据局 (the data authority) */
    BIG_DATA,
    /** 其他 */
    OTHER
}
