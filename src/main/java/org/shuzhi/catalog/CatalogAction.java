package org.shuzhi.catalog;

/** What can be done to a catalog entry; each is allowed from some states only and needs a permission. */
public enum CatalogAction {
    /** 挂接: attach a dataset or an API (needs the resource). */
    ATTACH,
    /** 提交审核. */
    SUBMIT,
    /** 审核通过 (data authority). */
    APPROVE,
    /** 审核退回, with a reason (data authority). */
    REJECT,
    /** 发布: the approved working copy becomes the next published version (data authority). */
    PUBLISH,
    /** 修订: start a new version from the published one; consumers keep the published version meanwhile. */
    REVISE,
    /** 撤销, with a reason. */
    WITHDRAW
}
