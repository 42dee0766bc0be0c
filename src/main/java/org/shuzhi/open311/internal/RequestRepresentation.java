package org.shuzhi.open311.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.shuzhi.event.Category;
import org.shuzhi.event.EventProgress;
import org.shuzhi.event.EventView;
import org.shuzhi.jurisdiction.Division;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.Masking;
import org.springframework.stereotype.Component;

/**
 * An event as a GeoReport service request. The channel is public, so personal data is masked for everyone who
 * reads through it, signed in or not: the description and status notes with the identifiers in them masked, the
 * address shortened; reporter details are never part of it.
 */
@Component
class RequestRepresentation {

    private final ServiceCatalogue services;
    private final Jurisdictions jurisdictions;
    private final Masking masking;
    private final Documents documents;
    private final Open311Properties properties;

    RequestRepresentation(ServiceCatalogue services, Jurisdictions jurisdictions, Masking masking,
            Documents documents, Open311Properties properties) {
        this.services = services;
        this.jurisdictions = jurisdictions;
        this.masking = masking;
        this.documents = documents;
        this.properties = properties;
    }

    /** A writer of requests for one answer (it remembers the names of the regions it looked up). */
    Writer writer(Locale locale) {
        return new Writer(locale);
    }

    /** Writes requests in one language. */
    final class Writer {

        private final Locale locale;
        private final Map<String, String> regionNames = new HashMap<>();

        private Writer(Locale locale) {
            this.locale = locale;
        }

        /** The request for {@code event}, {@code progress} giving its latest step (or {@code null}). */
        ObjectNode request(EventView event, EventProgress progress) {
            Category category = services.find(event.categoryCode()).orElse(null);
            ObjectNode request = documents.object().put("service_request_id", event.id())
                    .put("status", Status.of(event.state()))
                    .put("status_notes", masked(FieldType.FREE_TEXT, progress == null ? null : progress.note()))
                    .put("service_name", category == null ? event.title() : category.name(locale))
                    .put("service_code", event.categoryCode())
                    .put("description", masked(FieldType.FREE_TEXT, event.description()))
                    .put("agency_responsible", agency(event))
                    .put("service_notice", category == null || !category.isLeaf() ? null
                            : services.notice(category, event.urgency(), locale))
                    .put("requested_datetime", dateTime(event.reportedAt()))
                    .put("updated_datetime", dateTime(progress == null ? event.reportedAt() : progress.updatedAt()))
                    .put("expected_datetime", dateTime(event.dueAt()))
                    .put("address", masked(FieldType.ADDRESS, event.address()))
                    .putNull("address_id")
                    .putNull("zipcode");
            if (event.lat() == null) {
                request.putNull("lat").putNull("long");
            } else {
                request.put("lat", event.lat()).put("long", event.lng());
            }
            return request.putNull("media_url");
        }

        /** The department handling the event, else the region of the level handling it, else nobody yet. */
        private String agency(EventView event) {
            if (event.assignedDepartment() != null) {
                return event.assignedDepartment();
            }
            String region = event.assignedRegionCode();
            return region == null ? null : regionNames.computeIfAbsent(region,
                    code -> jurisdictions.find(code).map(Division::name).orElse(code));
        }
    }

    /** An instant as the spec's W3C date-time, with the configured offset; {@code null} stays {@code null}. */
    String dateTime(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS),
                properties.timeZone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private String masked(FieldType type, String value) {
        return value == null ? null : masking.mask(type, value);
    }
}
