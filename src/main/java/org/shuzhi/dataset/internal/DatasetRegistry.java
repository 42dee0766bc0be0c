package org.shuzhi.dataset.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.InformationItem;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.Invalidation;
import org.shuzhi.platform.ScopedSql;
import org.shuzhi.platform.Unscoped;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register of loaded datasets ({@code dataset.dataset}): which table holds an entry's rows, built from which
 * items. Consumers' lookups by entry code are remembered for {@code shuzhi.dataset.registry-cache} (5 s); a load
 * recorded on this instance is seen with its commit, on other instances within that time.
 */
@Repository
class DatasetRegistry {

    private static final TypeReference<List<InformationItem>> ITEMS = new TypeReference<>() {
    };
    private static final String SELECT = """
            select entry_id, entry_code, table_name, region_code, provider_department, items::text as items,
                   row_count, last_load_id, loaded_at
            from dataset.dataset""";

    /** A loaded dataset: its entry, its table, the items its columns were built from. */
    record Registered(long entryId, String entryCode, String table, String regionCode, String providerDepartment,
            List<InformationItem> items, long rowCount, Long lastLoadId, Instant loadedAt) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    /** Consumers' lookups by code, remembered for a few seconds: every sharing call asks. */
    private final Cache<String, Optional<Registered>> byCode;
    /** A lookup that overlapped a load does not keep its answer. */
    private final Invalidation invalidation;

    DatasetRegistry(JdbcClient jdbc, ObjectMapper json,
            @Value("${shuzhi.dataset.registry-cache:5s}") Duration registryCache) {
        this.jdbc = jdbc;
        this.json = json;
        this.byCode = Caffeine.newBuilder().expireAfterWrite(registryCache).maximumSize(10_000).build();
        this.invalidation = new Invalidation(byCode::invalidateAll);
    }

    /** The provider's side: the dataset of an entry inside {@code scope}. */
    Optional<Registered> find(long entryId, DataScope scope) {
        ScopedSql where = ScopedSql.where(scope, "region_code", "provider_department");
        return jdbc.sql(SELECT + " where entry_id = :entry and " + where.sql()).params(where.parameters())
                .param("entry", entryId).query(this::registered).optional();
    }

    /** Consumers: which table and columns an entry code has; the rows themselves are confined by the row scope. */
    @Unscoped("names a table and its columns only; Datasets.query confines the rows read from it by the caller's row scope")
    Optional<Registered> byCode(String entryCode) {
        Optional<Registered> known = byCode.getIfPresent(entryCode);
        if (known != null) {
            return known;
        }
        long before = invalidation.generation();
        Optional<Registered> found = jdbc.sql(SELECT + " where entry_code = :code").param("code", entryCode)
                .query(this::registered).optional();
        byCode.put(entryCode, found);
        if (!invalidation.unchangedSince(before)) {
            byCode.invalidate(entryCode);
        }
        return found;
    }

    /**
     * The codes among {@code entryCodes} whose entry has a dataset registered inside {@code scope}, in one statement
     * — the register as it is committed, not as remembered for {@link #byCode}.
     */
    Set<String> loaded(Collection<String> entryCodes, DataScope scope) {
        if (entryCodes.isEmpty() || scope.isEmpty()) {
            return Set.of();
        }
        ScopedSql where = ScopedSql.where(scope, "region_code", "provider_department");
        return Set.copyOf(jdbc.sql("select entry_code from dataset.dataset where entry_code in (:codes) and "
                + where.sql()).params(where.parameters()).param("codes", Set.copyOf(entryCodes))
                .query(String.class).list());
    }

    /** Records (or re-records) the entry's dataset after a load, inside the load's transaction. */
    void save(CatalogEntry entry, List<InformationItem> items, long rows, long loadId, Instant now, DataScope scope) {
        // on this instance the new table and items are seen with the commit; on others within the cache's seconds
        invalidation.changed();
        ScopedSql where = ScopedSql.where(scope, "v.region_code", "v.provider_department");
        jdbc.sql("""
                insert into dataset.dataset (entry_id, entry_code, table_name, region_code, provider_department,
                    items, row_count, last_load_id, loaded_at)
                select :entry, :code, :table, v.region_code, v.provider_department, cast(:items as jsonb), :rows,
                    :load, :now
                from (select cast(:region as text) as region_code, cast(:department as text) as provider_department) v
                where %s
                on conflict (entry_id) do update set items = excluded.items, row_count = excluded.row_count,
                    last_load_id = excluded.last_load_id, loaded_at = excluded.loaded_at""".formatted(where.sql()))
                .params(where.parameters()).param("entry", entry.id()).param("code", entry.code())
                .param("table", DatasetTables.tableName(entry.id())).param("region", entry.regionCode())
                .param("department", entry.providerDepartment()).param("items", write(items)).param("rows", rows)
                .param("load", loadId).param("now", Timestamp.from(now)).update();
    }

    Registered registered(ResultSet rs, int row) throws SQLException {
        try {
            return new Registered(rs.getLong("entry_id"), rs.getString("entry_code"), rs.getString("table_name"),
                    rs.getString("region_code"), rs.getString("provider_department"),
                    json.readValue(rs.getString("items"), ITEMS), rs.getLong("row_count"),
                    rs.getObject("last_load_id", Long.class), rs.getTimestamp("loaded_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable items of dataset " + rs.getString("entry_code"), e);
        }
    }

    private String write(List<InformationItem> items) {
        try {
            return json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
