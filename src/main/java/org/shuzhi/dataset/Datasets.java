package org.shuzhi.dataset;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

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

    /**
     * Which of these catalog entries have a dataset loaded (已加载数据集): the codes among {@code entryCodes} for
     * which {@link #query} answers a page rather than empty — asked once for a whole list of entries (a page of the
     * open data catalog), so that a list never costs a lookup per entry. Only datasets inside {@code scope} count
     * (a dataset belongs to its entry's region and provider department); nothing is said about their rows.
     *
     * @return the codes with a dataset, a subset of {@code entryCodes}; empty for no codes or the empty scope
     */
    Set<String> loaded(Collection<String> entryCodes, DataScope scope);
}
