package org.shuzhi.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link Events} for other modules: lists by ids, categories, states, sources and report time, lookup by
 * idempotency key and the progress of events — each confined to the scope.
 */
@IntegrationTest
class EventsReadTest {

    private static final String TOWNSHIP = "320509104";

    @Autowired
    Events events;
    @Autowired
    EventIntake intake;

    @Test
    void listsMatchEveryFilterInsideTheScope() {
        EventView hotline = report(EventSource.HOTLINE, "030201", TOWNSHIP);
        EventView citizen = report(EventSource.PUBLIC_CITIZEN, "040101", TOWNSHIP);
        Set<Long> both = Set.of(hotline.id(), citizen.id());

        assertThat(ids(new EventQuery(both, null, null, null, null, null, 10), DataScope.of(TOWNSHIP)))
                .containsExactly(citizen.id(), hotline.id());
        assertThat(ids(new EventQuery(both, null, null, null, null, null, 1), DataScope.of(TOWNSHIP)))
                .containsExactly(citizen.id());
        assertThat(ids(new EventQuery(both, Set.of("040101"), null, null, null, null, 10), DataScope.of(TOWNSHIP)))
                .containsExactly(citizen.id());
        assertThat(ids(new EventQuery(both, null, null, Set.of(EventSource.HOTLINE), null, null, 10),
                DataScope.of(TOWNSHIP))).containsExactly(hotline.id());
        assertThat(ids(new EventQuery(both, null, Set.of(EventState.CLOSED), null, null, null, 10),
                DataScope.of(TOWNSHIP))).isEmpty();
        assertThat(ids(new EventQuery(both, null, Set.of(EventState.REPORTED), null, citizen.reportedAt(),
                citizen.reportedAt(), 10), DataScope.of(TOWNSHIP))).contains(citizen.id());
        assertThat(ids(new EventQuery(both, null, null, null, null, Instant.parse("2020-01-01T00:00:00Z"), 10),
                DataScope.of(TOWNSHIP))).isEmpty();
        assertThat(ids(new EventQuery(both, null, null, null, null, null, 10), DataScope.of("320509001"))).isEmpty();
        assertThat(ids(new EventQuery(both, null, null, null, null, null, 10), DataScope.none())).isEmpty();
    }

    @Test
    void findByKeyIsConfinedToSourceAndScope() {
        String key = UUID.randomUUID().toString();
        EventView event = intake.report(new NewEvent(EventSource.SENSOR, key, "050101", "河道漂浮物", "漂浮物",
                null, null, null, null, TOWNSHIP, null), DataScope.all()).event();
        assertThat(events.findByKey(EventSource.SENSOR, key, DataScope.of(TOWNSHIP))).map(EventView::id)
                .contains(event.id());
        assertThat(events.findByKey(EventSource.OPEN311, key, DataScope.of(TOWNSHIP))).isEmpty();
        assertThat(events.findByKey(EventSource.SENSOR, key, DataScope.of("62"))).isEmpty();
        assertThat(events.findByKey(EventSource.SENSOR, null, DataScope.of(TOWNSHIP))).isEmpty();
    }

    @Test
    void progressIsTheLatestStepAndTheLatestReason() {
        EventView event = report(EventSource.PUBLIC_CITIZEN, "040201", TOWNSHIP);
        Map<Long, EventProgress> progress = events.progress(List.of(event.id()), DataScope.of(TOWNSHIP));
        assertThat(progress.get(event.id()).updatedAt()).isEqualTo(event.reportedAt());
        assertThat(progress.get(event.id()).note()).isNull();
        assertThat(events.progress(List.of(event.id()), DataScope.of("62"))).isEmpty();
        assertThat(events.progress(List.of(), DataScope.of(TOWNSHIP))).isEmpty();

        EventView closed = events.list(new EventQuery(null, null, Set.of(EventState.CLOSED), null, null, null, 1),
                DataScope.of(TOWNSHIP)).get(0);
        EventProgress done = events.progress(List.of(closed.id()), DataScope.of(TOWNSHIP)).get(closed.id());
        assertThat(done.updatedAt()).isAfterOrEqualTo(closed.reportedAt());
        assertThat(done.note()).isNotBlank();
    }

    private EventView report(EventSource source, String category, String region) {
        return intake.report(new NewEvent(source, UUID.randomUUID().toString(), category, "标题", "描述", null, null,
                null, null, region, null), DataScope.all()).event();
    }

    private List<Long> ids(EventQuery query, DataScope scope) {
        return events.list(query, scope).stream().map(EventView::id).toList();
    }
}
