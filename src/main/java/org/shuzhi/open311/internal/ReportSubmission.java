package org.shuzhi.open311.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.shuzhi.event.Category;
import org.shuzhi.event.EventIntake;
import org.shuzhi.event.EventSource;
import org.shuzhi.event.NewEvent;
import org.shuzhi.event.Urgency;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.shuzhi.platform.ApiProblem;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * POST requests: a GeoReport service request becomes an event from source {@code OPEN311} through the event
 * centre's intake, as the account of the api_key (which the timeline names; {@link ApiKeys} has checked it may
 * report in the jurisdiction), inside the jurisdiction. The
 * reporter's name and phone are kept as the event's personal reporter fields; email, device_id, account_id and
 * media_url are not stored (see docs/OPEN311.md).
 */
@Component
class ReportSubmission {

    /** Mobile numbers written with the country code: +86 139…, 0086-139…. */
    private static final Pattern COUNTRY_CODE = Pattern.compile("(?:\\+86|0086|86)-?(1[0-9]{10})");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

    private final ServiceCatalogue services;
    private final EventIntake intake;
    private final Callers callers;
    private final Documents documents;

    ReportSubmission(ServiceCatalogue services, EventIntake intake, Callers callers, Documents documents) {
        this.services = services;
        this.intake = intake;
        this.callers = callers;
        this.documents = documents;
    }

    /**
     * The outcome of a POST.
     *
     * @param created     false when the idempotency key was sent before and the earlier request is answered
     * @param requestId   the request's id (the event's)
     * @param serviceCode the service reported
     * @param answer      the spec's answer: a list with the request's id and service notice
     */
    record Submitted(boolean created, long requestId, String serviceCode, ArrayNode answer) {
    }

    /** Takes in one request by {@code reporter}; the spec's 400 or 404 when it cannot be. */
    Submitted submit(Caller reporter, String jurisdiction, MultiValueMap<String, String> params, String keyHeader,
            Locale locale) {
        Category service = services.leaf(first(params, "service_code"));
        Double lat = number(params, "lat");
        Double lng = number(params, "long");
        String address = first(params, "address_string");
        if (address == null) {
            address = first(params, "address_id");
        }
        if ((lat == null) != (lng == null)) {
            throw Open311Error.badRequest("open311.error.half-coordinate");
        }
        if (lat == null && address == null) {
            throw Open311Error.badRequest("open311.error.location-missing");
        }
        String description = first(params, "description");
        String key = first(params, "attribute[idempotency_key]");
        NewEvent report = new NewEvent(EventSource.OPEN311, key != null ? key : blankToNull(keyHeader),
                service.code(), service.nameZh(), description != null ? description : service.nameZh(),
                urgency(first(params, "attribute[" + ServiceCatalogue.URGENCY + "]")), lat, lng, address,
                filedUnder(jurisdiction, lat, address),
                new NewEvent.Reporter(name(first(params, "first_name"), first(params, "last_name")),
                        phone(first(params, "phone")), reporter.username()));
        EventIntake.Receipt receipt;
        try {
            receipt = callers.callAs(reporter, () -> intake.report(report, JurisdictionIds.scope(jurisdiction)));
        } catch (ApiProblem problem) {
            throw "event.report.unplaced".equals(problem.messageKey())
                    ? Open311Error.badRequest("open311.error.unplaced", lat, lng) : problem;
        }
        ArrayNode answer = documents.array();
        answer.addObject().put("service_request_id", receipt.event().id())
                .put("service_notice", services.notice(service, receipt.event().urgency(), locale))
                .putNull("account_id");
        return new Submitted(receipt.created(), receipt.event().id(), service.code(), answer);
    }

    /**
     * The region a report is filed under when its point lies in no grid: the jurisdiction, when an address says
     * where it is (a point without one must lie in or near a grid) — the event centre files under a county or below.
     */
    private static String filedUnder(String jurisdiction, Double lat, String address) {
        if (lat != null && (address == null || jurisdiction.length() < 6)) {
            return null;
        }
        if (jurisdiction.length() < 6) {
            throw Open311Error.badRequest("open311.error.jurisdiction-too-wide", jurisdiction);
        }
        return jurisdiction;
    }

    private static Urgency urgency(String value) {
        if (value == null) {
            return Urgency.NORMAL;
        }
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "NORMAL" -> Urgency.NORMAL;
            case "URGENT" -> Urgency.URGENT;
            default -> throw Open311Error.badRequest("open311.error.attribute", ServiceCatalogue.URGENCY, value);
        };
    }

    /** Chinese names are written family name first without a space, others given name first. */
    static String name(String first, String last) {
        if (first == null || last == null) {
            return first != null ? first : last;
        }
        return HAN.matcher(first).matches() && HAN.matcher(last).matches() ? last + first : first + " " + last;
    }

    /** The phone as the event centre accepts it: without blanks and brackets, a mobile without the country code. */
    static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String compact = phone.replaceAll("[\\s()]", "");
        Matcher international = COUNTRY_CODE.matcher(compact);
        return international.matches() ? international.group(1) : compact;
    }

    private static Double number(MultiValueMap<String, String> params, String name) {
        String value = first(params, name);
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw Open311Error.badRequest("open311.error.number", name, value);
        }
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        return blankToNull(params.getFirst(name));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
