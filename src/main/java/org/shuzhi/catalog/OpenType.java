package org.shuzhi.catalog;

/** 开放属性: whether the resource is published to the public open-data portal. */
public enum OpenType {
    /** 无条件开放. */
    OPEN,
    /** 有条件开放. */
    CONDITIONAL,
    /** 不予开放. */
    NOT_OPEN
}
