package org.shuzhi.opendata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.shuzhi.dataset.DatasetPage;
import org.shuzhi.dataset.DatasetQuery;
import org.shuzhi.dataset.Datasets;
import org.shuzhi.platform.DataScope;

/**
 * {@link Datasets} in memory, as the contract says: rows per entry code, each of a region; the row scope confines
 * them; equality filters, free text over text values, columns, sort, offset and limit. Hands back every stored
 * column whatever was asked, as a careless implementation might — so the portal's own column choice is tested.
 * Counts the calls of each method, so that a test can tell how often the portal asks.
 */
class MemoryDatasets implements Datasets {

    record Row(String region, Map<String, Object> values) {
    }

    private final Map<String, List<Row>> rows = new ConcurrentHashMap<>();
    /** How often {@link #query} was called. */
    final AtomicInteger queries = new AtomicInteger();
    /** How often {@link #loaded} was called, and for how many codes in all. */
    final AtomicInteger lookups = new AtomicInteger();
    final AtomicInteger codesLookedUp = new AtomicInteger();

    void put(String entryCode, List<Row> entryRows) {
        rows.put(entryCode, List.copyOf(entryRows));
    }

    static Row row(String region, Object... keyValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new Row(region, values);
    }

    /**
     * The entries with rows here — whatever their rows' regions, since a stored entry stands for a dataset of the
     * entry's own region, which a scope covering the entries' regions covers.
     */
    @Override
    public Set<String> loaded(Collection<String> entryCodes, DataScope scope) {
        lookups.incrementAndGet();
        codesLookedUp.addAndGet(entryCodes.size());
        return scope.isEmpty() ? Set.of()
                : entryCodes.stream().filter(rows::containsKey).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<DatasetPage> query(String entryCode, DatasetQuery query, DataScope rowScope) {
        queries.incrementAndGet();
        List<Row> stored = rows.get(entryCode);
        if (stored == null) {
            return Optional.empty();
        }
        List<Map<String, Object>> matching = new ArrayList<>();
        for (Row row : stored) {
            boolean equal = query.equals().entrySet().stream()
                    .allMatch(e -> e.getValue().equals(String.valueOf(row.values().get(e.getKey()))));
            boolean text = query.q() == null || row.values().values().stream()
                    .anyMatch(v -> v instanceof String s && s.contains(query.q()));
            if (rowScope.covers(row.region()) && equal && text) {
                matching.add(row.values());
            }
        }
        if (query.sort() != null) {
            String column = query.sort().replace(" desc", "");
            Comparator<Map<String, Object>> order = Comparator.comparing(r -> String.valueOf(r.get(column)));
            matching.sort(query.sort().endsWith(" desc") ? order.reversed() : order);
        }
        List<Map<String, Object>> page = matching.stream().skip(query.offset()).limit(query.limit()).toList();
        List<String> columns = query.columns().isEmpty() && !stored.isEmpty()
                ? List.copyOf(stored.get(0).values().keySet()) : query.columns();
        return Optional.of(new DatasetPage(columns, page, matching.size()));
    }
}
