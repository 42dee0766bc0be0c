package org.shuzhi.event.internal;

import org.shuzhi.event.NewEvent;
import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridLocation;
import org.shuzhi.grid.GridLocator;
import org.shuzhi.jurisdiction.Jurisdictions;

/**
 * Places a report on the map: the comprehensive grid that contains the point gives the grid and the village;
 * outside every grid the nearest grid within reach gives the region, else the region given. Shared by single
 * and batch intake so both place a report the same way.
 */
final class EventPlacement {

    private final GridLocator locator;
    private final Jurisdictions jurisdictions;

    EventPlacement(GridLocator locator, Jurisdictions jurisdictions) {
        this.locator = locator;
        this.jurisdictions = jurisdictions;
    }

    /** Where a report happened, and how that was found out (JSON for the timeline). */
    record Place(String gridCode, String regionCode, String explanation) {
    }

    /**
     * Where {@code report} happened.
     *
     * @throws org.shuzhi.platform.ApiProblem 400 naming the field when the region is unknown or nothing places it
     */
    Place place(NewEvent report) {
        String given = report.regionCode() == null || report.regionCode().isBlank() ? null : report.regionCode().strip();
        if (given != null && !(given.matches("[0-9]{6}([0-9]{3}([0-9]{3})?)?") && jurisdictions.exists(given))) {
            throw ReportValidator.field("regionCode", "event.report.unknown-region", given);
        }
        if (report.lat() != null) {
            GridLocation location = locator.locate(report.lat(), report.lng());
            Grid grid = location.comprehensive();
            if (grid != null) {
                return new Place(grid.code(), grid.regionCode(), "{\"placedBy\": \"grid\"}");
            }
            if (given == null && location.nearest() != null) {
                Grid near = location.nearest().grid();
                return new Place(null, near.regionCode(), "{\"placedBy\": \"nearest\", \"grid\": \"%s\", \"metres\": %d}"
                        .formatted(near.code(), Math.round(location.nearest().distanceMetres())));
            }
        }
        if (given == null) {
            throw ReportValidator.field("lat", "event.report.unplaced", report.lat(), report.lng());
        }
        return new Place(null, given, "{\"placedBy\": \"region\"}");
    }
}
