package org.shuzhi.opendata.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.catalog.OpenCatalog;
import org.shuzhi.platform.Unscoped;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The CKAN Action API (v3) over the open catalog, read-only: package_search, package_show, organization_list,
 * datastore_search and help_show, by GET with query parameters or by POST with a JSON object, answered in CKAN's
 * envelope {@code {help, success, result}}; failures in {@link CkanErrors}.
 */
@RestController
@Unscoped(PortalPages.PUBLIC)
@Tag(name = "Open data CKAN API 开放数据", description = "CKAN-compatible Action API over the open catalog (docs/OPENDATA.md)")
class CkanApi {

    private static final Map<String, String> HELP = Map.of(
            "package_search", "Searches open datasets: q, fq, rows, start, sort, facet.field, facet.limit.",
            "package_show", "Returns one open dataset: id (its code or id).",
            "organization_list", "Returns the provider departments with open datasets: all_fields, limit, offset.",
            "datastore_search", "Searches the public rows of a resource: resource_id, filters, q, fields, sort, "
                    + "limit, offset.",
            "help_show", "Returns the help text of an action: name.");

    private final CkanSearch search;
    private final CkanPackages packages;
    private final CkanDatastore datastore;
    private final OpenCatalog open;
    private final ObjectMapper json;

    CkanApi(CkanSearch search, CkanPackages packages, CkanDatastore datastore, OpenCatalog open, ObjectMapper json) {
        this.search = search;
        this.packages = packages;
        this.datastore = datastore;
        this.open = open;
        this.json = json;
    }

    @RequestMapping(path = "/api/3/action/{action}", method = {RequestMethod.GET, RequestMethod.POST},
            produces = "application/json")
    @Operation(summary = "CKAN 操作 A CKAN action", description = "package_search, package_show, organization_list, "
            + "datastore_search, help_show; parameters in the query string or a JSON body")
    Map<String, Object> action(@PathVariable @Parameter(description = "the action's name") String action,
            @RequestParam Map<String, String> query, @RequestBody(required = false) String body) {
        if (!HELP.containsKey(action)) {
            throw CkanError.badRequest("opendata.ckan.unknown-action", action);
        }
        CkanParams params = CkanParams.of(query, parse(body), json);
        String base = base();
        Object result = switch (action) {
            case "package_search" -> search.packageSearch(params, base);
            case "package_show" -> packages.dictionary(open.entry(params.required("id"))
                    .orElseThrow(() -> CkanError.notFound("package " + params.text("id"))), base);
            case "organization_list" -> search.organizationList(params);
            case "datastore_search" -> datastore.search(params);
            default -> {
                String name = params.required("name");
                if (!HELP.containsKey(name)) {
                    throw CkanError.notFound("action " + name);
                }
                yield HELP.get(name);
            }
        };
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("help", help(action));
        envelope.put("success", true);
        envelope.put("result", result);
        return envelope;
    }

    /** CKAN's {@code help}: where the action's help text is. */
    static String help(String action) {
        return base() + "/api/3/action/help_show?name=" + action;
    }

    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw CkanError.badRequest("opendata.ckan.bad-json");
        }
    }
}
