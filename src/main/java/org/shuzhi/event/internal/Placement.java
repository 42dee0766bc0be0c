package org.shuzhi.event.internal;

import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridLocation;
import org.shuzhi.grid.GridLocator;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.springframework.stereotype.Component;

/**
 * Where a report happened: the comprehensive grid that contains the point gives the grid and the village (on a
 * border shared by several grids, the one with the lowest code — the {@link GridLocator} border rule); outside
 * every grid the nearest grid within reach, or the region given. Used by intake and by the dispatch preview.
 */
@Component
class Placement {

    private final GridLocator locator;
    private final Jurisdictions jurisdictions;

    Placement(GridLocator locator, Jurisdictions jurisdictions) {
        this.locator = locator;
        this.jurisdictions = jurisdictions;
    }

    /**
     * Where it happened, and how that was found out.
     *
     * @param gridCode    the comprehensive grid, or {@code null}
     * @param regionCode  the village or township
     * @param explanation how it was placed, as JSON for the timeline
     */
    record Place(String gridCode, String regionCode, String explanation) {
    }

    /**
     * Places a report at a point ({@code lat}, {@code lng}, both or neither) and/or a region code; a 400 naming
     * the field when the region is unknown or nothing places it.
     */
    Place place(Double lat, Double lng, String regionCode) {
        String given = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        if (given != null && !(given.matches("[0-9]{6}([0-9]{3}([0-9]{3})?)?") && jurisdictions.exists(given))) {
            throw ReportValidator.field("regionCode", "event.report.unknown-region", given);
        }
        if (lat != null && lng != null) {
            GridLocation location = locator.locate(lat, lng);
            Grid grid = location.comprehensive();
            if (grid != null) {
                return new Place(grid.code(), grid.regionCode(),
                        "{\"placedBy\": \"grid\", \"grid\": \"%s\"}".formatted(grid.code()));
            }
            if (given == null && location.nearest() != null) {
                Grid near = location.nearest().grid();
                return new Place(null, near.regionCode(),
                        "{\"placedBy\": \"nearest\", \"grid\": \"%s\", \"metres\": %d}".formatted(near.code(),
                                Math.round(location.nearest().distanceMetres())));
            }
        }
        if (given == null) {
            throw ReportValidator.field("lat", "event.report.unplaced", lat, lng);
        }
        return new Place(null, given, "{\"placedBy\": \"region\"}");
    }
}
