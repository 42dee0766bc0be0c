package org.shuzhi.catalog;

import java.util.List;

/**
 * What a provider writes when cataloguing (编目) or editing an entry. The grade is not written: it follows from the
 * items. Region and department must lie inside the writer's scope.
 */
public record EntryDraft(String code, Classification classification, String name, String summary,
        ResourceFormat format, UpdateCycle updateCycle, String regionCode, String providerDepartment, Sharing sharing,
        OpenType openType, List<String> related, List<InformationItem> items) {

    public EntryDraft {
        related = related == null ? List.of() : List.copyOf(related);
        items = items == null ? List.of() : List.copyOf(items);
    }
}
