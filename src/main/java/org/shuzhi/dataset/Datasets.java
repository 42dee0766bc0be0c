package org.shuzhi.dataset;

import java.util.Optional;

import org.shuzhi.platform.DataScope;

/**
 * The rows of managed datasets, for the modules that serve them (sharing exchange, open data). Values come back as
 * stored: the caller masks them by grade and grant. Every row carries the region it belongs to; {@code rowScope}
 * confines the rows in the data layer (no scope, no rows).
 */
public interface Datasets {

    /**
     * One page of the rows of the dataset attached to the catalog entry {@code entryCode}, or empty when that entry
     * has no dataset loaded.
     */
    Optional<DatasetPage> query(String entryCode, DatasetQuery query, DataScope rowScope);
}
