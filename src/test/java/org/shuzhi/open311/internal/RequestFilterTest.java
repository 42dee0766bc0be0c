package org.shuzhi.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shuzhi.event.EventQuery;
import org.shuzhi.event.EventSource;
import org.shuzhi.event.EventState;

/** The GET requests parameters: defaults, the 90-day window, the 1000 limit, ids overriding the rest, faults. */
class RequestFilterTest {

    private static final Instant NOW = Instant.parse("2026-11-22T04:00:00Z");
    private static final Set<EventSource> SOURCES = Set.of(EventSource.OPEN311);

    @Test
    void withoutParametersTheLastNinetyDaysAndAtMostAThousand() {
        EventQuery query = new RequestFilter(null, null, null, null, null).query(NOW, SOURCES);
        assertThat(query.reportedTo()).isEqualTo(NOW);
        assertThat(query.reportedFrom()).isEqualTo(NOW.minus(Duration.ofDays(90)));
        assertThat(query.limit()).isEqualTo(1000);
        assertThat(query.states()).isEmpty();
        assertThat(query.sources()).isEqualTo(SOURCES);
    }

    @Test
    void aStartOrAnEndAloneSpansNinetyDays() {
        EventQuery fromStart = new RequestFilter(null, null, "2026-01-01T00:00:00+08:00", null, null)
                .query(NOW, SOURCES);
        assertThat(fromStart.reportedFrom()).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
        assertThat(fromStart.reportedTo()).isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
        EventQuery toEnd = new RequestFilter(null, null, null, "2026-04-01T00:00:00Z", null).query(NOW, SOURCES);
        assertThat(toEnd.reportedFrom()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        EventQuery unencodedPlus = new RequestFilter(null, null, "2026-01-01T00:00:00 08:00", null, null)
                .query(NOW, SOURCES);
        assertThat(unencodedPlus.reportedFrom()).isEqualTo(fromStart.reportedFrom());
    }

    @Test
    void statusesCodesAndIds() {
        EventQuery open = new RequestFilter(null, "040101, 010101", null, null, "open").query(NOW, SOURCES);
        assertThat(open.categoryCodes()).containsExactlyInAnyOrder("040101", "010101");
        assertThat(open.states()).isEqualTo(EnumSet.complementOf(
                EnumSet.of(EventState.CLOSED, EventState.REJECTED, EventState.MERGED)));
        EventQuery closed = new RequestFilter(null, null, null, null, "closed").query(NOW, SOURCES);
        assertThat(closed.states())
                .containsExactlyInAnyOrder(EventState.CLOSED, EventState.REJECTED, EventState.MERGED);

        EventQuery ids = new RequestFilter("7, 9", "040101", "garbage", null, "bogus").query(NOW, SOURCES);
        assertThat(ids.ids()).containsExactlyInAnyOrder(7L, 9L);
        assertThat(ids.categoryCodes()).isEmpty();
        assertThat(ids.states()).isEmpty();
        assertThat(ids.reportedFrom()).isNull();
        assertThat(ids.sources()).isEqualTo(SOURCES);
    }

    @Test
    void faultsAreTheSpecs400() {
        for (RequestFilter bad : new RequestFilter[] {new RequestFilter("1,x", null, null, null, null),
                new RequestFilter(null, null, "2026-01-01", null, null),
                new RequestFilter(null, null, null, "2026-01-01T00:00:00", null),
                new RequestFilter(null, null, "2026-02-01T00:00:00Z", "2026-01-01T00:00:00Z", null),
                new RequestFilter(null, null, "2026-01-01T00:00:00Z", "2026-04-01T00:00:01Z", null),
                new RequestFilter(null, null, null, null, "pending")}) {
            assertThatThrownBy(() -> bad.query(NOW, SOURCES)).as("%s", bad).isInstanceOfSatisfying(Open311Error.class,
                    e -> assertThat(e.status().value()).isEqualTo(400));
        }
    }
}
