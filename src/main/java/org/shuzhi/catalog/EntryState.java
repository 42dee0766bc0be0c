package org.shuzhi.catalog;

/** Where a catalog entry's working copy stands in the workflow 编目 → 挂接 → 审核 → 发布. */
public enum EntryState {
    /** 编目: being described by the provider. */
    DRAFT,
    /** 挂接: a dataset or an API is attached. */
    ATTACHED,
    /** 待审核: submitted to the data authority. */
    SUBMITTED,
    /** 审核通过: approved, waiting to be published. */
    APPROVED,
    /** 已发布: the working copy is the published version. */
    PUBLISHED,
    /** 审核退回: sent back with a reason; the provider edits it again. */
    REJECTED,
    /** 已撤销: withdrawn from the catalog; consumers no longer see it. */
    WITHDRAWN
}
