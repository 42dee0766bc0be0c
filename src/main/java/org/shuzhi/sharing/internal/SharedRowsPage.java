package org.shuzhi.sharing.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.InformationItem;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.CallerContext;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /sharing/entries/{entryCode}/rows}: the consumer's view of a shared resource 共享数据查看 — a page of its
 * rows, or the rows of one key. It is a sharing call like any other: it goes through {@link ShareCalls#call} (the
 * permission, the rate limit, the grant's fields, rows and window, masking, the {@code share.call} audit entry and
 * the statistics) — there is no second way to the rows. A refusal is shown on the page with the API's status.
 */
@Controller
class SharedRowsPage {

    static final int PAGE_SIZE = 20;

    private final ShareCalls calls;
    private final PublishedEntries catalog;
    private final GrantRepository grants;
    private final CallerContext caller;

    SharedRowsPage(ShareCalls calls, PublishedEntries catalog, GrantRepository grants, CallerContext caller) {
        this.calls = calls;
        this.catalog = catalog;
        this.grants = grants;
        this.caller = caller;
    }

    @GetMapping("/sharing/entries/{entryCode}/rows")
    String rows(@PathVariable String entryCode, @RequestParam(required = false) String key,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
        String wanted = key == null || key.isBlank() ? null : key.strip();
        model.addAttribute("code", entryCode);
        model.addAttribute("key", wanted);
        try {
            ShareRows rows = calls.call(entryCode, wanted == null ? Map.of() : Map.of("key", wanted), page, PAGE_SIZE,
                    null);
            model.addAttribute("rows", rows);
            model.addAttribute("hasNext", (long) (rows.page() + 1) * rows.size() < rows.total());
            model.addAttribute("grant", rows.grantId() == null ? null
                    : grants.find(rows.grantId(), caller.scope()).orElse(null));
            // the call has just read it in this scope: the names of the entry and its items for the headings
            catalog.published(entryCode, caller.scope()).ifPresent(entry -> describe(entry, rows.fields(), model));
        } catch (ApiProblem problem) {
            response.setStatus(problem.status().value());
            if (problem instanceof RateLimited limited) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfter()));
            }
            model.addAttribute("problem", problem);
        }
        return "sharing/rows";
    }

    /** Names for the headings; the key search only when every key item is readable (else it would be refused). */
    private static void describe(CatalogEntry entry, List<String> readable, Model model) {
        Map<String, String> names = new LinkedHashMap<>();
        entry.items().forEach(item -> names.put(item.column(), item.name()));
        List<InformationItem> keyItems = entry.items().stream().filter(InformationItem::key).toList();
        List<String> keys = keyItems.stream().allMatch(item -> readable.contains(item.column()))
                ? keyItems.stream().map(InformationItem::name).toList() : List.of();
        model.addAttribute("entry", entry);
        model.addAttribute("names", names);
        model.addAttribute("keyNames", keys);
    }
}
