package org.shuzhi.dataset.internal;

import java.util.Locale;

import org.shuzhi.platform.ApiProblem;

/** How a load changes a dataset: replace every row, or insert and update rows by the entry's key items. */
enum LoadMode {
    /** 全量替换: the file becomes the dataset. */
    REPLACE,
    /** 增量更新: rows whose key exists are updated, the others inserted; rows not in the file stay. */
    UPSERT;

    static LoadMode of(String value) {
        if (value == null || value.isBlank()) {
            return REPLACE;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("dataset.mode.unknown", value);
        }
    }
}
