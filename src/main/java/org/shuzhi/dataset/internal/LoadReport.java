package org.shuzhi.dataset.internal;

import java.util.List;
import java.util.Map;

/**
 * 质量报告: what a load found in its file — kept with the load and served as JSON, also for loads that failed
 * (then nothing was written and {@code errors} says why).
 *
 * @param rows           data rows read
 * @param inserted       rows added to the dataset ({@code 0} when the load failed)
 * @param updated        rows updated by key (upsert)
 * @param columns        completeness and validity per information item
 * @param duplicateKeys  rows repeating the key items of an earlier row
 * @param duplicateRows  rows repeating every value of an earlier row
 * @param errorCount     all errors found
 * @param errorsByColumn error counts per column
 * @param errors         the first errors, in file order
 * @param ignoredHeaders headers that name no information item
 */
record LoadReport(long rows, long inserted, long updated, List<ColumnQuality> columns, long duplicateKeys,
        long duplicateRows, long errorCount, Map<String, Long> errorsByColumn, List<RowError> errors,
        List<String> ignoredHeaders) {

    /** How complete and valid one column was: shares of all rows and of the non-empty values. */
    record ColumnQuality(String column, String name, long nonEmpty, double completeness, long valid,
            double validity) {
    }

    /**
     * One error: where (line and column, {@code null} for the whole file) and what ({@code REQUIRED}, {@code TYPE},
     * {@code INVALID}, {@code REGION}, {@code DUPLICATE_KEY}, {@code MISSING_COLUMN}, {@code UNREADABLE},
     * {@code ITEMS_CHANGED}). Values are never repeated here: they may be personal.
     */
    record RowError(Long line, String column, String problem, String detail) {
    }

    /** The report of a load stopped by a fault of the platform's, not of the file. */
    static LoadReport internalFailure() {
        return new LoadReport(0, 0, 0, List.of(), 0, 0, 1, Map.of("", 1L),
                List.of(new RowError(null, null, "INTERNAL", null)), List.of());
    }

    boolean failed() {
        return errorCount > 0;
    }

    LoadReport written(long inserted, long updated) {
        return new LoadReport(rows, inserted, updated, columns, duplicateKeys, duplicateRows, errorCount,
                errorsByColumn, errors, ignoredHeaders);
    }
}
