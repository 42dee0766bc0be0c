package org.shuzhi.opendata.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.InformationItem;
import org.shuzhi.catalog.OpenEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An open entry as a CKAN package (dataset) dictionary: {@code id} the entry's id, {@code name} its code, the
 * provider department as its organization, the classification class as its group, the item names as tags, and
 * resources for its downloads — a CSV and a JSON resource, both backed by the datastore, for an attached dataset;
 * one {@code API} resource for an attached interface. Times as CKAN writes them: UTC without a zone.
 */
@Component
class CkanPackages {

    private static final DateTimeFormatter CKAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private final Organizations names;
    private final PublicRows rows;
    private final MessageSource messages;

    CkanPackages(Organizations names, PublicRows rows, MessageSource messages) {
        this.names = names;
        this.rows = rows;
        this.messages = messages;
    }

    static String time(Instant instant) {
        return CKAN_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** One package, as package_show answers it. */
    Map<String, Object> dictionary(OpenEntry open, String base) {
        return dictionaries(List.of(open), base).get(0);
    }

    /**
     * The packages of a page of entries, in order — with one question for the whole page to learn which have rows
     * loaded (their resources' {@code datastore_active}), never one per package.
     */
    List<Map<String, Object>> dictionaries(List<OpenEntry> entries, String base) {
        Set<String> loaded = rows.available(entries.stream().map(OpenEntry::entry).toList());
        return entries.stream().map(open -> dictionary(open, base, loaded.contains(open.entry().code()))).toList();
    }

    private Map<String, Object> dictionary(OpenEntry open, String base, boolean loaded) {
        CatalogEntry e = open.entry();
        String id = String.valueOf(e.id());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id);
        p.put("name", e.code());
        p.put("title", e.name());
        p.put("notes", e.summary());
        p.put("type", "dataset");
        p.put("state", "active");
        p.put("private", false);
        p.put("version", String.valueOf(e.version()));
        p.put("url", base + "/open/" + e.code());
        p.put("license_id", "other-open");
        p.put("license_title", "Other (Open)");
        p.put("metadata_created", time(open.issued()));
        p.put("metadata_modified", time(open.modified()));
        Map<String, Object> organization = organization(e.providerDepartment(), names.provider(e), null);
        p.put("maintainer", organization.get("title"));
        p.put("organization", organization);
        p.put("owner_org", e.providerDepartment());
        List<Map<String, Object>> resources = resources(open, id, base, loaded);
        p.put("resources", resources);
        p.put("num_resources", resources.size());
        List<Map<String, Object>> tags = e.items().stream().map(InformationItem::name).distinct()
                .map(CkanPackages::tag).toList();
        p.put("tags", tags);
        p.put("num_tags", tags.size());
        String theme = e.classification().classCode();
        p.put("groups", List.of(Map.of("id", theme, "name", theme, "title", theme(theme), "display_name", theme(theme))));
        List<Map<String, Object>> extras = new ArrayList<>();
        extra(extras, "identifier", e.code());
        extra(extras, "classification", e.classification().path());
        extra(extras, "update_cycle", e.updateCycle().name());
        extra(extras, "resource_format", e.format().name());
        extra(extras, "region_code", e.regionCode());
        extra(extras, "region", names.region(e.regionCode()));
        extra(extras, "open_type", e.openType().name());
        p.put("extras", extras);
        return p;
    }

    static Map<String, Object> organization(String code, String title, Long packageCount) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", code);
        o.put("name", code);
        o.put("title", title);
        o.put("display_name", title);
        o.put("description", "");
        o.put("image_url", "");
        o.put("type", "organization");
        o.put("is_organization", true);
        o.put("state", "active");
        if (packageCount != null) {
            o.put("package_count", packageCount);
        }
        return o;
    }

    String theme(String classCode) {
        return messages.getMessage("opendata.theme." + classCode, null, classCode, LocaleContextHolder.getLocale());
    }

    private static List<Map<String, Object>> resources(OpenEntry open, String packageId, String base,
            boolean loaded) {
        CatalogEntry e = open.entry();
        if (e.resource() == null) {
            return List.of();
        }
        if (!"DATASET".equals(e.resource().kind())) {
            String url = e.resource().reference().startsWith("/") ? base + e.resource().reference()
                    : e.resource().reference();
            return List.of(resource(open, packageId, e.code() + ".api", e.name() + " API", "API", null, url, false, 0));
        }
        return List.of(
                resource(open, packageId, e.code() + ".csv", e.name() + " CSV", "CSV", "text/csv",
                        base + "/open/" + e.code() + ".csv", loaded, 0),
                resource(open, packageId, e.code() + ".json", e.name() + " JSON", "JSON", "application/json",
                        base + "/open/" + e.code() + ".json", loaded, 1));
    }

    private static Map<String, Object> resource(OpenEntry open, String packageId, String id, String name,
            String format, String mimetype, String url, boolean datastore, int position) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("package_id", packageId);
        r.put("name", name);
        r.put("format", format);
        r.put("mimetype", mimetype);
        r.put("url", url);
        r.put("datastore_active", datastore);
        r.put("position", position);
        r.put("state", "active");
        r.put("created", time(open.issued()));
        r.put("last_modified", time(open.modified()));
        return r;
    }

    private static Map<String, Object> tag(String name) {
        return Map.of("name", name, "display_name", name, "state", "active");
    }

    private static void extra(List<Map<String, Object>> extras, String key, String value) {
        if (value != null) {
            extras.add(Map.of("key", key, "value", value));
        }
    }
}
