/**
 * Managed datasets 数据集: the rows behind catalog entries whose attached resource is a {@code DATASET}, loaded from
 * CSV (UTF-8 or GBK), XLSX or JSON into a table of the platform's, validated against the entry's information items,
 * with a quality report; queried by the sharing exchange and the open-data portal through {@link
 * org.shuzhi.dataset.Datasets}, which return values as stored — masking is the caller's duty, by grade and grant.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Datasets 数据集")
package org.shuzhi.dataset;
