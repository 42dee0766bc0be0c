package org.shuzhi.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.shuzhi.catalog.Catalog;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.CallerContext;
import org.shuzhi.platform.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /datasets/{entryId}}: an entry's dataset on the provider's side — its items, an upload form, the progress of
 * a running load (the status box polls itself with htmx until the load is over) and the latest quality report as
 * bars of completeness and validity per column. Same permissions and scope as the REST API.
 */
@Controller
class DatasetPages {

    private final Catalog catalog;
    private final DatasetRegistry registry;
    private final LoadRepository loads;
    private final LoadJobs jobs;
    private final CallerContext caller;

    DatasetPages(Catalog catalog, DatasetRegistry registry, LoadRepository loads, LoadJobs jobs, CallerContext caller) {
        this.catalog = catalog;
        this.registry = registry;
        this.loads = loads;
        this.jobs = jobs;
        this.caller = caller;
    }

    @GetMapping("/datasets/{entryId}")
    String page(@PathVariable long entryId, @RequestParam(required = false) Long load, Model model) {
        DataScope scope = caller.scope();
        CatalogEntry entry = catalog.workingCopy(entryId, scope)
                .orElseThrow(() -> ApiProblem.notFound("dataset.entry-not-found", entryId));
        DatasetApi.requireAny(caller);
        model.addAttribute("entry", entry);
        model.addAttribute("dataset", registry.find(entryId, scope).orElse(null));
        model.addAttribute("mayUpload", caller.holds(DatasetApi.MANAGE));
        model.addAttribute("job", (load == null ? loads.latest(entryId, false, scope)
                : loads.find(load, scope).filter(l -> l.entryId() == entryId)).orElse(null));
        model.addAttribute("quality", loads.latest(entryId, true, scope).map(LoadView::report).orElse(null));
        return "dataset/entry";
    }

    @PostMapping("/datasets/{entryId}")
    String upload(@PathVariable long entryId, @RequestParam(defaultValue = "replace") String mode,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        if (!caller.holds(DatasetApi.MANAGE)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "dataset.forbidden", DatasetApi.MANAGE);
        }
        try {
            // no file is an empty upload: refused, after the entry was looked up in the caller's scope
            LoadJobs.Upload upload = file == null ? new LoadJobs.Upload(InputStream.nullInputStream(), null, null)
                    : new LoadJobs.Upload(file.getInputStream(), file.getContentType(), file.getOriginalFilename());
            long load = jobs.start(entryId, LoadMode.of(mode), upload, caller.actor(), caller.scope());
            return "redirect:/datasets/" + entryId + "?load=" + load;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only the status box, for htmx polling. */
    @GetMapping("/datasets/loads/{id}/status")
    String status(@PathVariable long id, Model model) {
        model.addAttribute("job", loads.find(id, caller.scope())
                .orElseThrow(() -> ApiProblem.notFound("dataset.load-not-found", id)));
        DatasetApi.requireAny(caller);
        return "dataset/entry :: status";
    }
}
