package org.shuzhi.event.internal;

import java.util.Locale;

import org.shuzhi.platform.ApiProblem;

/**
 * What event statistics are grouped by ({@code ?by=}). Each dimension is one SQL expression over {@code event.event}
 * — written here, never taken from input; the only variables are bound parameters ({@code :regionDigits},
 * {@code :categoryDigits}, {@code :zone}).
 */
enum StatisticsDimension {

    /** The child regions of the scope's root (吴江区 → its townships, 平望镇 → its villages). */
    REGION("left(region_code, :regionDigits)"),
    /** The comprehensive grid the event lies in (none for events reported without a place in a grid). */
    GRID("grid_code"),
    /** Categories at the level asked for (1–3), by code prefix. */
    CATEGORY("left(category_code, :categoryDigits)"),
    /** The department handling it (none before dispatch). */
    DEPARTMENT("assigned_department"),
    /** Where the report came from. */
    SOURCE("source"),
    /** The local date it was reported on, {@code yyyy-MM-dd}. */
    DAY("to_char(reported_at at time zone :zone, 'YYYY-MM-DD')"),
    /** The local hour of day it was reported in, {@code 00}–{@code 23}. */
    HOUR("to_char(reported_at at time zone :zone, 'HH24')");

    private final String sql;

    StatisticsDimension(String sql) {
        this.sql = sql;
    }

    /** Whether the daily rollup {@code event.daily_stats} keeps this dimension: all but the hour of day. */
    boolean inDailyRollup() {
        return this != HOUR;
    }

    /** The grouping expression. */
    String sql() {
        return sql;
    }

    /** The dimension of this name, case-insensitive; 400 naming the choices otherwise. */
    static StatisticsDimension of(String name) {
        if (name == null || name.isBlank()) {
            return DAY;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("stats.by.unknown", name).with("field", "by");
        }
    }

    /**
     * The length of the codes one level below a region root: provinces (2) below everything, then cities (4),
     * counties (6), townships (9), villages (12). A village's events stay with the village.
     */
    static int childDigits(String root) {
        return switch (root.length()) {
            case 0 -> 2;
            case 2 -> 4;
            case 4 -> 6;
            case 6 -> 9;
            default -> 12;
        };
    }
}
