package org.shuzhi.open311.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.shuzhi.event.EventProgress;
import org.shuzhi.event.EventSource;
import org.shuzhi.event.EventView;
import org.shuzhi.event.Events;
import org.shuzhi.platform.DataScope;
import org.springframework.stereotype.Component;

/**
 * The public reads of GeoReport: requests, one request, a token — always inside one jurisdiction and only events
 * of the public sources; anything else is not found. Lists and single requests show the same masked data to
 * everyone and are not audited, however many they return (docs/OPEN311.md, Audit); a token found is, because it
 * ties a client's key to its request.
 */
@Component
class ServiceRequests {

    private final Events events;
    private final RequestRepresentation representation;
    private final Documents documents;
    private final Open311Properties properties;
    private final Clock clock;
    private final Open311Audit audit;

    ServiceRequests(Events events, RequestRepresentation representation, Documents documents,
            Open311Properties properties, Clock clock, Open311Audit audit) {
        this.events = events;
        this.representation = representation;
        this.documents = documents;
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
    }

    /** The requests of {@code jurisdiction} matching {@code filter}, newest first. */
    ArrayNode list(String jurisdiction, RequestFilter filter, Locale locale) {
        DataScope scope = JurisdictionIds.scope(jurisdiction);
        List<EventView> found = events.list(filter.query(clock.instant(), properties.publicSources()), scope);
        return write(found, scope, locale);
    }

    /** The request with this id; 404 when there is none in the jurisdiction. */
    ArrayNode one(String jurisdiction, String id, Locale locale) {
        DataScope scope = JurisdictionIds.scope(jurisdiction);
        Optional<EventView> event = id.matches("[0-9]{1,18}")
                ? events.find(Long.parseLong(id), scope).filter(this::isPublic) : Optional.empty();
        return write(List.of(event.orElseThrow(() -> Open311Error.notFound("open311.error.request-unknown", id))),
                scope, locale);
    }

    /**
     * The request a token stands for. Reports are taken in at once, so a POST always answers with the request's id;
     * the token of a request is the idempotency key its client sent with it (see docs/OPEN311.md). A token found is
     * audited ({@value Open311Audit#TOKEN}); the token itself is not written there.
     */
    ArrayNode token(String jurisdiction, String token) {
        EventView event = events.findByKey(EventSource.OPEN311, token, JurisdictionIds.scope(jurisdiction))
                .orElseThrow(() -> Open311Error.notFound("open311.error.token-unknown", token));
        audit.tokenFound(jurisdiction, event.id());
        ArrayNode answer = documents.array();
        answer.addObject().put("service_request_id", event.id()).put("token", token);
        return answer;
    }

    private boolean isPublic(EventView event) {
        return properties.publicSources().contains(event.source());
    }

    private ArrayNode write(List<EventView> found, DataScope scope, Locale locale) {
        Map<Long, EventProgress> progress = events.progress(found.stream().map(EventView::id).toList(), scope);
        RequestRepresentation.Writer writer = representation.writer(locale);
        ArrayNode requests = documents.array();
        found.forEach(event -> requests.add(writer.request(event, progress.get(event.id()))));
        return requests;
    }
}
