package org.shuzhi.opendata.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shuzhi.catalog.OpenCatalog;
import org.shuzhi.catalog.OpenEntries;
import org.shuzhi.catalog.OpenQuery;
import org.springframework.stereotype.Component;

/**
 * CKAN's {@code package_search} and {@code organization_list} over the open catalog. {@code q} is free text (all
 * words must occur; {@code *:*} for everything); {@code fq} takes {@code organization:}, {@code tags:},
 * {@code res_format:}, {@code groups:}, {@code region:} and {@code metadata_modified:[since TO *]} terms, quoted
 * where a value has spaces; {@code sort} one of metadata_modified, name or title_string with asc or desc
 * (CKAN's default {@code score desc, metadata_modified desc} is newest first); facets over the whole match.
 */
@Component
class CkanSearch {

    private static final Pattern TERM = Pattern.compile("\\+?([a-z_]+):(\"([^\"]*)\"|\\[([^\\]]*)]|(\\S+))");
    private static final List<String> FACETS = List.of("organization", "tags", "res_format", "groups", "region");

    private final OpenCatalog open;
    private final CkanPackages packages;
    private final Organizations names;

    CkanSearch(OpenCatalog open, CkanPackages packages, Organizations names) {
        this.open = open;
        this.packages = packages;
        this.names = names;
    }

    Map<String, Object> packageSearch(CkanParams params, String base) {
        Filters f = filters(params.text("fq"));
        String q = params.text("q");
        if (q != null && q.equals("*:*")) {
            q = null;
        }
        int rows = params.integer("rows", 10, 0, 1000);
        int start = params.integer("start", 0, 0, Integer.MAX_VALUE);
        OpenQuery query = new OpenQuery(q, f.region, f.organization, f.group, f.tag, f.dataset, f.since,
                order(params.text("sort")), start, rows);
        OpenEntries found = f.nothing ? new OpenEntries(List.of(), 0, Map.of()) : open.search(query);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", found.total());
        result.put("sort", params.text("sort") == null ? "score desc, metadata_modified desc" : params.text("sort"));
        result.put("results", packages.dictionaries(found.entries(), base));
        int limit = params.integer("facet.limit", 50, -1, 1000);
        Map<String, Object> facets = new LinkedHashMap<>();
        Map<String, Object> searchFacets = new LinkedHashMap<>();
        for (String field : params.list("facet.field")) {
            Map<String, Long> counts = facet(field, found);
            Map<String, Long> limited = new LinkedHashMap<>();
            counts.entrySet().stream().limit(limit < 0 ? Long.MAX_VALUE : limit)
                    .forEach(c -> limited.put(c.getKey(), c.getValue()));
            facets.put(field, limited);
            List<Map<String, Object>> items = new ArrayList<>();
            limited.forEach((name, count) -> items.add(Map.of("name", name, "display_name",
                    display(field, name, found), "count", count)));
            searchFacets.put(field, Map.of("title", field, "items", items));
        }
        result.put("facets", facets);
        result.put("search_facets", searchFacets);
        return result;
    }

    /** Provider departments with open entries: their codes, or with {@code all_fields} their dictionaries. */
    List<Object> organizationList(CkanParams params) {
        OpenEntries all = open.search(OpenQuery.all(0, 0));
        Map<String, Long> providers = all.facets().getOrDefault("provider", Map.of());
        var regions = all.facets().getOrDefault("region", Map.of()).keySet();
        int offset = params.integer("offset", 0, 0, Integer.MAX_VALUE);
        int limit = params.integer("limit", 1000, 0, 1000);
        boolean allFields = params.bool("all_fields");
        return providers.keySet().stream().sorted().skip(offset).limit(limit)
                .map(code -> allFields ? (Object) CkanPackages.organization(code, names.provider(code, regions), providers.get(code))
                        : (Object) code).toList();
    }

    private Map<String, Long> facet(String field, OpenEntries found) {
        Map<String, Map<String, Long>> f = found.facets();
        return switch (field) {
            case "organization" -> f.getOrDefault("provider", Map.of());
            case "tags" -> f.getOrDefault("tag", Map.of());
            case "groups" -> f.getOrDefault("theme", Map.of());
            case "region" -> f.getOrDefault("region", Map.of());
            case "res_format" -> {
                Map<String, Long> formats = new LinkedHashMap<>();
                Map<String, Long> kinds = f.getOrDefault("resource", Map.of());
                if (kinds.containsKey("DATASET")) {
                    formats.put("CSV", kinds.get("DATASET"));
                    formats.put("JSON", kinds.get("DATASET"));
                }
                if (kinds.containsKey("API")) {
                    formats.put("API", kinds.get("API"));
                }
                yield formats;
            }
            default -> Map.of();
        };
    }

    private String display(String field, String name, OpenEntries found) {
        return switch (field) {
            case "organization" -> names.provider(name, found.facets().getOrDefault("region", Map.of()).keySet());
            case "groups" -> packages.theme(name);
            case "region" -> names.region(name);
            default -> name;
        };
    }

    private static OpenQuery.Order order(String sort) {
        if (sort == null) {
            return OpenQuery.Order.MODIFIED_DESC;
        }
        for (String part : sort.split(",")) {
            String[] words = part.strip().toLowerCase(Locale.ROOT).split("\\s+");
            boolean desc = words.length > 1 && words[1].equals("desc");
            if (words.length > 2 || words.length > 1 && !List.of("asc", "desc").contains(words[1])) {
                throw CkanError.validation("sort", "opendata.ckan.sort", sort);
            }
            switch (words[0]) {
                case "score":
                    continue;
                case "metadata_modified":
                    return desc ? OpenQuery.Order.MODIFIED_DESC : OpenQuery.Order.MODIFIED_ASC;
                case "name", "title_string", "title":
                    return desc ? OpenQuery.Order.NAME_DESC : OpenQuery.Order.NAME_ASC;
                default:
                    throw CkanError.validation("sort", "opendata.ckan.sort", sort);
            }
        }
        return OpenQuery.Order.MODIFIED_DESC;
    }

    /** What an {@code fq} asks for; {@code nothing} when it names a format no open entry can have. */
    private static final class Filters {
        String organization;
        String tag;
        String group;
        String region;
        Boolean dataset;
        Instant since;
        boolean nothing;
    }

    private static Filters filters(String fq) {
        Filters f = new Filters();
        if (fq == null) {
            return f;
        }
        Matcher m = TERM.matcher(fq);
        int end = 0;
        while (m.find()) {
            if (!fq.substring(end, m.start()).isBlank()) {
                throw CkanError.validation("fq", "opendata.ckan.fq", fq.substring(end, m.start()).strip());
            }
            end = m.end();
            String value = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
            switch (m.group(1)) {
                case "organization", "owner_org" -> f.organization = value;
                case "tags" -> f.tag = value;
                case "groups" -> f.group = value;
                case "region" -> f.region = value;
                case "res_format" -> {
                    String format = value.toUpperCase(Locale.ROOT);
                    f.dataset = format.equals("CSV") || format.equals("JSON") ? Boolean.TRUE
                            : format.equals("API") ? Boolean.FALSE : null;
                    f.nothing |= f.dataset == null;
                }
                case "metadata_modified" -> f.since = since(m.group(4), m.group(0));
                default -> throw CkanError.validation("fq", "opendata.ckan.fq", m.group(0));
            }
        }
        if (!fq.substring(end).isBlank()) {
            throw CkanError.validation("fq", "opendata.ckan.fq", fq.substring(end).strip());
        }
        if (f.region != null && !f.region.matches("[0-9]{2,12}")) {
            throw CkanError.validation("fq", "opendata.ckan.fq", "region:" + f.region);
        }
        return f;
    }

    /** The lower bound of a {@code [since TO *]} range: an ISO date, date-time or instant, or NOW-style *. */
    private static Instant since(String range, String term) {
        String[] bounds = range == null ? new String[0] : range.strip().split("\\s+TO\\s+");
        if (bounds.length != 2) {
            throw CkanError.validation("fq", "opendata.ckan.fq", term);
        }
        return bounds[0].equals("*") ? null : instant(bounds[0], "fq");
    }

    /** An ISO instant ({@code …Z}), a date-time taken as UTC (as CKAN writes them), or a date. */
    static Instant instant(String text, String field) {
        try {
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return java.time.OffsetDateTime.parse(text).toInstant();
            }
            if (text.contains("T")) {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            }
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw CkanError.validation(field, "opendata.ckan.invalid", field, text);
        }
    }
}
