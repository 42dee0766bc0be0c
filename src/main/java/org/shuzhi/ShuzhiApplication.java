package org.shuzhi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Shuzhi 数治 — one platform a province deploys once and every level uses.
 *
 * <p>Each feature lives in its own module under {@code org.shuzhi}; a module's root package is its API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Shuzhi 数治", sharedModules = "platform")
public class ShuzhiApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShuzhiApplication.class, args);
    }
}
