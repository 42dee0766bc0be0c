package org.shuzhi.opendata.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.InformationItem;
import org.shuzhi.catalog.ItemDataType;
import org.shuzhi.dataset.DatasetPage;
import org.shuzhi.dataset.DatasetQuery;
import org.shuzhi.dataset.Datasets;
import org.shuzhi.platform.DataScope;
import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.Masking;
import org.shuzhi.privacy.MaskingRule;
import org.shuzhi.privacy.PersonalInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The rows of an open entry as the public may see them — the one place every public channel (pages, downloads,
 * CKAN datastore) reads rows through, so that the rule cannot differ between them:
 * <ul>
 * <li>an item holding <em>sensitive</em> personal information (ID numbers, bank cards, free text …) is left out: no
 * masking rule makes it fit for the whole world, and a masked ID still narrows a person down;</li>
 * <li>an item holding <em>general</em> personal information (a name, an address, a mobile number) is masked by its
 * own rule, else the deployment's rule for its field type — and never shown in clear, even where that rule says
 * {@code none};</li>
 * <li>other text has the identifiers recognised in it masked, in case someone typed one into a plain field;</li>
 * <li>personal columns cannot be filtered or sorted by, and entries with any personal item cannot be searched in
 * free text: each would let anyone test a guessed value against the clear one.</li>
 * </ul>
 * Rows are confined to the entry's own region: the open entry is the region's publication, not the platform's.
 */
@Component
class PublicRows {

    /** Rows per read while streaming a download. */
    static final int BATCH = 1000;

    private static final Pattern SORT = Pattern.compile("([a-z][a-z0-9_]{0,62})(?:\\s+(asc|desc))?",
            Pattern.CASE_INSENSITIVE);

    /** How an item appears on the public portal. */
    enum Disclosure {
        CLEAR, MASKED, OMITTED
    }

    /** What to read: equality filters, free text, the columns (empty for all public ones), a sort, a window. */
    record Request(Map<String, String> filters, String q, List<String> fields, String sort, long offset, int limit) {

        static Request window(long offset, int limit) {
            return new Request(Map.of(), null, List.of(), null, offset, limit);
        }
    }

    private final ObjectProvider<Datasets> datasets;
    private final Masking masking;
    /** The key of the {@code hash} rule here: unknown to the public, so hashes cannot be recomputed from guesses. */
    private final byte[] hashKey = new byte[32];

    PublicRows(ObjectProvider<Datasets> datasets, Masking masking) {
        this.datasets = datasets;
        this.masking = masking;
        new SecureRandom().nextBytes(hashKey);
    }

    static Disclosure disclosure(InformationItem item) {
        return switch (item.personalInfo()) {
            case SENSITIVE -> Disclosure.OMITTED;
            case GENERAL -> Disclosure.MASKED;
            case NONE -> Disclosure.CLEAR;
        };
    }

    /** The items the public sees, in order: every one but those left out. */
    static List<InformationItem> columns(CatalogEntry entry) {
        return entry.items().stream().filter(i -> disclosure(i) != Disclosure.OMITTED).toList();
    }

    /**
     * The codes of those entries that have a dataset whose rows can be read — one lookup for all of them, asked in
     * their own regions (where each entry's dataset belongs), so that a page of entries costs one question.
     */
    Set<String> available(Collection<CatalogEntry> entries) {
        Datasets rows = datasets.getIfAvailable();
        List<CatalogEntry> withDataset = entries.stream().filter(PublicRows::hasDataset).toList();
        if (rows == null || withDataset.isEmpty()) {
            return Set.of();
        }
        Set<String> regions = withDataset.stream().map(CatalogEntry::regionCode).collect(Collectors.toSet());
        return rows.loaded(withDataset.stream().map(CatalogEntry::code).toList(), new DataScope(regions, Set.of()));
    }

    /** One page of public rows, masked; empty when the entry has no dataset loaded. */
    Optional<DatasetPage> page(CatalogEntry entry, Request request) {
        Map<String, InformationItem> visible = new LinkedHashMap<>();
        columns(entry).forEach(i -> visible.put(i.column(), i));
        List<String> fields = request.fields().isEmpty() ? List.copyOf(visible.keySet()) : request.fields();
        fields.forEach(f -> column(visible, f, false));
        request.filters().keySet().forEach(f -> column(visible, f, true));
        String sort = sort(visible, request.sort());
        if (request.q() != null && !request.q().isBlank()
                && entry.items().stream().anyMatch(i -> i.personalInfo() != PersonalInfo.NONE)) {
            throw new RowsRefused("opendata.rows.q-personal");
        }
        DatasetQuery query = new DatasetQuery(request.filters(), blankToNull(request.q()), fields, sort,
                request.offset(), Math.max(1, Math.min(request.limit(), BATCH)));
        return read(entry, query).map(page -> {
            List<Map<String, Object>> rows = new ArrayList<>(page.rows().size());
            for (Map<String, Object> row : page.rows()) {
                Map<String, Object> shown = new LinkedHashMap<>();
                // only the asked-for public columns, whatever else the dataset hands back
                fields.forEach(f -> shown.put(f, show(visible.get(f), row.get(f))));
                rows.add(shown);
            }
            return new DatasetPage(fields, rows, page.total());
        });
    }

    /** Every public row of the entry, batch by batch, in load order; nothing when it has no dataset. */
    void forEach(CatalogEntry entry, Consumer<Map<String, Object>> consumer) {
        long offset = 0;
        while (true) {
            Optional<DatasetPage> page = page(entry, Request.window(offset, BATCH));
            if (page.isEmpty()) {
                return;
            }
            page.get().rows().forEach(consumer);
            offset += page.get().rows().size();
            if (page.get().rows().size() < BATCH || offset >= page.get().total()) {
                return;
            }
        }
    }

    private Optional<DatasetPage> read(CatalogEntry entry, DatasetQuery query) {
        Datasets rows = datasets.getIfAvailable();
        if (rows == null || !hasDataset(entry)) {
            return Optional.empty();
        }
        return rows.query(entry.code(), query, DataScope.of(entry.regionCode()));
    }

    private static boolean hasDataset(CatalogEntry entry) {
        return entry.resource() != null && "DATASET".equals(entry.resource().kind());
    }

    private Object show(InformationItem item, Object value) {
        if (value == null) {
            return null;
        }
        if (item.personalInfo() != PersonalInfo.NONE) {
            return rule(item).apply(String.valueOf(value));
        }
        return value instanceof String text && item.dataType() == ItemDataType.TEXT ? masking.maskText(text) : value;
    }

    private MaskingRule rule(InformationItem item) {
        MaskingRule rule;
        try {
            rule = item.maskingRule() == null ? masking.rule(item.fieldType())
                    : MaskingRule.parse(item.maskingRule(), hashKey, masking::maskText);
        } catch (IllegalArgumentException e) {
            rule = masking.rule(item.fieldType());
        }
        if (rule instanceof MaskingRule.Reveal) {
            // personal but configured to show in clear: fine inside the government, not for the world
            rule = item.fieldType() == FieldType.PLAIN || masking.rule(item.fieldType()) instanceof MaskingRule.Reveal
                    ? new MaskingRule.Nullify() : masking.rule(item.fieldType());
        }
        return rule;
    }

    private static InformationItem column(Map<String, InformationItem> visible, String name, boolean filtering) {
        InformationItem item = visible.get(name);
        if (item == null) {
            throw new RowsRefused("opendata.rows.unknown-field", name);
        }
        if (filtering && item.personalInfo() != PersonalInfo.NONE) {
            throw new RowsRefused("opendata.rows.personal-field", name);
        }
        return item;
    }

    private static String sort(Map<String, InformationItem> visible, String sort) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        Matcher m = SORT.matcher(sort.strip());
        if (!m.matches()) {
            throw new RowsRefused("opendata.rows.sort", sort);
        }
        column(visible, m.group(1), true);
        return "desc".equalsIgnoreCase(m.group(2)) ? m.group(1) + " desc" : m.group(1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
