package org.shuzhi.dataset.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import org.shuzhi.catalog.InformationItem;
import org.shuzhi.privacy.FieldType;

/**
 * Checks every row against the entry's information items — data type, required, the field type's validator
 * (resident ID, USCC, mobile, bank card: {@link FieldType#accepts}) and the row's region — and passes the rows
 * that pass on, normalised, with their region. Counts completeness and validity per column and keeps the first
 * errors for the report.
 */
final class RowChecker implements RowSink {

    /** The column whose value is a row's region, when an entry has one; else rows belong to the provider's region. */
    static final String REGION_COLUMN = "region_code";
    static final int KEPT_ERRORS = 100;
    private static final java.util.regex.Pattern REGION_CODE = java.util.regex.Pattern.compile("[0-9]{2,12}");

    private final List<InformationItem> items;
    private final Map<String, Integer> byHeader = new HashMap<>();
    private final String entryRegion;
    private final int regionItem;
    private final BiConsumer<Long, String[]> accepted;
    private final AtomicLong rowsRead;
    private final long[] nonEmpty;
    private final long[] valid;
    private final Set<Integer> headed = new LinkedHashSet<>();
    private final Set<String> ignored = new LinkedHashSet<>();
    private final Map<String, Long> errorsByColumn = new LinkedHashMap<>();
    private final List<LoadReport.RowError> errors = new ArrayList<>();
    private long errorCount;

    /**
     * @param accepted receives each row that passed: its line and the normalised values by item, then the region
     */
    RowChecker(List<InformationItem> items, String entryRegion, BiConsumer<Long, String[]> accepted,
            AtomicLong rowsRead) {
        this.items = items;
        this.entryRegion = entryRegion;
        this.accepted = accepted;
        this.rowsRead = rowsRead;
        this.nonEmpty = new long[items.size()];
        this.valid = new long[items.size()];
        int region = -1;
        for (int i = 0; i < items.size(); i++) {
            InformationItem item = items.get(i);
            byHeader.put(item.column().toLowerCase(Locale.ROOT), i);
            byHeader.putIfAbsent(item.name(), i);
            if (item.column().equals(REGION_COLUMN)) {
                region = i;
            }
        }
        this.regionItem = region;
    }

    @Override
    public int column(String header) {
        String name = header.startsWith("\uFEFF") ? header.substring(1) : header;
        Integer index = byHeader.get(name);
        if (index == null) {
            index = byHeader.get(name.toLowerCase(Locale.ROOT));
        }
        if (index == null) {
            ignored.add(name);
            return -1;
        }
        headed.add(index);
        return index;
    }

    @Override
    public void headerRead() {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).required() && !headed.contains(i)) {
                error(1L, items.get(i).column(), "MISSING_COLUMN", items.get(i).name());
            }
        }
    }

    @Override
    public void row(long line, String[] values) {
        rowsRead.incrementAndGet();
        String[] out = new String[items.size() + 1];
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            InformationItem item = items.get(i);
            String value = i < values.length && values[i] != null ? values[i].strip() : null;
            if (value == null || value.isEmpty()) {
                if (item.required() || item.key()) {
                    ok = error(line, item.column(), "REQUIRED", item.name());
                }
                continue;
            }
            nonEmpty[i]++;
            String normal = ValueTypes.normalise(item.dataType(), canonical(item.fieldType(), value));
            if (normal == null) {
                ok = error(line, item.column(), "TYPE", item.dataType().name());
                continue;
            }
            if (!item.fieldType().accepts(normal)) {
                ok = error(line, item.column(), "INVALID", item.fieldType().name());
                continue;
            }
            if (i == regionItem && !(REGION_CODE.matcher(normal).matches() && normal.startsWith(entryRegion))) {
                ok = error(line, item.column(), "REGION", entryRegion);
                continue;
            }
            valid[i]++;
            out[i] = normal;
        }
        out[items.size()] = regionItem >= 0 && out[regionItem] != null ? out[regionItem] : entryRegion;
        if (ok) {
            accepted.accept(line, out);
        }
    }

    /** Identifiers are compared in upper case: a resident ID's check character x is X. */
    private static String canonical(FieldType type, String value) {
        return type == FieldType.RESIDENT_ID || type == FieldType.SOCIAL_CREDIT_CODE
                ? value.toUpperCase(Locale.ROOT) : value;
    }

    /** Records an error found outside the rows (duplicate keys, an unreadable file). Returns false, for chaining. */
    boolean error(Long line, String column, String problem, String detail) {
        errorCount++;
        errorsByColumn.merge(column == null ? "" : column, 1L, Long::sum);
        if (errors.size() < KEPT_ERRORS) {
            errors.add(new LoadReport.RowError(line, column, problem, detail));
        }
        return false;
    }

    boolean failed() {
        return errorCount > 0;
    }

    /** The report so far, with the duplicate counts found in the staged rows. */
    LoadReport report(long duplicateKeys, long duplicateRows) {
        long rows = rowsRead.get();
        List<LoadReport.ColumnQuality> columns = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            InformationItem item = items.get(i);
            columns.add(new LoadReport.ColumnQuality(item.column(), item.name(), nonEmpty[i], share(nonEmpty[i], rows),
                    valid[i], share(valid[i], nonEmpty[i])));
        }
        return new LoadReport(rows, 0, 0, columns, duplicateKeys, duplicateRows, errorCount,
                new LinkedHashMap<>(errorsByColumn), List.copyOf(errors), List.copyOf(ignored));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 1.0 : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}
