package org.shuzhi.event.internal;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One patrol 巡查 of a grid inspector, from check-in to check-out.
 *
 * @param id               its number
 * @param inspectorAccount the inspector's account
 * @param inspectorName    the inspector's display name at check-in
 * @param gridCode         the grid patrolled, or {@code null}
 * @param regionCode       the region of that grid (or the inspector's)
 * @param startedAt        check-in
 * @param endedAt          check-out, {@code null} while on patrol
 * @param startLat         where it started, if known
 * @param startLng         where it started, if known
 * @param endLat           where it ended, if known
 * @param endLng           where it ended, if known
 * @param distanceMetres   the distance walked as the client measured it, if known
 */
record Patrol(long id, String inspectorAccount, String inspectorName, String gridCode, String regionCode,
        Instant startedAt, Instant endedAt, Double startLat, Double startLng, Double endLat, Double endLng,
        Double distanceMetres) {

    /** Hours on patrol, {@code null} while it is still open. */
    @JsonProperty
    public Double hours() {
        return endedAt == null ? null : Duration.between(startedAt, endedAt).toSeconds() / 3600.0;
    }

    /** True while the inspector is on this patrol. */
    @JsonProperty
    public boolean open() {
        return endedAt == null;
    }
}
