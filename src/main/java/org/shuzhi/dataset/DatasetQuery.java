package org.shuzhi.dataset;

import java.util.List;
import java.util.Map;

/**
 * What to read from a dataset.
 *
 * @param equals  column → value: rows whose column equals the value (e.g. the key a consumer asks by)
 * @param q       free text that must occur in some text column, or {@code null}
 * @param columns the columns to return, in order; empty for all the entry's columns
 * @param sort    a column name, optionally followed by {@code " desc"}; {@code null} for the load order
 * @param offset  rows to skip
 * @param limit   rows to return at most (1–1000)
 */
public record DatasetQuery(Map<String, String> equals, String q, List<String> columns, String sort, long offset,
        int limit) {

    public DatasetQuery {
        equals = equals == null ? Map.of() : Map.copyOf(equals);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
