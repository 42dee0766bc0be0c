package org.shuzhi.dataset.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

import org.shuzhi.catalog.Catalog;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.platform.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads small synthetic datasets (a few hundred rows each, {@link DemoRows}) for the demo catalog's published
 * dataset entries — population, market entities, polluters of 吴江区 and the city-management cases of 兰州 — through
 * the real loader, so that each has a load with a quality report. Runs at order 600, after the demo catalog, only
 * when {@code shuzhi.demo.enabled=true}; entries with data already are left alone.
 */
@Component
@Order(600)
@ConditionalOnProperty(name = "shuzhi.demo.enabled", havingValue = "true")
class DemoDatasetsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDatasetsLoader.class);

    private static final Map<String, Supplier<String>> DEMOS = Map.of(
            "320509-ga-0001", () -> DemoRows.population(300),
            "320509-scjg-0001", () -> DemoRows.entities(300),
            "320509-sthj-0001", () -> DemoRows.polluters(200),
            "6201-cg-0001", () -> DemoRows.lanzhouCases(200));

    private final Catalog catalog;
    private final DatasetRegistry registry;
    private final LoadJobs jobs;

    DemoDatasetsLoader(Catalog catalog, DatasetRegistry registry, LoadJobs jobs) {
        this.catalog = catalog;
        this.registry = registry;
        this.jobs = jobs;
    }

    @Override
    public void run(ApplicationArguments args) {
        // start-up work for no caller: the whole platform is its scope
        DataScope all = DataScope.all();
        DEMOS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(demo -> {
            CatalogEntry entry = catalog.published(demo.getKey(), all).orElse(null);
            if (entry == null || registry.find(entry.id(), all).isPresent()) {
                return;
            }
            byte[] csv = demo.getValue().get().getBytes(StandardCharsets.UTF_8);
            jobs.loadNow(entry.id(), LoadMode.REPLACE, new LoadJobs.Upload(new ByteArrayInputStream(csv), "text/csv",
                    demo.getKey() + ".csv"), "system:demo", all).ifPresent(load -> log.info(
                    "Demo dataset {}: {} ({} rows)", demo.getKey(), load.status(), load.rowsRead()));
        });
    }
}
