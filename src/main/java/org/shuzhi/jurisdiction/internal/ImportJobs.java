package org.shuzhi.jurisdiction.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.shuzhi.platform.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports started from the page run in the background, one at a time, so that a national import (≈ 25 s) shows
 * its progress instead of holding a request open. The uploaded files are checked by name and copied aside before
 * the request ends; a job and its outcome are kept for an hour.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP = Duration.ofHours(1);

    private final DivisionImporter importer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "division-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    ImportJobs(DivisionImporter importer) {
        this.importer = importer;
    }

    /** Checks the upload, copies it aside and queues the import; bad file names are refused here, with a 400. */
    ImportJob start(List<MultipartFile> uploads) {
        forgetOld();
        Path spool = createSpoolDirectory();
        ImportSource source;
        try {
            source = ImportUploads.spooled(uploads, spool)
                    .alsoClosing(() -> FileSystemUtils.deleteRecursively(spool));
        } catch (RuntimeException refused) {
            deleteQuietly(spool);
            throw refused;
        }
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), Instant.now());
        jobs.put(job.id(), job);
        worker.submit(() -> run(job, source));
        return job;
    }

    Optional<ImportJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(ImportJob job, ImportSource source) {
        try (source) {
            job.finished(importer.importFrom(source, job::progress));
        } catch (ApiProblem problem) {
            job.rejected(problem);
        } catch (RuntimeException failure) {
            log.error("Division import {} failed", job.id(), failure);
            job.failed();
        }
    }

    private static Path createSpoolDirectory() {
        try {
            return Files.createTempDirectory("shuzhi-division-upload-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            log.warn("Could not delete {}", dir, e);
        }
    }

    private void forgetOld() {
        Instant cutoff = Instant.now().minus(KEEP);
        jobs.values().removeIf(job -> job.isOver() && job.started().isBefore(cutoff));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
