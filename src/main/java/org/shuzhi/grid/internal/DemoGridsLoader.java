package org.shuzhi.grid.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.shuzhi.grid.Grid;
import org.shuzhi.jurisdiction.Division;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.shuzhi.platform.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo grids of 平望镇 (320509104) at start-up when {@code shuzhi.demo.enabled=true}: 5 片区, 70
 * comprehensive grids over its 27 villages and communities, 20 professional grids, on a 140 km² outline around
 * the town's real location. Runs at order 200, after the demo divisions (order 100), and goes through the ordinary
 * GeoJSON import, so a restart finds every grid unchanged.
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "shuzhi.demo.enabled", havingValue = "true")
class DemoGridsLoader implements ApplicationRunner {

    static final String TOWNSHIP = "320509104";
    /** 平望镇's centre, about 30.97° N, 120.64° E. */
    static final Coordinate CENTRE = new Coordinate(120.64, 30.97);
    static final double SQUARE_KILOMETRES = 140;
    static final long SEED = 20_240_601;

    private static final Logger log = LoggerFactory.getLogger(DemoGridsLoader.class);

    private final Jurisdictions jurisdictions;
    private final GridImporter importer;
    private final GridProperties properties;
    private final GeoJsonWriter writer;

    DemoGridsLoader(Jurisdictions jurisdictions, GridImporter importer, GridProperties properties, ObjectMapper mapper) {
        this.jurisdictions = jurisdictions;
        this.importer = importer;
        this.properties = properties;
        this.writer = new GeoJsonWriter(mapper);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Division township = jurisdictions.find(TOWNSHIP).orElse(null);
        List<Division> villages = jurisdictions.children(TOWNSHIP);
        if (township == null || villages.isEmpty()) {
            log.warn("Demo grids skipped: division {} or its villages are not loaded", TOWNSHIP);
            return;
        }
        List<Grid> grids = DemoGrids.generate(plan(township, villages, properties.professionalMaxEnterprises()));
        ByteArrayOutputStream geoJson = new ByteArrayOutputStream();
        writer.writeCollection(grids, geoJson);
        GridImporter.ImportReport report = importer.importGeoJson(geoJson.toByteArray(), DataScope.all());
        log.info("Demo grids of {}: {} features, {} created, {} updated, {} unchanged", township.name(),
                report.features(), report.created(), report.updated(), report.unchanged());
    }

    /** 平望镇's demo plan: 5 片区, 70 comprehensive and 20 professional grids. */
    static DemoGrids.Plan plan(Division township, List<Division> villages, int enterpriseCapacity) {
        return new DemoGrids.Plan(township, villages, CENTRE, SQUARE_KILOMETRES, 5, 70, 20, enterpriseCapacity, SEED);
    }
}
