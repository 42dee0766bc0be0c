package org.shuzhi.dataset.internal;

import java.time.Instant;

/**
 * A dataset load as the REST API and the page show it: progress while it runs, the quality report when it is over.
 *
 * @param status QUEUED, RUNNING, SUCCEEDED or FAILED (nothing written)
 */
record LoadView(long id, long entryId, String entryCode, String mode, String format, String fileName, String status,
        long totalBytes, long bytesRead, long rowsRead, String createdBy, Instant createdAt, Instant startedAt,
        Instant finishedAt, LoadReport report) {

    public boolean isOver() {
        return "SUCCEEDED".equals(status) || "FAILED".equals(status);
    }

    /** Bytes read as a share of the file, 0–100. */
    public int percent() {
        if (isOver()) {
            return 100;
        }
        return totalBytes <= 0 ? 0 : (int) Math.min(99, bytesRead * 100 / totalBytes);
    }
}
