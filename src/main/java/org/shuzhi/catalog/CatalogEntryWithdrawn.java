package org.shuzhi.catalog;

import java.time.Instant;

/** A catalog entry was withdrawn 撤销: grants to it lapse and consumers no longer find it. */
public record CatalogEntryWithdrawn(long entryId, String code, String regionCode, String reason, Instant at) {
}
