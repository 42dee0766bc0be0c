package org.shuzhi.event.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.shuzhi.grid.Grid;
import org.shuzhi.grid.Grids;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Permission;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Patrols 巡查 of grid inspectors: check in (on a grid they patrol), check out. An inspector has at most one open
 * patrol and only ever touches their own; someone else's patrol is answered 404 as if it did not exist.
 */
@Service
class PatrolService {

    /**
     * A check-in.
     *
     * @param gridCode the grid patrolled; by default the inspector's only grid, none when they have several or none
     */
    record CheckIn(String gridCode, Double lat, Double lng) {
    }

    /**
     * A check-out.
     *
     * @param distanceMetres the distance walked as the client tracked it, if it did
     */
    record CheckOut(Double lat, Double lng, Double distanceMetres) {
    }

    private final PatrolRepository patrols;
    private final Grids grids;
    private final Clock clock;

    PatrolService(PatrolRepository patrols, Grids grids, Clock clock) {
        this.patrols = patrols;
        this.grids = grids;
        this.clock = clock;
    }

    /** Starts a patrol of {@code inspector}: 409 naming the open one when there is one. */
    Patrol checkIn(Caller inspector, CheckIn body, DataScope scope) {
        requireInspector(inspector, scope);
        position(body.lat(), body.lng());
        String gridCode = body.gridCode() != null && !body.gridCode().isBlank() ? body.gridCode().strip()
                : inspector.gridCodes().size() == 1 ? inspector.gridCodes().iterator().next() : null;
        String region = inspector.regionCode();
        if (gridCode != null) {
            Grid grid = grids.find(gridCode, scope).orElseThrow(() -> ApiProblem.notFound("patrol.grid.not-found", gridCode));
            if (!inspector.gridCodes().isEmpty() && !inspector.gridCodes().contains(gridCode)) {
                throw ApiProblem.badRequest("patrol.grid.not-assigned", gridCode).with("field", "gridCode");
            }
            region = grid.regionCode();
        }
        Instant now = clock.instant();
        long id = patrols.start(inspector.username(), inspector.displayName(), gridCode, region, now, body.lat(),
                body.lng(), scope).orElseThrow(() -> {
                    long open = patrols.openOf(inspector.username(), scope).map(Patrol::id).orElse(0L);
                    return ApiProblem.conflict("patrol.already-open", open).with("openPatrol", open);
                });
        return patrols.findOwn(id, inspector.username(), scope).orElseThrow();
    }

    /** Ends the inspector's own open patrol: 404 for anyone else's, 409 when it has ended already. */
    Patrol checkOut(Caller inspector, long id, CheckOut body, DataScope scope) {
        Patrol patrol = patrols.findOwn(id, inspector.username(), scope)
                .orElseThrow(() -> ApiProblem.notFound("patrol.not-found", id));
        position(body.lat(), body.lng());
        if (body.distanceMetres() != null && (body.distanceMetres() < 0 || body.distanceMetres().isNaN())) {
            throw ApiProblem.badRequest("patrol.distance", body.distanceMetres()).with("field", "distanceMetres");
        }
        if (!patrol.open() || !patrols.end(id, inspector.username(), clock.instant(), body.lat(), body.lng(),
                body.distanceMetres(), scope)) {
            throw ApiProblem.conflict("patrol.already-ended", id);
        }
        return patrols.findOwn(id, inspector.username(), scope).orElseThrow();
    }

    /** The inspector's own patrols of a period, newest first. */
    List<Patrol> mine(Caller inspector, Instant from, Instant to, DataScope scope) {
        return patrols.mine(inspector.username(), from, to, scope);
    }

    /** Patrolling is for people who report problems from the street, inside their own region, for the whole region. */
    private static void requireInspector(Caller caller, DataScope scope) {
        if (!caller.has(Permission.EVENT_REPORT) || caller.kind() != Caller.Kind.USER
                || !scope.departmentCodes().isEmpty() || !scope.covers(caller.regionCode())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "patrol.forbidden", Permission.EVENT_REPORT);
        }
    }

    private static void position(Double lat, Double lng) {
        if ((lat == null) != (lng == null) || lat != null && (Math.abs(lat) > 90 || Math.abs(lng) > 180)) {
            throw ApiProblem.badRequest("patrol.position", lat, lng).with("field", "lat");
        }
    }
}
