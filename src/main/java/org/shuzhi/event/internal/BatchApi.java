package org.shuzhi.event.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.shuzhi.event.EventSource;
import org.shuzhi.event.NewEvent;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.shuzhi.identity.Permission;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.ProblemBodies;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/events/batch}: many reports in one request (批量上报), e.g. from a 12345 ticket system or a
 * sensor gateway. Each report is answered on its own — created, duplicate (same source and idempotency key as an
 * earlier report) or error with its problem — and all valid ones are committed together before the answer.
 */
@RestController
@RequestMapping("/api/events/batch")
@Tag(name = "Events 事件")
class BatchApi {

    private final BatchIntake intake;
    private final Callers callers;
    private final ProblemBodies problems;
    private final int maxItems;

    BatchApi(BatchIntake intake, Callers callers, ProblemBodies problems,
            @Value("${shuzhi.event.batch-max-items:1000}") int maxItems) {
        this.intake = intake;
        this.callers = callers;
        this.problems = problems;
        this.maxItems = maxItems;
    }

    /**
     * The answer to a batch.
     *
     * @param created    how many reports became new events
     * @param duplicates how many repeated an earlier idempotency key
     * @param errors     how many were refused
     * @param items      one per report, in the order sent
     */
    record BatchAnswer(int created, int duplicates, int errors, List<Item> items) {
    }

    /** One report's outcome: {@code status} CREATED, DUPLICATE or ERROR; {@code problem} as problem+json. */
    record Item(int index, BatchIntake.Status status, Long id, ProblemDetail problem) {
    }

    @PostMapping
    @Operation(summary = "Report up to 1,000 events at once: each answered as CREATED, DUPLICATE (with the earlier "
            + "event's id) or ERROR (with its problem); the valid ones are committed in one transaction before the "
            + "answer. 400 when the batch is empty or too large")
    BatchAnswer report(@RequestBody List<EventApi.ReportRequest> body, HttpServletRequest request) {
        Caller caller = callers.current();
        if (!caller.has(Permission.EVENT_REPORT)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "event.forbidden", Permission.EVENT_REPORT);
        }
        if (body == null || body.isEmpty() || body.size() > maxItems) {
            throw ApiProblem.badRequest("event.batch.size", body == null ? 0 : body.size(), maxItems);
        }
        List<NewEvent> reports = body.stream().map(item -> item == null ? null : newEvent(item, caller)).toList();
        List<BatchIntake.Outcome> outcomes = intake.report(reports, caller.username(), caller.scopeLabel(),
                caller.scope());
        List<Item> items = outcomes.stream().map(o -> new Item(o.index(), o.status(), o.id(),
                o.problem() == null ? null : problem(o.problem(), request))).toList();
        Map<BatchIntake.Status, Long> counts = outcomes.stream().collect(Collectors.groupingBy(
                BatchIntake.Outcome::status, Collectors.counting()));
        return new BatchAnswer(counts.getOrDefault(BatchIntake.Status.CREATED, 0L).intValue(),
                counts.getOrDefault(BatchIntake.Status.DUPLICATE, 0L).intValue(),
                counts.getOrDefault(BatchIntake.Status.ERROR, 0L).intValue(), items);
    }

    private static NewEvent newEvent(EventApi.ReportRequest item, Caller caller) {
        return new NewEvent(item.source() == null ? EventSource.GRID_PATROL : item.source(), item.idempotencyKey(),
                item.categoryCode(), item.title(), item.description(), item.urgency(), item.lat(), item.lng(),
                item.address(), item.regionCode(),
                new NewEvent.Reporter(item.reporterName(), item.reporterPhone(), caller.username()));
    }

    private ProblemDetail problem(ApiProblem problem, HttpServletRequest request) {
        ProblemDetail body = problems.of(problem.status(), problem.messageKey(), problem.args(),
                LocaleContextHolder.getLocale(), request);
        problem.properties().forEach(body::setProperty);
        return body;
    }
}
