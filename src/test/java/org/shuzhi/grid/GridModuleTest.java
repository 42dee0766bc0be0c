package org.shuzhi.grid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shuzhi.ShuzhiApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The grids module keeps to its boundaries: it uses other modules' APIs only, and others see only its API. */
class GridModuleTest {

    @Test
    void usesTheJurisdictionApiAndNothingInternalOfOtherModules() {
        ApplicationModules modules = ApplicationModules.of(ShuzhiApplication.class);
        modules.verify();
        ApplicationModule grid = modules.getModuleByName("grid").orElseThrow();
        assertThat(grid.getDisplayName()).isEqualTo("Grids 网格");
        // the beans it needs from other modules: Jurisdictions, nothing else
        assertThat(grid.getBootstrapDependencies(modules).map(ApplicationModule::getName)).containsOnly("jurisdiction");
    }
}
