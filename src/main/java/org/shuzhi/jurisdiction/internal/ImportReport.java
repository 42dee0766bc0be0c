package org.shuzhi.jurisdiction.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.shuzhi.jurisdiction.DivisionLevel;

/**
 * What an import did, level by level. {@code read = inserted + updated + unchanged} for each level: an unchanged
 * row was already stored with the same name. Durations are wall-clock milliseconds.
 *
 * @param levels         one entry per file imported, provinces first
 * @param readMillis     parsing, checking and staging all files
 * @param validateMillis duplicate and parent checks across files
 * @param writeMillis    merging into the division table
 * @param totalMillis    the whole import including commit
 */
@Schema(description = "导入报告 Import report")
record ImportReport(List<LevelReport> levels, long read, long inserted, long updated, long unchanged,
        long readMillis, long validateMillis, long writeMillis, long totalMillis) {

    /**
     * @param readMillis time to parse, check and stage this level's file
     */
    @Schema(description = "某一级的导入结果 Result for one level")
    record LevelReport(DivisionLevel level, String file, long read, long inserted, long updated, long unchanged,
            long readMillis) {
    }

    static ImportReport of(List<LevelReport> levels, long readMillis, long validateMillis, long writeMillis,
            long totalMillis) {
        return new ImportReport(levels, levels.stream().mapToLong(LevelReport::read).sum(),
                levels.stream().mapToLong(LevelReport::inserted).sum(),
                levels.stream().mapToLong(LevelReport::updated).sum(),
                levels.stream().mapToLong(LevelReport::unchanged).sum(),
                readMillis, validateMillis, writeMillis, totalMillis);
    }

    /** Rows per second over the whole import. */
    long rowsPerSecond() {
        return totalMillis == 0 ? read : read * 1000 / totalMillis;
    }
}
