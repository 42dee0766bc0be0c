package org.shuzhi.event.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.shuzhi.event.EventReported;
import org.shuzhi.event.EventSource;
import org.shuzhi.event.NewEvent;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 批量上报: takes in many reports at once, each judged on its own. Every report is validated and placed exactly as
 * a single report ({@link ReportValidator}, {@link Placement}) and must lie inside the reporter's scope; the
 * faulty ones are answered with their problem and the valid ones are stored together, with their timeline, in one
 * transaction — the answer comes after the commit, so every report answered as created is durable. An
 * idempotency key sent before (or twice in the batch) answers with the earlier event.
 */
@Service
class BatchIntake {

    /** What became of one report of a batch. */
    enum Status { CREATED, DUPLICATE, ERROR }

    /**
     * The answer for the report at {@code index} of the batch.
     *
     * @param id      the event's number (new or earlier), {@code null} on error
     * @param problem why it was refused, {@code null} unless {@link Status#ERROR}
     */
    record Outcome(int index, Status status, Long id, ApiProblem problem) {
    }

    private final ReportValidator validator;
    private final Placement placement;
    private final BatchEventWriter writer;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    BatchIntake(ReportValidator validator, Placement placement, BatchEventWriter writer,
            ApplicationEventPublisher publisher, Clock clock) {
        this.validator = validator;
        this.placement = placement;
        this.writer = writer;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Takes in {@code reports} for an actor confined to {@code scope}; one outcome per report, in order.
     *
     * @param actor      the reporting account, for the timeline
     * @param actorScope the actor's scope as audit text
     */
    @Transactional
    public List<Outcome> report(List<NewEvent> reports, String actor, String actorScope, DataScope scope) {
        Outcome[] outcomes = new Outcome[reports.size()];
        List<Integer> validIndexes = new ArrayList<>();
        List<Placement.Place> places = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            try {
                Placement.Place place = check(reports.get(i), scope);
                validIndexes.add(i);
                places.add(place);
            } catch (ApiProblem problem) {
                outcomes[i] = new Outcome(i, Status.ERROR, null, problem);
            }
        }
        if (!validIndexes.isEmpty()) {
            store(reports, validIndexes, places, outcomes, actor, actorScope, scope);
        }
        return Arrays.asList(outcomes);
    }

    private Placement.Place check(NewEvent report, DataScope scope) {
        if (report == null) {
            throw ApiProblem.badRequest("event.batch.empty-item");
        }
        validator.check(report);
        Placement.Place place = placement.place(report.lat(), report.lng(), report.regionCode());
        if (!scope.covers(place.regionCode())) {
            throw ReportValidator.field("regionCode", "event.report.outside-scope", place.regionCode());
        }
        return place;
    }

    private void store(List<NewEvent> reports, List<Integer> indexes, List<Placement.Place> places,
            Outcome[] outcomes, String actor, String actorScope, DataScope scope) {
        Instant now = clock.instant();
        List<Long> ids = writer.newIds(indexes.size());
        List<BatchEventWriter.Placed> placed = new ArrayList<>(indexes.size());
        for (int k = 0; k < indexes.size(); k++) {
            placed.add(new BatchEventWriter.Placed(ids.get(k), reports.get(indexes.get(k)), places.get(k)));
        }
        boolean[] stored = writer.insert(placed, now, scope);
        List<BatchEventWriter.Placed> created = new ArrayList<>();
        Map<Integer, NewEvent> duplicates = new LinkedHashMap<>();
        for (int k = 0; k < placed.size(); k++) {
            int index = indexes.get(k);
            if (stored[k]) {
                created.add(placed.get(k));
                outcomes[index] = new Outcome(index, Status.CREATED, placed.get(k).id(), null);
            } else {
                duplicates.put(index, reports.get(index));
            }
        }
        writer.appendReported(created, now, actor, actorScope, scope);
        answerDuplicates(duplicates, outcomes, scope);
        created.forEach(p -> publisher.publishEvent(new EventReported(p.id(), p.report().source(),
                p.report().categoryCode(), p.place().regionCode(), p.place().gridCode(), now)));
    }

    /** A key sent before answers with the earlier event — unless that one lies outside the scope: then 409. */
    private void answerDuplicates(Map<Integer, NewEvent> duplicates, Outcome[] outcomes, DataScope scope) {
        Map<EventSource, List<String>> keysBySource = duplicates.values().stream().collect(Collectors.groupingBy(
                NewEvent::source, Collectors.mapping(NewEvent::idempotencyKey, Collectors.toList())));
        Map<EventSource, Map<String, Long>> earlier = new LinkedHashMap<>();
        keysBySource.forEach((source, keys) -> earlier.put(source, writer.existing(source, keys, scope)));
        duplicates.forEach((index, report) -> {
            Long id = earlier.get(report.source()).get(report.idempotencyKey());
            outcomes[index] = id == null
                    ? new Outcome(index, Status.ERROR, null,
                            ApiProblem.conflict("event.report.key-taken", report.idempotencyKey())
                                    .with("field", "idempotencyKey"))
                    : new Outcome(index, Status.DUPLICATE, id, null);
        });
    }
}
