package org.shuzhi.catalog.internal;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.OpenCatalog;
import org.shuzhi.catalog.OpenEntries;
import org.shuzhi.catalog.OpenEntry;
import org.shuzhi.catalog.OpenQuery;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.shuzhi.platform.Unscoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open catalog: current published versions whose open type <em>as published</em> is OPEN, not withdrawn. What
 * an unpublished revision says (another open type, other words) never counts, so free text is matched against the
 * published snapshot rather than the working copy's word index — the open catalog is small enough for that.
 */
@Component
@Unscoped("public open data 政务数据开放: published OPEN entries are open to everyone, no caller scope applies; "
        + "the SQL admits nothing else")
class OpenCatalogReads implements OpenCatalog {

    private static final String OPEN = """
            from catalog.entry e
            join catalog.entry_version v on v.entry_id = e.id and v.version = e.published_version
            where e.state <> 'WITHDRAWN' and v.snapshot ->> 'openType' = 'OPEN'""";

    private static final Map<String, String> FACETS = facets();

    private static final Map<OpenQuery.Order, String> ORDERS = Map.of(
            OpenQuery.Order.MODIFIED_DESC, "v.published_at desc, e.id desc",
            OpenQuery.Order.MODIFIED_ASC, "v.published_at, e.id",
            OpenQuery.Order.NAME_ASC, "v.snapshot ->> 'name', e.id",
            OpenQuery.Order.NAME_DESC, "v.snapshot ->> 'name' desc, e.id desc");

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    OpenCatalogReads(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public OpenEntries search(OpenQuery query) {
        StringBuilder where = new StringBuilder(OPEN);
        Map<String, Object> parameters = new HashMap<>();
        filter(query, where, parameters);
        List<OpenEntry> entries = query.limit() == 0 ? List.of() : jdbc.sql(select() + where + " order by "
                + ORDERS.get(query.order()) + " limit :limit offset :offset").params(parameters)
                .param("limit", query.limit()).param("offset", query.offset())
                .query((rs, n) -> new OpenEntry(read(rs.getString("snapshot")), rs.getTimestamp("issued").toInstant(),
                        rs.getTimestamp("modified").toInstant())).list();
        long total = jdbc.sql("select count(*) " + where).params(parameters).query(Long.class).single();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        FACETS.forEach((facet, sql) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            jdbc.sql(sql.formatted(where)).params(parameters)
                    .query((rs, n) -> counts.put(rs.getString("k"), rs.getLong("n"))).list();
            facets.put(facet, counts);
        });
        return new OpenEntries(entries, total, facets);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OpenEntry> entry(String codeOrId) {
        if (codeOrId == null || codeOrId.isBlank()) {
            return Optional.empty();
        }
        long id = codeOrId.matches("[0-9]{1,18}") ? Long.parseLong(codeOrId) : -1;
        return jdbc.sql(select() + OPEN + " and (e.code = :code or e.id = :id)").param("code", codeOrId)
                .param("id", id).query((rs, n) -> new OpenEntry(read(rs.getString("snapshot")),
                        rs.getTimestamp("issued").toInstant(), rs.getTimestamp("modified").toInstant()))
                .optional();
    }

    private static String select() {
        return """
                select v.snapshot::text as snapshot, v.published_at as modified,
                       (select min(f.published_at) from catalog.entry_version f where f.entry_id = e.id) as issued
                """;
    }

    private static void filter(OpenQuery query, StringBuilder where, Map<String, Object> parameters) {
        List<String> words = query.q() == null ? List.of() : List.copyOf(ChineseWords.of(query.q()));
        for (int i = 0; i < words.size(); i++) {
            where.append(" and strpos(lower(concat_ws(' ', e.code, v.snapshot ->> 'name', v.snapshot ->> 'summary', "
                    + "jsonb_path_query_array(v.snapshot, '$.items[*].name')::text)), :word_" + i + ") > 0");
            parameters.put("word_" + i, words.get(i));
        }
        if (query.region() != null && !query.region().isBlank()) {
            if (!query.region().matches("[0-9]{2,12}")) {
                throw ApiProblem.badRequest("catalog.query.region", query.region());
            }
            ScopedSql region = ScopedSql.where(DataScope.of(query.region()), "e.region_code");
            where.append(" and ").append(region.sql());
            parameters.putAll(region.parameters());
        }
        equal(where, parameters, "e.provider_department", "provider", query.provider());
        equal(where, parameters, "v.snapshot #>> '{classification,classCode}'", "theme", query.theme());
        if (query.tag() != null && !query.tag().isBlank()) {
            where.append(" and v.snapshot -> 'items' @> jsonb_build_array(jsonb_build_object('name', cast(:tag as text)))");
            parameters.put("tag", query.tag());
        }
        if (query.dataset() != null) {
            where.append(query.dataset() ? " and v.snapshot #>> '{resource,kind}' = 'DATASET'"
                    : " and v.snapshot #>> '{resource,kind}' is distinct from 'DATASET'");
        }
        if (query.modifiedSince() != null) {
            where.append(" and v.published_at >= :since");
            parameters.put("since", Timestamp.from(query.modifiedSince()));
        }
    }

    private static void equal(StringBuilder where, Map<String, Object> parameters, String expression, String name,
            String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(expression).append(" = :").append(name);
            parameters.put(name, value);
        }
    }

    private static Map<String, String> facets() {
        String grouped = "select %s as k, count(*) as n %%s group by 1 order by n desc, k";
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("provider", grouped.formatted("e.provider_department"));
        facets.put("region", grouped.formatted("e.region_code"));
        facets.put("theme", grouped.formatted("v.snapshot #>> '{classification,classCode}'"));
        facets.put("resource", grouped.formatted("coalesce(v.snapshot #>> '{resource,kind}', 'NONE')"));
        facets.put("tag", """
                select x.k, count(*) as n from (select v.snapshot -> 'items' as items %s) m
                cross join lateral (select distinct i ->> 'name' as k from jsonb_array_elements(m.items) i) x
                group by 1 order by n desc, 1 limit 100""");
        return java.util.Collections.unmodifiableMap(facets);
    }

    private CatalogEntry read(String snapshot) {
        try {
            return json.readValue(snapshot, CatalogEntry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a published catalog snapshot that cannot be read", e);
        }
    }
}
