package org.shuzhi.catalog.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.catalog.AttachedResource;
import org.shuzhi.catalog.CatalogAction;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.CatalogPage;
import org.shuzhi.catalog.CatalogQuery;
import org.shuzhi.catalog.EntryDraft;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.CallerContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the data resource catalog: search, read, catalogue, edit, and the workflow steps. */
@RestController
@RequestMapping("/api/catalog/entries")
@Tag(name = "Catalog 数据资源目录", description = "编目 → 挂接 → 审核 → 发布, versioned; search in Chinese full text with facets")
class CatalogApi {

    private final CatalogService catalog;
    private final CatalogSearch search;
    private final EntryHistory history;
    private final CallerContext caller;

    CatalogApi(CatalogService catalog, CatalogSearch search, EntryHistory history, CallerContext caller) {
        this.catalog = catalog;
        this.search = search;
        this.history = history;
        this.caller = caller;
    }

    @GetMapping
    @Operation(summary = "检索目录 Search the catalog", description = "中文全文检索（分词）与分面 — Chinese full text "
            + "(segmented words, all must occur) with facets by provider, grade, sharing type and region")
    CatalogPage search(@RequestParam(required = false) String q, @RequestParam(required = false) String provider,
            @RequestParam(required = false) String grade,
            @RequestParam(required = false) @Parameter(description = "UNCONDITIONAL, CONDITIONAL or NOT_SHARED") String sharingType,
            @RequestParam(required = false) @Parameter(description = "a region code: narrows, never widens") String region,
            @RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return search.search(new CatalogQuery(q, provider, grade, sharingType, region, state, page, size),
                caller.scope());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "编目 Catalogue a resource", description = "需要 CATALOG_MANAGE；提供部门须在本辖区内 — needs "
            + "CATALOG_MANAGE; the provider department must lie inside the caller's scope")
    ResponseEntity<CatalogEntry> create(@RequestBody EntryDraft draft) {
        CatalogEntry created = catalog.create(draft);
        return ResponseEntity.created(URI.create("/api/catalog/entries/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看目录 One entry", description = "提供方看到工作副本，其他人看到已发布版本 — the working copy "
            + "for the provider's side, the published version for everybody else")
    CatalogEntry get(@PathVariable long id) {
        return catalog.find(id);
    }

    /** An edit: the draft and the row version it was made from. */
    record Edit(EntryDraft entry, int rowVersion) {
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改工作副本 Edit the working copy", description = "草稿、已挂接或退回时可改；改后须重新挂接审核 — "
            + "while draft, attached or rejected; 409 when someone changed it meanwhile")
    CatalogEntry update(@PathVariable long id, @RequestBody Edit edit) {
        if (edit == null || edit.entry() == null) {
            throw DraftValidator.field("entry", "catalog.draft.missing");
        }
        return catalog.update(id, edit.entry(), edit.rowVersion());
    }

    /** A workflow step: the action, a reason where needed, the resource for ATTACH. */
    record Step(CatalogAction action, String reason, AttachedResource resource) {
    }

    @PostMapping(path = "/{id}/steps", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "流转 Take a workflow step", description = "ATTACH, SUBMIT, APPROVE, REJECT, PUBLISH, REVISE, "
            + "WITHDRAW; 409 naming the current state when the step does not apply, 403 without the permission")
    CatalogEntry step(@PathVariable long id, @RequestBody Step step) {
        if (step == null || step.action() == null) {
            throw DraftValidator.field("action", "catalog.draft.required");
        }
        return catalog.act(id, step.action(), step.reason(), step.resource());
    }

    @GetMapping("/{id}/steps")
    @Operation(summary = "流转记录 The workflow history", description = "仅提供方一侧 — the provider's side only")
    List<EntryHistory.Step> steps(@PathVariable long id) {
        List<EntryHistory.Step> steps = history.steps(id, caller.scope());
        if (steps.isEmpty()) {
            throw CatalogService.notFound(id);
        }
        return steps;
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "已发布版本 Published version numbers, newest first")
    List<Integer> versions(@PathVariable long id) {
        List<Integer> versions = history.versions(id, caller.scope());
        if (versions.isEmpty()) {
            // an entry the caller may not see, or one never published, has no published versions to list
            throw CatalogService.notFound(id);
        }
        return versions;
    }

    @GetMapping("/{id}/versions/{version}")
    @Operation(summary = "某一已发布版本 One published version, as it was published")
    CatalogEntry version(@PathVariable long id, @PathVariable int version) {
        return history.published(id, version, caller.scope()).orElseThrow(() -> ApiProblem.notFound(
                "catalog.version-not-found", id, version));
    }

    /** The steps allowed to the caller from the entry's state. */
    @GetMapping("/{id}/actions")
    @Operation(summary = "可做的流转 The steps the caller may take now")
    Set<CatalogAction> actions(@PathVariable long id) {
        CatalogEntry entry = catalog.find(id);
        return Workflow.allowed(entry.state(), caller::holds);
    }
}
