package org.shuzhi.catalog;

/**
 * A catalog search: Chinese full text over name, abstract and information items ({@code q}, words segmented, all
 * must occur) and filters, all optional; {@code region} narrows to a subtree, never widens what the caller may see.
 */
public record CatalogQuery(String q, String provider, String grade, String sharingType, String region,
        String state, int page, int size) {

    public CatalogQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, 200);
    }
}
