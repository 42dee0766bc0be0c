package org.shuzhi.jurisdiction.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo divisions ({@code classpath:demo/divisions}: 吴江区 of 苏州市 with all its townships and villages,
 * 甘肃省 down to townships and 兰州市's villages) at start-up when {@code shuzhi.demo.enabled=true}. It goes through
 * the ordinary importer, so it is idempotent: a restart finds every row unchanged. Runs at order 100, before the
 * demo data of modules that hang records from these divisions.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "shuzhi.demo.enabled", havingValue = "true")
class DemoDivisionsLoader implements ApplicationRunner {

    static final String LOCATION = "demo/divisions";

    private static final Logger log = LoggerFactory.getLogger(DemoDivisionsLoader.class);

    private final DivisionImporter importer;

    DemoDivisionsLoader(DivisionImporter importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        try (ImportSource source = ImportSource.classpath(LOCATION)) {
            ImportReport report = importer.importFrom(source, ImportProgress.NONE);
            log.info("Demo divisions: {} rows, {} inserted, {} updated, {} unchanged in {} ms", report.read(),
                    report.inserted(), report.updated(), report.unchanged(), report.totalMillis());
        }
    }
}
