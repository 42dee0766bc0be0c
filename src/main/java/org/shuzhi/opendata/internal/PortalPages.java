package org.shuzhi.opendata.internal;

import java.util.Map;
import java.util.stream.Collectors;

import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.OpenCatalog;
import org.shuzhi.catalog.OpenEntries;
import org.shuzhi.catalog.OpenEntry;
import org.shuzhi.catalog.OpenQuery;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.Unscoped;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public portal 开放平台 pages, no sign-in: {@code /open} lists and searches the open entries — the whole
 * platform's, or one region's subtree with {@code ?region=} — with provider and theme facets; {@code /open/{code}}
 * shows one entry: its description, its items and how each is disclosed, a preview of the public rows and the
 * download and API links.
 */
@Controller
@Unscoped(PortalPages.PUBLIC)
class PortalPages {

    /** Why the open-data endpoints take no caller's scope. */
    static final String PUBLIC = "public open data 政务数据开放: only published OPEN entries, for everyone; rows confined "
            + "to the entry's own region, personal items left out or masked";

    static final int PAGE_SIZE = 20;
    static final int PREVIEW_ROWS = 10;

    private final OpenCatalog open;
    private final PublicRows rows;
    private final Organizations names;

    PortalPages(OpenCatalog open, PublicRows rows, Organizations names) {
        this.open = open;
        this.rows = rows;
        this.names = names;
    }

    @GetMapping("/open")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            @RequestParam(required = false) String provider, @RequestParam(required = false) String theme,
            @RequestParam(defaultValue = "0") int page, Model model) {
        if (region != null && !region.isBlank() && !region.matches("[0-9]{2,12}")) {
            throw ApiProblem.badRequest("opendata.region", region);
        }
        int p = Math.max(page, 0);
        OpenEntries found = open.search(new OpenQuery(q, region, provider, theme, null, null, null,
                OpenQuery.Order.MODIFIED_DESC, (long) p * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("region", region);
        model.addAttribute("regionName", names.region(region));
        model.addAttribute("provider", provider);
        model.addAttribute("theme", theme);
        model.addAttribute("found", found);
        model.addAttribute("page", p);
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        var regions = found.facets().getOrDefault("region", Map.of()).keySet();
        model.addAttribute("providers", found.facets().getOrDefault("provider", Map.of()).keySet().stream()
                .map(code -> Map.entry(code, names.provider(code, regions))).toList());
        model.addAttribute("providerCounts", found.facets().getOrDefault("provider", Map.of()));
        model.addAttribute("themes", found.facets().getOrDefault("theme", Map.of()));
        model.addAttribute("providerNames", found.entries().stream().map(OpenEntry::entry)
                .collect(Collectors.toMap(CatalogEntry::code, names::provider)));
        return "opendata/list";
    }

    @GetMapping("/open/{code}")
    String detail(@PathVariable String code, Model model) {
        OpenEntry open = OpenEntryNotFound.require(this.open, code);
        CatalogEntry entry = open.entry();
        model.addAttribute("open", open);
        model.addAttribute("entry", entry);
        model.addAttribute("provider", names.provider(entry));
        model.addAttribute("regionName", names.region(entry.regionCode()));
        model.addAttribute("disclosures", entry.items().stream().map(PublicRows::disclosure).toList());
        model.addAttribute("columns", PublicRows.columns(entry));
        model.addAttribute("preview", rows.page(entry, PublicRows.Request.window(0, PREVIEW_ROWS)).orElse(null));
        return "opendata/detail";
    }
}
