package org.shuzhi.event.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.shuzhi.event.Category;
import org.shuzhi.event.EventAction;
import org.shuzhi.event.EventSource;
import org.shuzhi.event.EventState;
import org.shuzhi.event.HandlingLevel;

/**
 * Lives a generated event through the lifecycle with plausible gaps between steps: accepted within the hour,
 * dispatched by the ladder (most handled in the grid, 小事不出格), received, handled within its time limit — or,
 * for about 5 %, after it (overdue) — verified and closed; a few are rejected, returned and re-dispatched, or
 * reopened. No step lies after {@code end}: an event whose next step would is left where it stands, as an open
 * event of the demo's present.
 */
final class LifeStory {

    /** Who acts on a generated event, for the timeline. */
    record Cast(String township, String countyDepartment) {
    }

    private final DeadlinePolicy deadlines;
    private final Instant end;

    LifeStory(DeadlinePolicy deadlines, Instant end) {
        this.deadlines = deadlines;
        this.end = end;
    }

    /**
     * Lives {@code life} (reported, placed and categorised already) to the end of the year.
     *
     * @param enforcement sent on to the county's enforcement department (城管执法)
     * @param stuck       left unfinished with its handler for a while (the open part of the present)
     */
    void live(EventLife life, Category category, Cast cast, boolean enforcement, boolean stuck, Random random) {
        String dispatcher = "dispatcher@" + cast.township();
        String reporter = life.reporterAccount != null ? life.reporterAccount
                : life.source == EventSource.SENSOR ? "system" : "12345@" + cast.township();
        life.step(life.reportedAt, EventAction.REPORT, EventState.REPORTED, reporter, life.regionCode, null,
                "{\"placedBy\": \"" + (life.gridCode != null ? "grid" : "region") + "\"}");
        Instant t = life.reportedAt.plus(minutes(random, 5, 90));
        if (random.nextDouble() < 0.015) {
            step(life, t, EventAction.REJECT, EventState.REJECTED, dispatcher, cast.township(), "重复或不属于受理范围");
            return;
        }
        if (!step(life, t, EventAction.ACCEPT, EventState.ACCEPTED, dispatcher, cast.township(), null)) {
            return;
        }
        double r = random.nextDouble();
        HandlingLevel level = enforcement ? HandlingLevel.COUNTY
                : life.gridCode != null && r < 0.55 ? HandlingLevel.GRID : r < 0.70 ? HandlingLevel.VILLAGE
                : HandlingLevel.TOWNSHIP;
        t = dispatch(life, category, cast, level, t.plus(minutes(random, 5, 120)), dispatcher, random);
        if (t == null) {
            return;
        }
        if (!enforcement && random.nextDouble() < 0.03) {
            t = t.plus(minutes(random, 10, 240));
            if (!step(life, t, EventAction.RECEIVE, EventState.RECEIVED, handler(life, cast), life.assignedRegionCode, null)
                    || !step(life, t = t.plus(minutes(random, 30, 600)), EventAction.RETURN, EventState.ACCEPTED,
                            handler(life, cast), life.assignedRegionCode, "非本级职责，退回重新派遣")) {
                return;
            }
            life.returns++;
            t = dispatch(life, category, cast, HandlingLevel.TOWNSHIP, t.plus(minutes(random, 10, 120)), dispatcher,
                    random);
            if (t == null) {
                return;
            }
        }
        if (handle(life, cast, t, stuck, random) && random.nextDouble() < 0.01) {
            Instant reopened = life.last().plus(minutes(random, 24 * 60, 5 * 24 * 60));
            if (step(life, reopened, EventAction.REOPEN, EventState.DISPATCHED, dispatcher, cast.township(),
                    "群众回访不满意，重新办理")) {
                life.reopens++;
                life.dueAt = deadlines.due(category.limitFor(life.urgency), reopened);
                handle(life, cast, reopened, false, random);
            }
        }
    }

    /** Dispatches to {@code level}; returns the time, or {@code null} when that lies beyond the year. */
    private Instant dispatch(EventLife life, Category category, Cast cast, HandlingLevel level, Instant t,
            String dispatcher, Random random) {
        life.level = level;
        life.assignedRegionCode = level.regionOf(life.regionCode);
        life.assignedDepartment = switch (level) {
            case COUNTY -> cast.countyDepartment();
            case TOWNSHIP -> cast.township() + "-" + departmentSuffix(category.departmentKind());
            default -> null;
        };
        life.dispatchExplanation = "{\"by\": \"%s\", \"level\": \"%s\"}".formatted(
                level == HandlingLevel.COUNTY ? "dispatcher" : "ladder", level);
        if (!step(life, t, EventAction.DISPATCH, EventState.DISPATCHED, dispatcher, cast.township(),
                level == HandlingLevel.COUNTY ? "违法行为移交区综合行政执法" : null)) {
            return null;
        }
        life.dueAt = deadlines.due(category.limitFor(life.urgency), t);
        return t;
    }

    /** Receives, starts, handles, verifies and closes; true when it got to the end. */
    private boolean handle(EventLife life, Cast cast, Instant t, boolean stuck, Random random) {
        String handler = handler(life, cast);
        String where = life.assignedRegionCode;
        // receiving and starting take a share of the time limit, so short limits are not missed by the start
        long window = Math.max(60, Duration.between(t, life.dueAt).toSeconds());
        Instant received = t.plusSeconds((long) (Math.min(4 * 3600, 0.15 * window) * random.nextDouble()) + 60);
        if (!step(life, received, EventAction.RECEIVE, EventState.RECEIVED, handler, where, null)) {
            return false;
        }
        Instant started = received.plusSeconds((long) (Math.min(3600, 0.1 * window) * random.nextDouble()) + 60);
        if (!step(life, started, EventAction.START, EventState.HANDLING, handler, where, null) || stuck) {
            return false;
        }
        Instant handled;
        if (random.nextDouble() < 0.05) {
            handled = life.dueAt.plus(minutes(random, 60, 3 * 24 * 60));
        } else {
            long left = Math.max(60, Duration.between(started, life.dueAt).toSeconds());
            handled = started.plusSeconds((long) (left * (0.05 + 0.85 * random.nextDouble())));
        }
        if (!step(life, handled, EventAction.HANDLE, EventState.HANDLED, handler, where, "已现场处置完毕")) {
            return false;
        }
        life.overdue = handled.isAfter(life.dueAt);
        String inspector = life.reporterAccount != null ? life.reporterAccount : "dispatcher@" + cast.township();
        Instant verified = handled.plus(minutes(random, 30, 24 * 60));
        return step(life, verified, EventAction.VERIFY, EventState.VERIFIED, inspector, life.regionCode, null)
                && step(life, verified.plus(minutes(random, 10, 8 * 60)), EventAction.CLOSE, EventState.CLOSED,
                        "dispatcher@" + cast.township(), cast.township(), null);
    }

    private boolean step(EventLife life, Instant at, EventAction action, EventState to, String actor, String scope,
            String reason) {
        if (at.isAfter(end)) {
            return false;
        }
        life.step(at, action, to, actor, scope, reason, null);
        return true;
    }

    private static String handler(EventLife life, Cast cast) {
        return switch (life.level) {
            case GRID -> life.reporterAccount != null ? life.reporterAccount : "inspector@" + life.gridCode;
            case VILLAGE -> "village@" + life.assignedRegionCode;
            case TOWNSHIP, COUNTY -> "handler@" + life.assignedDepartment;
        };
    }

    /** The township department for a category's kind of department, as the demo departments are coded. */
    private static String departmentSuffix(String kind) {
        return switch (kind == null ? "" : kind) {
            case "PUBLIC_SECURITY" -> "ga";
            case "CIVIL_AFFAIRS" -> "mz";
            case "EMERGENCY_MANAGEMENT" -> "yjgl";
            default -> "cg";
        };
    }

    private static Duration minutes(Random random, int min, int max) {
        return Duration.ofSeconds(60L * min + random.nextInt(60 * (max - min) + 1));
    }
}
