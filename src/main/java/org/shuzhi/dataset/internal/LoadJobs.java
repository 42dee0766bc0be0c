package org.shuzhi.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.shuzhi.catalog.Catalog;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.EntryState;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Starts dataset loads: finds the entry on the provider's side of the caller's scope, refuses what cannot be a load
 * at all (no dataset attached, upsert without key items, an empty upload), spools the upload to a file, records the
 * load as queued and runs it in the background, one at a time — so that a large file shows its progress instead of
 * holding a request open. The spooled file is deleted when the load ends.
 */
@Component
class LoadJobs {

    private static final Logger log = LoggerFactory.getLogger(LoadJobs.class);

    private final Catalog catalog;
    private final LoadRepository loads;
    private final DatasetLoader loader;
    private final Clock clock;
    private final long maxBytes;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "dataset-load");
        thread.setDaemon(true);
        return thread;
    });

    LoadJobs(Catalog catalog, LoadRepository loads, DatasetLoader loader, Clock clock,
            @Value("${shuzhi.dataset.max-upload-bytes:1073741824}") long maxBytes) {
        this.catalog = catalog;
        this.loads = loads;
        this.loader = loader;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** An upload: its bytes, and what its sender said it is. */
    record Upload(InputStream body, String contentType, String fileName) {
    }

    /** Queues a load and returns its id at once; it runs in the background. */
    long start(long entryId, LoadMode mode, Upload upload, String actor, DataScope scope) {
        DatasetLoader.Request request = prepare(entryId, mode, upload, actor, scope);
        worker.submit(() -> run(request, scope));
        return request.loadId();
    }

    /** Loads in the caller's thread and returns the load as it ended (demo data, benchmarks). */
    Optional<LoadView> loadNow(long entryId, LoadMode mode, Upload upload, String actor, DataScope scope) {
        return run(prepare(entryId, mode, upload, actor, scope), scope);
    }

    private DatasetLoader.Request prepare(long entryId, LoadMode mode, Upload upload, String actor, DataScope scope) {
        CatalogEntry entry = catalog.workingCopy(entryId, scope)
                .orElseThrow(() -> ApiProblem.notFound("dataset.entry-not-found", entryId));
        if (entry.resource() == null || !"DATASET".equals(entry.resource().kind())
                || entry.state() == EntryState.WITHDRAWN) {
            throw ApiProblem.conflict("dataset.not-a-dataset", entry.code());
        }
        if (mode == LoadMode.UPSERT && entry.items().stream().noneMatch(i -> i.key())) {
            throw ApiProblem.badRequest("dataset.upsert-needs-key", entry.code());
        }
        Path file = spool(upload.body());
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw ApiProblem.badRequest("dataset.upload.empty");
            }
            if (size > maxBytes) {
                throw ApiProblem.badRequest("dataset.upload.too-large", maxBytes);
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(64);
            }
            FileFormat format = FileFormat.of(upload.contentType(), upload.fileName(), head);
            long id = loads.queue(entry, mode, format, upload.fileName(), size, actor, clock.instant(), scope)
                    .orElseThrow(() -> ApiProblem.notFound("dataset.entry-not-found", entryId));
            return new DatasetLoader.Request(id, entry, mode, format, file);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private Optional<LoadView> run(DatasetLoader.Request request, DataScope scope) {
        try {
            return loader.run(request, scope);
        } catch (RuntimeException failure) {
            log.error("Dataset load {} of {} failed", request.loadId(), request.entry().code(), failure);
            loads.finished(request.loadId(), false, LoadReport.internalFailure(), 0, 0, clock.instant(), scope);
            return loads.find(request.loadId(), scope);
        } finally {
            delete(request.file());
        }
    }

    private Path spool(InputStream body) {
        try {
            Path file = Files.createTempFile("shuzhi-dataset-", ".upload");
            try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            } catch (IOException e) {
                delete(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
