package org.shuzhi.catalog;

import java.time.Instant;

/**
 * A search of the open catalog 开放目录: published versions whose open type is {@link OpenType#OPEN}. Every filter is
 * optional.
 *
 * @param q             words that must all occur in the name, abstract, code or an item name (Chinese segmented)
 * @param region        a region code: entries of its subtree only
 * @param provider      a provider department's code
 * @param theme         a classification class code ({@code 01}, {@code 02} …)
 * @param tag           an information item's name, e.g. 统一社会信用代码
 * @param dataset       {@code true}: only entries with a dataset attached; {@code false}: only those without
 * @param modifiedSince only entries whose current version was published at or after this instant
 * @param order         the order of the results
 * @param offset        results to skip
 * @param limit         results to return (0–1000; 0 for the total and facets only)
 */
public record OpenQuery(String q, String region, String provider, String theme, String tag, Boolean dataset,
        Instant modifiedSince, Order order, long offset, int limit) {

    public OpenQuery {
        order = order == null ? Order.MODIFIED_DESC : order;
        offset = Math.max(offset, 0);
        limit = Math.max(0, Math.min(limit, 1000));
    }

    /** All open entries, newest publication first. */
    public static OpenQuery all(long offset, int limit) {
        return new OpenQuery(null, null, null, null, null, null, null, Order.MODIFIED_DESC, offset, limit);
    }

    /** Result orders; ties are broken by the entry's id, so that paging is stable. */
    public enum Order {
        MODIFIED_DESC, MODIFIED_ASC, NAME_ASC, NAME_DESC
    }
}
