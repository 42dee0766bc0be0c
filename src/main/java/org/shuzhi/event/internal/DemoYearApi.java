package org.shuzhi.event.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.platform.Unscoped;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/events/demo-year}: how the generation of the demo year gets on. */
@RestController
@Tag(name = "Events 事件")
class DemoYearApi {

    private final DemoYearGenerator generator;

    DemoYearApi(DemoYearGenerator generator) {
        this.generator = generator;
    }

    @GetMapping("/api/events/demo-year")
    @Operation(summary = "Progress of the demo year's generation: percent, events and timeline steps written, "
            + "events per second, done")
    @Unscoped("the progress of the platform's own demo data generation: counts only, about no one")
    DemoYearGenerator.Progress progress() {
        return generator.progress();
    }
}
