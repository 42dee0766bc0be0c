package org.shuzhi.catalog.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuzhi.catalog.CatalogHit;
import org.shuzhi.catalog.CatalogPage;
import org.shuzhi.catalog.CatalogQuery;
import org.shuzhi.catalog.EntryState;
import org.shuzhi.catalog.OpenType;
import org.shuzhi.catalog.SharingType;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.shuzhi.privacy.DataGrade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Catalog search 目录检索: what the caller may see — working copies inside their scope, published versions of the
 * entries {@link PublishedVisibility} lets them see — matched by Chinese words (the GIN index over the smartcn
 * words) and filters, newest change first, with the facet counts over all matches.
 */
@Component
class CatalogSearch {

    private static final Map<String, String> FACETS = Map.of("provider", "e.provider_department", "grade", "e.grade",
            "sharingType", "e.sharing_type", "region", "e.region_code");

    private final JdbcClient jdbc;

    CatalogSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    CatalogPage search(CatalogQuery query, DataScope scope) {
        ScopedSql own = ScopedSql.where(scope, "e.region_code", "e.provider_department");
        ScopedSql published = PublishedVisibility.where(scope, "e.region_code");
        Map<String, Object> parameters = new HashMap<>(own.parameters());
        parameters.putAll(published.parameters());
        StringBuilder where = new StringBuilder("(%s or (e.published_version is not null and e.state <> 'WITHDRAWN' and %s))"
                .formatted(own.sql(), published.sql()));
        filter(query, where, parameters);
        String ownExpression = "(" + own.sql() + ")";
        List<CatalogHit> hits = jdbc.sql("""
                select e.id, e.code, e.provider_department, e.region_code, e.modified_at, e.origin_node,
                       (%1$s and e.origin_node is null) as own,
                       case when %1$s then e.name else v.snapshot ->> 'name' end as name,
                       case when %1$s then e.abstract else v.snapshot ->> 'summary' end as summary,
                       case when %1$s then e.grade else v.snapshot ->> 'grade' end as grade,
                       case when %1$s then e.sharing_type else v.snapshot #>> '{sharing,type}' end as sharing_type,
                       case when %1$s then e.open_type else v.snapshot ->> 'openType' end as open_type,
                       case when %1$s then e.state else 'PUBLISHED' end as state,
                       case when %1$s then e.version else e.published_version end as version
                from catalog.entry e
                left join catalog.entry_version v on v.entry_id = e.id and v.version = e.published_version
                where %2$s order by e.modified_at desc, e.id desc limit :limit offset :offset"""
                .formatted(ownExpression, where)).params(parameters).param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, n) -> new CatalogHit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("summary"), rs.getString("provider_department"), rs.getString("region_code"),
                        DataGrade.valueOf(rs.getString("grade")), SharingType.valueOf(rs.getString("sharing_type")),
                        OpenType.valueOf(rs.getString("open_type")), EntryState.valueOf(rs.getString("state")),
                        rs.getInt("version"), rs.getBoolean("own"), rs.getTimestamp("modified_at").toInstant(),
                        rs.getString("origin_node")))
                .list();
        long total = jdbc.sql("select count(*) from catalog.entry e where " + where).params(parameters)
                .query(Long.class).single();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : List.of("provider", "grade", "sharingType", "region")) {
            Map<String, Long> counts = new LinkedHashMap<>();
            jdbc.sql("select %1$s as k, count(*) as n from catalog.entry e where %2$s group by %1$s order by n desc, k"
                    .formatted(FACETS.get(facet), where)).params(parameters)
                    .query((rs, n) -> counts.put(rs.getString("k"), rs.getLong("n"))).list();
            facets.put(facet, counts);
        }
        return new CatalogPage(hits, total, query.page(), query.size(), facets);
    }

    private static void filter(CatalogQuery query, StringBuilder where, Map<String, Object> parameters) {
        if (query.q() != null && !query.q().isBlank()) {
            String words = ChineseWords.query(query.q());
            if (words.isEmpty()) {
                where.append(" and false");
            } else {
                where.append(" and e.search_words @@ to_tsquery('simple', :words)");
                parameters.put("words", words);
            }
        }
        equal(where, parameters, "e.provider_department", "provider", query.provider());
        equal(where, parameters, "e.grade", "grade", upper(query.grade(), DataGrade.class));
        equal(where, parameters, "e.sharing_type", "sharing", upper(query.sharingType(), SharingType.class));
        equal(where, parameters, "e.state", "state", upper(query.state(), EntryState.class));
        if (query.region() != null && !query.region().isBlank()) {
            if (!query.region().matches("[0-9]{2,12}")) {
                throw ApiProblem.badRequest("catalog.query.region", query.region());
            }
            where.append(" and e.region_code collate \"C\" >= :region_low and e.region_code collate \"C\" < :region_high");
            parameters.put("region_low", query.region());
            String r = query.region();
            parameters.put("region_high", r.substring(0, r.length() - 1) + (char) (r.charAt(r.length() - 1) + 1));
        }
    }

    private static <E extends Enum<E>> String upper(String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("catalog.query.value", value);
        }
    }

    private static void equal(StringBuilder where, Map<String, Object> parameters, String column, String name,
            String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(column).append(" = :").append(name);
            parameters.put(name, value);
        }
    }
}
