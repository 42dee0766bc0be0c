package org.shuzhi.grid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shuzhi.ShuzhiApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * What the grids module needs from others: the Jurisdictions API and the caller's scope (platform's CallerContext), nothing else. (That no module reaches into
 * another's internals is {@code ModularityTests}' job.)
 */
class GridModuleTest {

    @Test
    void usesTheJurisdictionApiAndNothingInternalOfOtherModules() {
        ApplicationModules modules = ApplicationModules.of(ShuzhiApplication.class);
        ApplicationModule grid = modules.getModuleByName("grid").orElseThrow();
        assertThat(grid.getDisplayName()).isEqualTo("Grids 网格");
        // the beans it needs from other modules: Jurisdictions and CallerContext, nothing else
        assertThat(grid.getBootstrapDependencies(modules).map(ApplicationModule::getName))
                .containsOnly("jurisdiction", "platform");
    }
}
