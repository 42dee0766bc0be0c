package org.shuzhi.catalog;

import java.time.Instant;

import org.shuzhi.privacy.DataGrade;

/**
 * One entry in a catalog search: the working copy for the provider's side ({@code own}), the published version for
 * everybody else. {@code own} is false for entries received by catalog sync, which are maintained on their
 * {@code origin} node.
 */
public record CatalogHit(long id, String code, String name, String summary, String providerDepartment,
        String regionCode, DataGrade grade, SharingType sharingType, OpenType openType, EntryState state, int version,
        boolean own, Instant modifiedAt, String origin) {
}
