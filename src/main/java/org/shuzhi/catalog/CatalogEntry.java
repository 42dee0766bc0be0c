package org.shuzhi.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.shuzhi.privacy.DataGrade;

/**
 * A catalog entry 目录 as a caller sees it: the working copy for the provider's side, the published version for
 * everybody else.
 *
 * @param version          the version shown
 * @param publishedVersion the version consumers see, {@code null} before the first publication
 * @param grade            the entry's grade: the strictest of its items (就高从严)
 * @param resource         the attached dataset or API, {@code null} before 挂接
 * @param related          codes of related entries
 * @param origin           the Shuzhi node the entry was catalogued on when it came from another node by catalog sync
 *                         (上报 from below, 回流 from above) — read-only here; {@code null} for this node's own entries
 */
public record CatalogEntry(long id, String code, int version, Integer publishedVersion, EntryState state,
        Classification classification, String name, String summary, ResourceFormat format, UpdateCycle updateCycle,
        String regionCode, String providerDepartment, DataGrade grade, Sharing sharing, OpenType openType,
        AttachedResource resource, List<String> related, LocalDate publishedOn, List<InformationItem> items,
        Instant modifiedAt, int rowVersion, String origin) {

    public CatalogEntry {
        related = related == null ? List.of() : List.copyOf(related);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Whether the entry was received from another node, and so is maintained there, not here. */
    public boolean received() {
        return origin != null;
    }
}
