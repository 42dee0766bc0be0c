package org.shuzhi.catalog;

import java.time.Instant;

/**
 * One entry of the open catalog: its current published version, when it was first published ({@code issued}) and
 * when that version was published ({@code modified}).
 */
public record OpenEntry(CatalogEntry entry, Instant issued, Instant modified) {
}
