package org.shuzhi.catalog;

import java.time.Instant;

/** A version of a catalog entry was published 发布; sharing and open data pick it up from here. */
public record CatalogEntryPublished(long entryId, String code, int version, String regionCode,
        String providerDepartment, SharingType sharingType, OpenType openType, Instant at) {
}
