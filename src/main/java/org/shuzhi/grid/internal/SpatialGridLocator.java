package org.shuzhi.grid.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridLocation;
import org.shuzhi.grid.GridLocator;
import org.shuzhi.grid.GridType;
import org.shuzhi.grid.GridsImported;
import org.shuzhi.jurisdiction.Division;
import org.shuzhi.jurisdiction.DivisionsImported;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@link GridLocator} over a {@link GridIndex} snapshot of all stored grids. The snapshot is built on first use
 * and rebuilt, whole, after every import that changed grids; readers never wait for a rebuild — they keep using
 * the previous snapshot until the new one is published. The region chains of the grids' regions are remembered
 * too (reference data, forgotten after a division or grid import), so a lookup does not touch the database.
 */
@Service
class SpatialGridLocator implements GridLocator {

    private static final Logger log = LoggerFactory.getLogger(SpatialGridLocator.class);
    /** Where nothing contains a point, look for the nearest grid layer by layer in this order. */
    private static final List<GridType> NEAREST_ORDER = List.of(GridType.COMPREHENSIVE, GridType.PROFESSIONAL, GridType.AREA);

    private final GridRepository repository;
    private final Jurisdictions jurisdictions;
    private final GridProperties properties;
    private volatile GridIndex index;
    /** Region code → its chain; replaced whole, so a chain read before an import never lands in the new map. */
    private volatile Map<String, List<Division>> chains = new ConcurrentHashMap<>();

    SpatialGridLocator(GridRepository repository, Jurisdictions jurisdictions, GridProperties properties) {
        this.repository = repository;
        this.jurisdictions = jurisdictions;
        this.properties = properties;
    }

    @Override
    public GridLocation locate(double lat, double lng) {
        if (!(lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180)) {
            throw new IllegalArgumentException("not a WGS 84 coordinate: " + lat + ", " + lng);
        }
        GridIndex current = index();
        Grid comprehensive = current.locate(GridType.COMPREHENSIVE, lat, lng);
        Grid professional = current.locate(GridType.PROFESSIONAL, lat, lng);
        Grid area = current.locate(GridType.AREA, lat, lng);
        Grid specific = comprehensive != null ? comprehensive : professional != null ? professional : area;
        if (specific != null) {
            return new GridLocation(lat, lng, comprehensive, professional, area, chain(specific), null);
        }
        for (GridType type : NEAREST_ORDER) {
            LayerIndex.Nearest nearest = current.nearest(type, lat, lng, properties.nearestMaxMetres());
            if (nearest != null) {
                return new GridLocation(lat, lng, null, null, null, List.of(),
                        new GridLocation.Nearby(nearest.grid(), nearest.distanceMetres(), chain(nearest.grid())));
            }
        }
        return new GridLocation(lat, lng, null, null, null, List.of(), null);
    }

    private List<Division> chain(Grid grid) {
        Map<String, List<Division>> known = chains;
        List<Division> chain = known.get(grid.regionCode());
        if (chain == null) {
            chain = jurisdictions.chain(grid.regionCode());
            known.put(grid.regionCode(), chain);
        }
        return chain;
    }

    private GridIndex index() {
        GridIndex current = index;
        if (current == null) {
            synchronized (this) {
                current = index != null ? index : rebuild();
            }
        }
        return current;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(GridsImported imported) {
        log.info("{} grids changed, rebuilding the spatial index", imported.codes().size());
        chains = new ConcurrentHashMap<>();
        rebuild();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DivisionsImported imported) {
        chains = new ConcurrentHashMap<>();
    }

    /**
     * Loads every grid and publishes a new snapshot. Serialized so that a rebuild that read the database later
     * also publishes later.
     */
    private synchronized GridIndex rebuild() {
        long started = System.nanoTime();
        GridIndex fresh = new GridIndex(repository.all());
        index = fresh;
        log.info("Spatial index holds {} grids (built in {} ms)", fresh.size(), (System.nanoTime() - started) / 1_000_000);
        return fresh;
    }
}
