package org.shuzhi.dataset.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import org.shuzhi.catalog.InformationItem;
import org.shuzhi.catalog.ItemDataType;
import org.shuzhi.dataset.DatasetPage;
import org.shuzhi.dataset.DatasetQuery;
import org.shuzhi.dataset.Datasets;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@link Datasets}: pages of a dataset's rows. Column names come only from the items the table was built from —
 * anything else asked for is a 400 — and every value is bound. Rows are confined by {@code _region} with
 * {@link ScopedSql}: rows belong to regions, not departments, so a scope narrowed to departments sees no rows (as
 * for every table without a department column); callers pass the region scope the rows are for.
 */
@Service
class DatasetQueries implements Datasets {

    static final int MAX_LIMIT = 1000;

    private final DatasetRegistry registry;
    private final JdbcClient jdbc;

    DatasetQueries(DatasetRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DatasetPage> query(String entryCode, DatasetQuery query, DataScope rowScope) {
        return registry.byCode(entryCode).map(dataset -> page(dataset, query, rowScope));
    }

    @Override
    public Set<String> loaded(Collection<String> entryCodes, DataScope scope) {
        return registry.loaded(entryCodes, scope);
    }

    /** One page of {@code dataset}'s rows inside {@code rowScope}. */
    DatasetPage page(DatasetRegistry.Registered dataset, DatasetQuery query, DataScope rowScope) {
        if (!dataset.table().matches("ds_[0-9]+")) {
            throw new IllegalStateException("not a dataset table: " + dataset.table());
        }
        Map<String, InformationItem> items = new LinkedHashMap<>();
        dataset.items().forEach(i -> items.put(i.column(), i));
        List<InformationItem> selected = query.columns().isEmpty() ? dataset.items()
                : query.columns().stream().map(c -> item(items, c)).toList();
        ScopedSql scope = ScopedSql.where(rowScope, "_region");
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        StringBuilder where = new StringBuilder(scope.sql());
        int n = 0;
        for (Map.Entry<String, String> filter : query.equals().entrySet()) {
            InformationItem item = item(items, filter.getKey());
            Object value = ValueTypes.parameter(item.dataType(), filter.getValue());
            if (value == null) {
                throw ApiProblem.badRequest("dataset.query.value", filter.getKey(), item.dataType());
            }
            where.append(" and ").append(DatasetTables.quote(item.column())).append(" = :eq").append(n);
            parameters.put("eq" + n++, value);
        }
        if (query.q() != null && !query.q().isBlank()) {
            StringJoiner any = new StringJoiner(" or ", " and (", ")");
            items.values().stream().filter(i -> i.dataType() == ItemDataType.TEXT)
                    .forEach(i -> any.add(DatasetTables.quote(i.column()) + " ilike :q escape '\\'"));
            where.append(any.length() == " and ()".length() ? " and false" : any.toString());
            parameters.put("q", "%" + query.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
        }
        String from = " from dataset." + dataset.table() + " where " + where;
        List<String> columns = selected.stream().map(InformationItem::column).toList();
        String select = columns.isEmpty() ? "_row" : String.join(", ", columns.stream().map(DatasetTables::quote).toList());
        // filtered reads (a key, a column value) are small: their total comes with the rows in one statement; a
        // window count over a whole table would sort all of it, so unfiltered pages count apart
        boolean filtered = !query.equals().isEmpty();
        long offset = Math.max(0, query.offset());
        long[] total = {-1};
        List<Map<String, Object>> rows = jdbc.sql("select " + select + (filtered ? ", count(*) over () as _total" : "")
                + from + " order by " + order(items, query.sort()) + " limit :limit offset :offset").params(parameters)
                .param("limit", Math.max(1, Math.min(query.limit(), MAX_LIMIT))).param("offset", offset)
                .query((rs, i) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (InformationItem item : selected) {
                        row.put(item.column(), ValueTypes.read(item.dataType(), rs, item.column()));
                    }
                    if (filtered) {
                        total[0] = rs.getLong("_total");
                    }
                    return row;
                }).list();
        if (total[0] < 0 && (!filtered || offset > 0)) {
            total[0] = jdbc.sql("select count(*)" + from).params(parameters).query(Long.class).single();
        }
        return new DatasetPage(columns, new ArrayList<>(rows), Math.max(0, total[0]));
    }

    private static String order(Map<String, InformationItem> items, String sort) {
        if (sort == null || sort.isBlank()) {
            return "_row";
        }
        String[] parts = sort.strip().split("\\s+");
        if (parts.length > 2 || (parts.length == 2 && !List.of("asc", "desc").contains(parts[1].toLowerCase(Locale.ROOT)))) {
            throw ApiProblem.badRequest("dataset.query.sort", sort);
        }
        String direction = parts.length == 2 && parts[1].equalsIgnoreCase("desc") ? " desc" : "";
        return DatasetTables.quote(item(items, parts[0]).column()) + direction + ", _row";
    }

    private static InformationItem item(Map<String, InformationItem> items, String column) {
        InformationItem item = items.get(column);
        if (item == null) {
            throw ApiProblem.badRequest("dataset.query.column", column);
        }
        return item;
    }
}
