package org.shuzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure holds: no cycles, no access to another module's internals, and docs/ARCHITECTURE.md
 * names every module that exists.
 */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(ShuzhiApplication.class);

    @Test
    void modulesOnlyUseEachOthersApi() {
        modules.verify();
    }

    @Test
    void architectureDocumentNamesEveryModule() throws IOException {
        String architecture = Files.readString(Path.of("docs", "ARCHITECTURE.md"));
        assertThat(modules.stream().map(ApplicationModule::getBasePackage).map(p -> p.getName()))
                .allSatisfy(basePackage -> assertThat(architecture).contains("`" + basePackage + "`"));
    }

    @Test
    void writesModuleDiagrams() {
        // PlantUML component diagrams and module canvases under target/spring-modulith-docs
        new Documenter(modules).writeDocumentation();
        assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).exists();
    }
}
