package org.shuzhi.jurisdiction.internal;

import java.util.List;
import org.shuzhi.platform.Unscoped;

import org.shuzhi.platform.ApiProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /jurisdictions/import}: upload the division files (or one zip), watch the import's progress, read the
 * report — or the file and line that rejected it. The status fragment polls itself every half second (htmx) while
 * the import runs; without JavaScript the status page can be reloaded by hand.
 */
@Controller
@Unscoped("an import of the public division tree; a job is found by a random UUID only its starter knows, and shows counts only")
class ImportPage {

    private final ImportJobs jobs;

    ImportPage(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/jurisdictions/import")
    String form() {
        return "jurisdiction/import";
    }

    /** Starts the import; a refused upload (no files, unknown names) shows the form again with the reason. */
    @PostMapping("/jurisdictions/import")
    String start(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) {
        try {
            return "redirect:/jurisdictions/import/" + jobs.start(files == null ? List.of() : files).id();
        } catch (ApiProblem refused) {
            model.addAttribute("refused", refused);
            return "jurisdiction/import";
        }
    }

    @GetMapping("/jurisdictions/import/{id}")
    String status(@PathVariable String id, Model model) {
        model.addAttribute("job", find(id));
        return "jurisdiction/import-status";
    }

    /** Only the status box, for htmx polling. */
    @GetMapping("/jurisdictions/import/{id}/status")
    String statusFragment(@PathVariable String id, Model model) {
        model.addAttribute("job", find(id));
        return "jurisdiction/import-status :: status";
    }

    private ImportJob find(String id) {
        return jobs.find(id).orElseThrow(() -> ApiProblem.notFound("jurisdiction.import.job-not-found", id));
    }
}
