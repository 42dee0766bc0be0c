package org.shuzhi.opendata.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.shuzhi.catalog.OpenCatalog;
import org.shuzhi.catalog.OpenEntries;
import org.shuzhi.catalog.OpenQuery;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.Unscoped;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The DCAT catalog of the open entries, as ckanext-dcat serves it: {@code /catalog.ttl}, {@code /catalog.jsonld},
 * {@code /catalog.rdf} (or {@code /api/dcat/catalog?format=ttl|jsonld|rdf}), {@code page} from 1, {@code page_size}
 * (default 100, at most 1000) and {@code modified_since} (an ISO date or date-time); oldest publication first, so
 * that entries published while a harvester pages through land on later pages instead of shifting earlier ones.
 */
@RestController
@Unscoped(PortalPages.PUBLIC)
@Tag(name = "Open data DCAT 开放数据", description = "The open catalog as DCAT in Turtle, JSON-LD and RDF/XML, paged")
class DcatApi {

    private record Syntax(RDFFormat format, MediaType type) {
    }

    private static final Map<String, Syntax> SYNTAXES = Map.of(
            "ttl", new Syntax(RDFFormat.TURTLE_PRETTY, new MediaType("text", "turtle")),
            "jsonld", new Syntax(RDFFormat.JSONLD11, new MediaType("application", "ld+json")),
            "rdf", new Syntax(RDFFormat.RDFXML_PRETTY, new MediaType("application", "rdf+xml")));

    private final OpenCatalog open;
    private final DcatCatalog dcat;

    DcatApi(OpenCatalog open, DcatCatalog dcat) {
        this.open = open;
        this.dcat = dcat;
    }

    @GetMapping({"/catalog.ttl", "/catalog.jsonld", "/catalog.rdf", "/api/dcat/catalog"})
    @Operation(summary = "DCAT 目录 The open catalog as DCAT", description = "Turtle, JSON-LD or RDF/XML by the "
            + "extension or ?format=; hydra:PagedCollection paging; modified_since")
    ResponseEntity<StreamingResponseBody> catalog(HttpServletRequest request,
            @RequestParam(required = false) @Parameter(description = "ttl, jsonld or rdf (for /api/dcat/catalog)") String format,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "page_size", defaultValue = "100") int pageSize,
            @RequestParam(name = "modified_since", required = false) String modifiedSince) {
        String uri = request.getRequestURI();
        String extension = uri.startsWith(request.getContextPath() + "/catalog.")
                ? uri.substring(uri.lastIndexOf('.') + 1) : format == null ? "ttl" : format.toLowerCase(Locale.ROOT);
        Syntax syntax = SYNTAXES.get(extension);
        if (syntax == null) {
            throw ApiProblem.badRequest("opendata.dcat.format", extension);
        }
        if (page < 1) {
            throw ApiProblem.badRequest("opendata.dcat.invalid", "page", page);
        }
        if (pageSize < 1 || pageSize > 1000) {
            throw ApiProblem.badRequest("opendata.dcat.invalid", "page_size", pageSize);
        }
        Instant since = since(modifiedSince);
        OpenEntries found = open.search(new OpenQuery(null, null, null, null, null, null, since,
                OpenQuery.Order.MODIFIED_ASC, (long) (page - 1) * pageSize, pageSize));
        long last = Math.max(1, (found.total() + pageSize - 1) / pageSize);
        String base = CkanApi.base();
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(base + uri.substring(request.getContextPath().length()))
                .queryParamIfPresent("format", java.util.Optional.ofNullable(format))
                .queryParamIfPresent("modified_since", java.util.Optional.ofNullable(modifiedSince))
                .queryParam("page_size", pageSize);
        DcatCatalog.Paging paging = new DcatCatalog.Paging(at(link, page), at(link, 1), at(link, last),
                page > 1 ? at(link, page - 1) : null, page < last ? at(link, page + 1) : null, pageSize);
        Model model = dcat.page(found, base, paging);
        StreamingResponseBody body = out -> RDFDataMgr.write(out, model, syntax.format());
        return ResponseEntity.ok().contentType(syntax.type()).body(body);
    }

    private static String at(UriComponentsBuilder link, long page) {
        return link.cloneBuilder().replaceQueryParam("page", page).encode().build().toUriString();
    }

    private static Instant since(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CkanSearch.instant(text.strip(), "modified_since");
        } catch (CkanError e) {
            throw ApiProblem.badRequest("opendata.dcat.invalid", "modified_since", text);
        }
    }
}
