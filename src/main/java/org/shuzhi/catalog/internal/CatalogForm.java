package org.shuzhi.catalog.internal;

import java.util.ArrayList;
import java.util.List;

import org.shuzhi.catalog.Classification;
import org.shuzhi.catalog.EntryDraft;
import org.shuzhi.catalog.InformationItem;
import org.shuzhi.catalog.ItemDataType;
import org.shuzhi.catalog.OpenType;
import org.shuzhi.catalog.ResourceFormat;
import org.shuzhi.catalog.Sharing;
import org.shuzhi.catalog.SharingType;
import org.shuzhi.catalog.UpdateCycle;
import org.shuzhi.privacy.FieldType;

/**
 * The cataloguing form as the browser posts it: the entry's fields, and the information items as parallel lists
 * (one element per row; rows without a name are blank rows and ignored). Unknown choices become {@code null} so
 * that the validator names the field.
 */
public record CatalogForm(String code, String classCode, String itemCode, String categoryCode, String name, String summary,
        String format, String updateCycle, String providerDepartment, String sharingType, String condition,
        String method, String legalBasis, String openType, List<String> itemName, List<String> itemColumn,
        List<String> itemType, List<String> itemFieldType, List<String> itemRequired, List<String> itemKey) {

    /** Blank rows shown under the filled ones for new items. */
    static final int BLANK_ROWS = 3;

    static CatalogForm empty() {
        return new CatalogForm(null, "03", null, null, null, null, "DATABASE", "DAILY", null, "CONDITIONAL", null,
                "API", null, "NOT_OPEN", List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    EntryDraft draft() {
        List<InformationItem> items = new ArrayList<>();
        for (int i = 0; i < size(itemName); i++) {
            String itemNameValue = at(itemName, i);
            if (itemNameValue == null) {
                continue;
            }
            items.add(new InformationItem(itemNameValue, at(itemColumn, i), value(ItemDataType.class, at(itemType, i)),
                    value(FieldType.class, at(itemFieldType, i)), null, null, null, "true".equals(at(itemRequired, i)),
                    "true".equals(at(itemKey, i))));
        }
        return new EntryDraft(blank(code), new Classification(blank(classCode), blank(itemCode), blank(categoryCode),
                null), name, summary, value(ResourceFormat.class, format), value(UpdateCycle.class, updateCycle), null,
                blank(providerDepartment), new Sharing(value(SharingType.class, sharingType), blank(condition),
                        blank(method), blank(legalBasis)), value(OpenType.class, openType), List.of(), items);
    }

    /** The rows to show: the filled ones, then {@link #BLANK_ROWS} blank ones. */
    public int rows() {
        return size(itemName) + BLANK_ROWS;
    }

    public String cell(List<String> column, int row) {
        return at(column, row);
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() ? null : blank(list.get(i));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
