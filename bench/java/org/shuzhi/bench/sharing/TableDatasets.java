package org.shuzhi.bench.sharing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.shuzhi.dataset.DatasetPage;
import org.shuzhi.dataset.DatasetQuery;
import org.shuzhi.dataset.Datasets;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's stand-in for the dataset module's rows (a test configuration: never scanned, named by the
 * benchmark alone, and primary over the real module there): the rows of the demo entry
 * {@code 320509-scjg-0001} in a real table {@code bench.entities}, read with the row scope as an indexable range
 * predicate, the key as an equality, and the total in the same statement — what {@link #SQL} says is also what the
 * plain-JDBC baseline runs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TableDatasets {

    static final String ENTRY = "320509-scjg-0001";
    static final List<String> COLUMNS = List.of("uscc", "entity_name", "legal_rep", "domicile");

    /** The query for one key, with the scope predicate and the count. */
    static String sql(String scopePredicate, List<String> columns, boolean byKey) {
        return "select " + String.join(", ", columns) + ", count(*) over () as total_rows from bench.entities where "
                + scopePredicate + (byKey ? " and uscc = :uscc" : "") + " order by uscc limit :limit offset :offset";
    }

    @Bean
    @Primary
    Datasets benchDatasets(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        return (entryCode, query, rowScope) -> read(jdbc, entryCode, query, rowScope);
    }

    private static Optional<DatasetPage> read(JdbcClient jdbc, String entryCode, DatasetQuery query, DataScope rowScope) {
        if (!ENTRY.equals(entryCode)) {
            return Optional.empty();
        }
        List<String> columns = query.columns().isEmpty() ? COLUMNS : query.columns();
        if (!COLUMNS.containsAll(columns) || !COLUMNS.containsAll(query.equals().keySet())) {
            throw new IllegalArgumentException("unknown column");
        }
        ScopedSql where = ScopedSql.where(rowScope, "region");
        String uscc = query.equals().get("uscc");
        long[] total = {0};
        List<Map<String, Object>> rows = new ArrayList<>();
        var spec = jdbc.sql(sql(where.sql(), columns, uscc != null)).params(where.parameters())
                .param("limit", query.limit()).param("offset", query.offset());
        if (uscc != null) {
            spec = spec.param("uscc", uscc);
        }
        spec.query(rs -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String c : columns) {
                row.put(c, rs.getString(c));
            }
            total[0] = rs.getLong("total_rows");
            rows.add(row);
        });
        return Optional.of(new DatasetPage(columns, rows, total[0]));
    }
}
