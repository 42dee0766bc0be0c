package org.shuzhi.opendata.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.InformationItem;
import org.shuzhi.catalog.OpenCatalog;
import org.shuzhi.dataset.DatasetPage;
import org.springframework.stereotype.Component;

/**
 * CKAN's {@code datastore_search} over the public rows of an open entry. The resource id is one of the entry's
 * resources ({@code <code>.csv}, {@code <code>.json}) or the entry's code; {@code filters} (equality), {@code q},
 * {@code fields}, {@code sort}, {@code limit} (default 100, at most 1000) and {@code offset} as CKAN takes them —
 * within what {@link PublicRows} allows on personal columns.
 */
@Component
class CkanDatastore {

    private static final Map<String, String> TYPES = Map.of("TEXT", "text", "INTEGER", "int", "DECIMAL", "numeric",
            "DATE", "date", "DATETIME", "timestamp", "BOOLEAN", "bool");

    private final OpenCatalog open;
    private final PublicRows rows;

    CkanDatastore(OpenCatalog open, PublicRows rows) {
        this.open = open;
        this.rows = rows;
    }

    Map<String, Object> search(CkanParams params) {
        String resourceId = params.required("resource_id");
        String code = resourceId.replaceFirst("\\.(csv|json)$", "");
        CatalogEntry entry = open.entry(code).filter(e -> e.entry().code().equals(code))
                .orElseThrow(() -> CkanError.notFound("resource " + resourceId)).entry();
        int limit = params.integer("limit", 100, 0, PublicRows.BATCH);
        int offset = params.integer("offset", 0, 0, Integer.MAX_VALUE);
        PublicRows.Request request = new PublicRows.Request(params.object("filters"), params.text("q"),
                params.list("fields"), params.text("sort"), offset, limit);
        DatasetPage page;
        try {
            page = rows.page(entry, request).orElseThrow(() -> CkanError.notFound("datastore " + resourceId));
        } catch (RowsRefused refused) {
            throw CkanError.validation(field(refused), refused.messageKey(), refused.args());
        }
        Map<String, InformationItem> items = new LinkedHashMap<>();
        entry.items().forEach(i -> items.put(i.column(), i));
        List<Map<String, Object>> fields = new ArrayList<>();
        for (String column : page.columns()) {
            InformationItem item = items.get(column);
            fields.add(Map.of("id", column, "type", TYPES.get(item.dataType().name()), "info",
                    Map.of("label", item.name(), "masked",
                            PublicRows.disclosure(item) == PublicRows.Disclosure.MASKED)));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("resource_id", resourceId);
        result.put("fields", fields);
        result.put("records", limit == 0 ? List.of() : page.rows());
        result.put("records_format", "objects");
        result.put("total", page.total());
        result.put("include_total", true);
        result.put("limit", limit);
        result.put("offset", offset);
        String self = "/api/3/action/datastore_search?resource_id=" + resourceId;
        result.put("_links", Map.of("start", self, "next", self + "&offset=" + (offset + limit)));
        return result;
    }

    private static String field(RowsRefused refused) {
        return switch (refused.messageKey()) {
            case "opendata.rows.q-personal" -> "q";
            case "opendata.rows.sort" -> "sort";
            default -> "fields";
        };
    }
}
