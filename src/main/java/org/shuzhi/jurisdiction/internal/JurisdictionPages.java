package org.shuzhi.jurisdiction.internal;

import java.util.List;
import org.shuzhi.platform.Unscoped;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages under {@code /jurisdictions}: the tree (children load with htmx when a node is opened), search by name
 * and a division's detail. Every page also works without JavaScript: search is a plain form, each node links to
 * its detail page. An unknown code renders the platform's error page with a 404.
 */
@Controller
@RequestMapping("/jurisdictions")
@Unscoped("public reference data: the NBS publishes the national division codes and every level needs the whole tree to name places")
class JurisdictionPages {

    /** Search results shown on the page; the API allows up to {@link DivisionBrowsing#MAX_LIMIT}. */
    static final int PAGE_SEARCH_LIMIT = 50;

    private final DivisionBrowsing browsing;

    JurisdictionPages(DivisionBrowsing browsing) {
        this.browsing = browsing;
    }

    @GetMapping
    String tree(Model model) {
        model.addAttribute("nodes", browsing.children(null));
        return "jurisdiction/index";
    }

    /** Search: the result list for htmx, or the whole page with the results for a plain form submit. */
    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String query = q.strip();
        model.addAttribute("q", query);
        model.addAttribute("found", query.isEmpty() ? List.of() : browsing.search(query, PAGE_SEARCH_LIMIT));
        if (htmx != null) {
            return "jurisdiction/fragments :: results";
        }
        model.addAttribute("nodes", browsing.children(null));
        return "jurisdiction/index";
    }

    @GetMapping("/{code}")
    String detail(@PathVariable String code, Model model) {
        model.addAttribute("node", browsing.node(code));
        model.addAttribute("chain", browsing.chain(code));
        model.addAttribute("nodes", browsing.children(code));
        return "jurisdiction/detail";
    }

    /** The children of a node as list items, for htmx to put into the opened node. */
    @GetMapping("/{code}/children")
    String children(@PathVariable String code, Model model) {
        model.addAttribute("nodes", browsing.children(code));
        return "jurisdiction/fragments :: nodes";
    }
}
