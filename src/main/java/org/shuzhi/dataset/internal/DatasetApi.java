package org.shuzhi.dataset.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.shuzhi.catalog.Catalog;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.InformationItem;
import org.shuzhi.dataset.DatasetPage;
import org.shuzhi.dataset.DatasetQuery;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.CallerContext;
import org.shuzhi.platform.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API of managed datasets: upload a file for a catalog entry (a background load, 202 with its id), follow the
 * load and read its quality report, and page through the rows on the provider's side — personal items masked unless
 * the caller may see them. Uploads need {@code CATALOG_MANAGE}, reads {@code CATALOG_MANAGE} or
 * {@code CATALOG_REVIEW}; entries and loads outside the caller's scope answer 404 whatever the permissions.
 */
@RestController
@Tag(name = "Datasets 数据集", description = "上传、校验、质量报告与查询 — upload, validate, quality report, rows")
class DatasetApi {

    static final String MANAGE = "CATALOG_MANAGE";
    static final String REVIEW = "CATALOG_REVIEW";
    private static final Set<String> PAGING = Set.of("q", "sort", "offset", "limit", "columns");

    private final LoadJobs jobs;
    private final LoadRepository loads;
    private final DatasetRegistry registry;
    private final DatasetQueries queries;
    private final RowMasking masking;
    private final Catalog catalog;
    private final CallerContext caller;

    DatasetApi(LoadJobs jobs, LoadRepository loads, DatasetRegistry registry, DatasetQueries queries,
            RowMasking masking, Catalog catalog, CallerContext caller) {
        this.jobs = jobs;
        this.loads = loads;
        this.registry = registry;
        this.queries = queries;
        this.masking = masking;
        this.catalog = catalog;
        this.caller = caller;
    }

    /** A load was queued. */
    record Started(long id, String status, String href) {
    }

    @PostMapping(path = "/api/catalog/entries/{id}/dataset", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传数据集 Upload a dataset file (multipart)", description = "CSV（UTF-8/GBK）、XLSX 或 JSON 数组；"
            + "mode=replace 全量替换 | upsert 按主键增量；202 返回导入任务 — 202 with the load id; errors end the load FAILED with a report")
    ResponseEntity<Started> upload(@PathVariable long id, @RequestParam(defaultValue = "replace") String mode,
            @RequestParam("file") MultipartFile file) {
        try {
            return started(id, mode, new LoadJobs.Upload(file.getInputStream(), file.getContentType(),
                    file.getOriginalFilename()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping(path = "/api/catalog/entries/{id}/dataset", consumes = {"text/csv", "application/csv",
            MediaType.APPLICATION_JSON_VALUE, FileFormat.XLSX_TYPE, MediaType.APPLICATION_OCTET_STREAM_VALUE,
            MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "上传数据集 Upload a dataset as the request body", description = "Content-Type text/csv, "
            + "application/json or the XLSX type; same answers as the multipart upload")
    ResponseEntity<Started> uploadBody(@PathVariable long id, @RequestParam(defaultValue = "replace") String mode,
            @RequestParam(required = false) @Parameter(description = "the file's name, for the record") String name,
            HttpServletRequest request) {
        try {
            return started(id, mode, new LoadJobs.Upload(request.getInputStream(), request.getContentType(), name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResponseEntity<Started> started(long id, String mode, LoadJobs.Upload upload) {
        require(MANAGE);
        long load = jobs.start(id, LoadMode.of(mode), upload, caller.actor(), caller.scope());
        String href = "/api/datasets/loads/" + load;
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(href))
                .body(new Started(load, "QUEUED", href));
    }

    @GetMapping("/api/datasets/loads/{id}")
    @Operation(summary = "导入进度与质量报告 A load: progress, status, quality report",
            description = "QUEUED → RUNNING → SUCCEEDED | FAILED (nothing written; the report names lines and columns)")
    LoadView load(@PathVariable long id) {
        LoadView load = loads.find(id, caller.scope())
                .orElseThrow(() -> ApiProblem.notFound("dataset.load-not-found", id));
        requireAny();
        return load;
    }

    /** A loaded dataset: its size, its columns, its last load with the quality report. */
    record Summary(long entryId, String entryCode, long rowCount, Instant loadedAt, List<InformationItem> items,
            LoadView lastLoad) {
    }

    @GetMapping("/api/catalog/entries/{id}/dataset")
    @Operation(summary = "数据集概况 The entry's dataset: rows, columns, latest quality report")
    Summary dataset(@PathVariable long id) {
        DataScope scope = caller.scope();
        DatasetRegistry.Registered dataset = registry.find(id, scope)
                .orElseThrow(() -> ApiProblem.notFound("dataset.not-loaded", id));
        requireAny();
        return new Summary(dataset.entryId(), dataset.entryCode(), dataset.rowCount(), dataset.loadedAt(),
                dataset.items(), loads.latest(id, true, scope).orElse(null));
    }

    @GetMapping("/api/catalog/entries/{id}/dataset/rows")
    @Operation(summary = "数据集行 Rows, provider's view", description = "其余参数为列的等值条件，如 ?uscc=…；q 在文本列中模糊匹配；"
            + "个人信息按权限脱敏 — other parameters are equality filters on columns; personal items masked by permission")
    DatasetPage rows(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") long offset,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) @Parameter(description = "comma-separated columns") String columns,
            @RequestParam Map<String, String> parameters) {
        DataScope scope = caller.scope();
        CatalogEntry entry = catalog.workingCopy(id, scope)
                .orElseThrow(() -> ApiProblem.notFound("dataset.entry-not-found", id));
        DatasetRegistry.Registered dataset = registry.find(entry.id(), scope)
                .orElseThrow(() -> ApiProblem.notFound("dataset.not-loaded", id));
        requireAny();
        Map<String, String> equals = new HashMap<>(parameters);
        equals.keySet().removeAll(PAGING);
        List<String> selected = columns == null || columns.isBlank() ? List.of()
                : List.of(columns.split("\\s*,\\s*"));
        // the entry is the caller's (department narrowing applied to it above); its rows carry regions only
        DataScope rows = new DataScope(scope.regionRoots(), Set.of());
        DatasetPage page = queries.page(dataset, new DatasetQuery(equals, q, selected, sort, offset, limit), rows);
        return masking.mask(dataset.entryCode(), dataset.items(), page);
    }

    private void require(String permission) {
        if (!caller.holds(permission)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "dataset.forbidden", permission);
        }
    }

    /** Reads: asked after the object was found in the caller's scope, so that outside it the answer is 404. */
    static void requireAny(CallerContext caller) {
        if (!caller.holds(MANAGE) && !caller.holds(REVIEW)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "dataset.forbidden", MANAGE);
        }
    }

    private void requireAny() {
        requireAny(caller);
    }
}
