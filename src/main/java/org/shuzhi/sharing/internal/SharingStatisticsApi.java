package org.shuzhi.sharing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.platform.CallerContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The figures of the sharing statistics page, for STATS_READ holders, of both sides within their scope. */
@RestController
@Tag(name = "Sharing statistics 共享统计")
class SharingStatisticsApi {

    private final SharingStatistics statistics;
    private final CallerContext caller;
    private final CallRecorder recorder;
    private final Clock clock;

    SharingStatisticsApi(SharingStatistics statistics, CallerContext caller, CallRecorder recorder, Clock clock) {
        this.statistics = statistics;
        this.caller = caller;
        this.recorder = recorder;
        this.clock = clock;
    }

    @GetMapping("/api/sharing/statistics")
    @Operation(summary = "共享统计 Calls, applications and grants", description = "calls by provider, consumer and "
            + "resource and per minute, hour or day over the last days; applications and grants by state (STATS_READ)")
    SharingStatistics.Figures figures(@RequestParam(defaultValue = "7") @Parameter(description = "1–90") int days,
            @RequestParam(defaultValue = "hour") @Parameter(description = "minute, hour or day") String bucket) {
        if (!caller.holds("STATS_READ")) {
            throw SharingAudit.forbidden("sharing.forbidden", "STATS_READ");
        }
        recorder.flush(); // the latest calls count too
        Instant to = clock.instant();
        return statistics.figures(to.minus(Duration.ofDays(Math.max(1, Math.min(days, 90)))), to, bucket, caller.scope());
    }
}
