package org.shuzhi.catalog;

import java.util.List;
import java.util.Map;

/**
 * A page of the open catalog with the total and facet counts over every match: {@code provider}, {@code region},
 * {@code theme} (class code), {@code resource} ({@code DATASET}, {@code API} or {@code NONE}) and {@code tag} (item
 * names).
 */
public record OpenEntries(List<OpenEntry> entries, long total, Map<String, Map<String, Long>> facets) {

    public OpenEntries {
        entries = List.copyOf(entries);
        facets = Map.copyOf(facets);
    }
}
