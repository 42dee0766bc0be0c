package org.shuzhi.catalog;

/** 共享类型 (GB/T 21063): who may use a resource and how. */
public enum SharingType {
    /** 无条件共享: any authorised department in scope may call it. */
    UNCONDITIONAL,
    /** 有条件共享: by application and grant, under stated conditions. */
    CONDITIONAL,
    /** 不予共享: listed with its legal basis, cannot be requested. */
    NOT_SHARED
}
