/**
 * Data resource catalog 政务数据资源目录: departments register the data they hold as catalog entries after GB/T 21063
 * and the catalog guide — classification 类/项/目/细目, name, code, provider, abstract, format, update cycle,
 * information items with grade, personal-information class and masking rule, sharing type 无条件 / 有条件 / 不予共享
 * with conditions and legal basis, open type — and take them through 编目 → 挂接 → 审核 → 发布, versioned, until
 * withdrawn.
 *
 * <p>Visibility: the working copy of an entry (drafts, reviews) is seen inside the caller's data scope only — the
 * provider's region subtree, narrowed to the caller's departments for department-narrowed roles. A published
 * version is seen in addition by every caller whose jurisdiction lies at or below the provider's region, so that a
 * province's shared catalog reaches its cities and counties (回流); a provider's catalog never reaches a sibling
 * region. Consumers see the published version, never an unpublished revision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog 数据资源目录")
package org.shuzhi.catalog;
