package org.shuzhi.event.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.identity.Callers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of patrols 巡查: a grid inspector checks in and out; their own patrols only. */
@RestController
@RequestMapping("/api/patrols")
@Tag(name = "Patrols 巡查", description = "Check-in and check-out of grid inspectors, for the 3510 standard")
class PatrolApi {

    private final PatrolService patrols;
    private final StatisticsService statistics;
    private final Callers callers;

    PatrolApi(PatrolService patrols, StatisticsService statistics, Callers callers) {
        this.patrols = patrols;
        this.statistics = statistics;
        this.callers = callers;
    }

    @PostMapping("/check-in")
    @Operation(summary = "Start a patrol: 201 with it; 409 naming the open patrol when one is open already; "
            + "403 without EVENT_REPORT")
    ResponseEntity<Patrol> checkIn(@RequestBody(required = false) PatrolService.CheckIn body) {
        Patrol patrol = patrols.checkIn(callers.current(), body == null ? new PatrolService.CheckIn(null, null, null) : body,
                callers.scope());
        return ResponseEntity.created(URI.create("/api/patrols/mine")).body(patrol);
    }

    @PostMapping("/{id}/check-out")
    @Operation(summary = "End one's own open patrol: 404 for anyone else's, 409 when it has ended already")
    Patrol checkOut(@PathVariable long id, @RequestBody(required = false) PatrolService.CheckOut body) {
        return patrols.checkOut(callers.current(), id,
                body == null ? new PatrolService.CheckOut(null, null, null) : body, callers.scope());
    }

    @GetMapping("/mine")
    @Operation(summary = "One's own patrols of a period (default the last 30 days), newest first")
    List<Patrol> mine(@Parameter(description = "first day, yyyy-MM-dd") @RequestParam(required = false) String from,
            @Parameter(description = "last day (inclusive), yyyy-MM-dd") @RequestParam(required = false) String to) {
        StatisticsPeriod period = statistics.period(from, to);
        return patrols.mine(callers.current(), period.start(statistics.zone()), period.end(statistics.zone()),
                callers.scope());
    }
}
