package org.shuzhi.event.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.shuzhi.grid.GridType;
import org.shuzhi.grid.Grids;
import org.shuzhi.jurisdiction.Division;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.shuzhi.platform.DataScope;
import org.springframework.stereotype.Component;

/**
 * Where generated events may happen: for each township under a region, its comprehensive grids (with their
 * polygons) or, for a township without grids, its villages.
 */
@Component
class DemoYearSpots {

    /** A grid (with its polygon) or a village without one. */
    record Spot(String regionCode, String gridCode, Geometry polygon) {
    }

    /** A township and the spots events fall on in it. */
    record Township(String code, List<Spot> spots) {
    }

    private final Grids grids;
    private final Jurisdictions jurisdictions;

    DemoYearSpots(Grids grids, Jurisdictions jurisdictions) {
        this.grids = grids;
        this.jurisdictions = jurisdictions;
    }

    /** The townships of {@code region} (the region itself when it is a township) that have grids or villages. */
    List<Township> townships(String region) {
        List<String> codes = region.length() == 9 ? List.of(region)
                : jurisdictions.children(region).stream().map(Division::code).filter(c -> c.length() == 9).toList();
        List<Township> townships = new ArrayList<>();
        for (String code : codes) {
            // system work for the demo: grid polygons are read everywhere, the events stay inside the region
            List<Spot> spots = grids.list(code, DataScope.all()).stream()
                    .filter(g -> g.type() == GridType.COMPREHENSIVE)
                    .map(g -> new Spot(g.regionCode(), g.code(), g.polygon())).toList();
            if (spots.isEmpty()) {
                spots = jurisdictions.children(code).stream().map(v -> new Spot(v.code(), null, null)).toList();
            }
            if (!spots.isEmpty()) {
                townships.add(new Township(code, spots));
            }
        }
        return townships;
    }
}
