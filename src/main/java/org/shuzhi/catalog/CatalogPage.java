package org.shuzhi.catalog;

import java.util.List;
import java.util.Map;

/**
 * A page of catalog search results with the total and facet counts (provider, grade, sharing type, region) over
 * every match, not only this page.
 */
public record CatalogPage(List<CatalogHit> hits, long total, int page, int size,
        Map<String, Map<String, Long>> facets) {
}
