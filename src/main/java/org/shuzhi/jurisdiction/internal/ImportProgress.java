package org.shuzhi.jurisdiction.internal;

/**
 * Told how a running import gets on, for a log, a page or an API that shows progress. Called on the importing
 * thread; an implementation must be quick and must not throw.
 */
@FunctionalInterface
interface ImportProgress {

    /** Ignores every update. */
    ImportProgress NONE = update -> { };

    void update(Update update);

    /** The stages of an import, in order. */
    enum Phase {
        /** Files are parsed, checked row by row and copied into the staging table. */
        READING,
        /** Duplicates and parents are checked across all files. */
        VALIDATING,
        /** Rows are merged into the division table. */
        WRITING,
        /** Committed. */
        DONE
    }

    /**
     * @param phase         the current stage
     * @param file          the file being read, {@code null} outside {@link Phase#READING}
     * @param rows          rows read so far, all files together
     * @param percent       0–100: the share of input bytes read; 100 from {@link Phase#VALIDATING} on
     * @param rowsPerSecond read speed so far
     */
    record Update(Phase phase, String file, long rows, int percent, long rowsPerSecond) {
    }
}
