package org.shuzhi.privacy;

/**
 * Whether a field holds personal information (个人信息), and of which class (PIPL art. 28; GB/T 35273).
 */
public enum PersonalInfo {
    /** Not personal information. */
    NONE,
    /** 一般个人信息, e.g. a name or an address. */
    GENERAL,
    /** 敏感个人信息, e.g. a resident ID number, a bank card, precise location, health. */
    SENSITIVE
}
