package org.shuzhi.jurisdiction.internal;

import org.shuzhi.jurisdiction.internal.ImportProgress.Phase;
import org.shuzhi.jurisdiction.internal.ImportProgress.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the importer's raw counters into {@link ImportProgress} updates and log lines. Percentages are by input
 * bytes (gzip: compressed bytes), known before reading, unlike row counts. A log line is written at most every
 * {@value #LOG_EVERY_PERCENT} percent and at each phase, so a national import logs a dozen lines; imports under
 * {@value #LOG_FROM_BYTES} bytes (the demo divisions, an upload of one township's villages) log at debug level only.
 */
final class ProgressMeter {

    private static final Logger log = LoggerFactory.getLogger(DivisionImporter.class);
    private static final int LOG_EVERY_PERCENT = 10;
    private static final long LOG_FROM_BYTES = 1 << 20;

    private final ImportProgress listener;
    private final long totalBytes;
    private final boolean verbose;
    private final long startNanos = System.nanoTime();
    private long bytesOfFinishedFiles;
    private long rowsOfFinishedFiles;
    private long rows;
    private int lastLoggedPercent = -LOG_EVERY_PERCENT;

    ProgressMeter(ImportProgress listener, long totalBytes) {
        this.listener = listener;
        this.totalBytes = totalBytes;
        this.verbose = totalBytes >= LOG_FROM_BYTES;
    }

    /** Within a file: {@code fileRows} rows and {@code fileBytes} raw bytes read so far. */
    void reading(String file, long fileRows, long fileBytes) {
        rows = rowsOfFinishedFiles + fileRows;
        int percent = totalBytes <= 0 ? 0 : (int) Math.min(99, 100 * (bytesOfFinishedFiles + fileBytes) / totalBytes);
        Update update = new Update(Phase.READING, file, rows, percent, rowsPerSecond());
        if (percent >= lastLoggedPercent + LOG_EVERY_PERCENT) {
            lastLoggedPercent = percent;
            log("Importing divisions: {}% read ({}, {} rows, {} rows/s)", percent, file, rows,
                    update.rowsPerSecond());
        }
        listener.update(update);
    }

    /** A file has been read completely. */
    void fileDone(long fileRows, long fileBytes) {
        rowsOfFinishedFiles += fileRows;
        bytesOfFinishedFiles += Math.max(fileBytes, 0);
        rows = rowsOfFinishedFiles;
    }

    /** A new phase after reading has begun. */
    void phase(Phase phase) {
        Update update = new Update(phase, null, rows, 100, rowsPerSecond());
        log("Importing divisions: {} ({} rows, {} rows/s overall)", phase.name().toLowerCase(), rows,
                update.rowsPerSecond());
        listener.update(update);
    }

    private void log(String format, Object... args) {
        if (verbose) {
            log.info(format, args);
        } else {
            log.debug(format, args);
        }
    }

    private long rowsPerSecond() {
        long nanos = Math.max(1, System.nanoTime() - startNanos);
        return rows * 1_000_000_000L / nanos;
    }
}
