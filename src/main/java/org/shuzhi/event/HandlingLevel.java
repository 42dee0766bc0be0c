package org.shuzhi.event;

import java.util.Optional;

/**
 * The ladder of 小事不出格、大事不出村、难事不出镇: an event is handled at the lowest level able to, and escalates one
 * level up when overdue or returned as beyond a level's capacity.
 */
public enum HandlingLevel {
    /** The grid inspector in the grid. */
    GRID,
    /** The village or community (村/社区). */
    VILLAGE,
    /** The township (镇/街道) and its integrated enforcement team. */
    TOWNSHIP,
    /** The county's departments (区县职能部门). */
    COUNTY;

    /** The next level up, or empty at the top. */
    public Optional<HandlingLevel> up() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** The region code at this level for an event in {@code regionCode} (a village, township or county code). */
    public String regionOf(String regionCode) {
        return switch (this) {
            case GRID, VILLAGE -> regionCode.length() >= 12 ? regionCode.substring(0, 12) : regionCode;
            case TOWNSHIP -> regionCode.substring(0, Math.min(9, regionCode.length()));
            case COUNTY -> regionCode.substring(0, 6);
        };
    }
}
