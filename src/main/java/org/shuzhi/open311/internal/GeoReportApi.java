package org.shuzhi.open311.internal;

import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.identity.Caller;
import org.shuzhi.platform.Unscoped;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 under {@code /open311/v2}: every resource in JSON and XML by its extension. Reads need no
 * sign-in; a POST needs an api_key. Each call serves one jurisdiction ({@code jurisdiction_id}, else the configured
 * default), so the handlers take no caller's scope: they are confined to the jurisdiction instead. Every POST is
 * audited, however it ends, and so is every token found ({@link Open311Audit}); the public reads of masked
 * requests are not (docs/OPEN311.md, Audit).
 */
@RestController
@RequestMapping("/open311/v2")
@Tag(name = "Open311 GeoReport v2", description = "Public service requests: discovery, services, requests, tokens")
class GeoReportApi {

    /** Why the handlers are not confined to the caller's scope. */
    static final String PUBLIC_CHANNEL = "public Open311 channel: confined to the named jurisdiction instead of a "
            + "caller's scope, personal fields masked for everyone";

    private static final String SERVICE_REQUESTS = "service_requests";

    private final Documents documents;
    private final JurisdictionIds jurisdictions;
    private final ServiceCatalogue services;
    private final ServiceRequests requests;
    private final ReportSubmission submission;
    private final ApiKeys keys;
    private final Open311Audit audit;
    private final Discovery discovery;

    GeoReportApi(Documents documents, JurisdictionIds jurisdictions, ServiceCatalogue services,
            ServiceRequests requests, ReportSubmission submission, ApiKeys keys, Open311Audit audit,
            Discovery discovery) {
        this.documents = documents;
        this.jurisdictions = jurisdictions;
        this.services = services;
        this.requests = requests;
        this.submission = submission;
        this.keys = keys;
        this.audit = audit;
        this.discovery = discovery;
    }

    @GetMapping("/discovery.{format}")
    @Operation(summary = "Service discovery: where the GeoReport v2 endpoint is and in which formats")
    @Unscoped(PUBLIC_CHANNEL)
    ResponseEntity<byte[]> discovery(@PathVariable String format) {
        Format f = Format.of(format);
        return documents.ok(f, "discovery", discovery.document());
    }

    @GetMapping("/services.{format}")
    @Operation(summary = "The services: one per leaf category of the event catalogue")
    @Unscoped(PUBLIC_CHANNEL)
    ResponseEntity<byte[]> services(@PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        return serve(format, jurisdictionId, "services", jurisdiction -> services.services(locale()));
    }

    @GetMapping("/services/{serviceCode}.{format}")
    @Operation(summary = "A service definition: the attributes a request of this service may carry")
    @Unscoped(PUBLIC_CHANNEL)
    ResponseEntity<byte[]> definition(@PathVariable String serviceCode, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        return serve(format, jurisdictionId, "service_definition",
                jurisdiction -> services.definition(serviceCode, locale()));
    }

    @PostMapping("/requests.{format}")
    @Operation(summary = "Report a service request (form parameters as in the spec; api_key required): 201 with "
            + "its id, or 200 with the earlier one for a repeated attribute[idempotency_key] or Idempotency-Key")
    @Unscoped(PUBLIC_CHANNEL)
    ResponseEntity<byte[]> create(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        // checked in the documented order; every POST leaves one audit record, by the key's account once it is known
        Caller account = Caller.anonymous();
        String jurisdiction = null;
        Format f;
        ReportSubmission.Submitted submitted;
        try {
            f = Format.of(format);
            jurisdiction = jurisdictions.resolve(params.getFirst("jurisdiction_id"));
            account = keys.account(params.getFirst("api_key"));
            submitted = submission.submit(keys.reporter(account, jurisdiction), jurisdiction, params, idempotencyKey,
                    locale());
        } catch (RuntimeException refused) {
            audit.refused(account, jurisdiction, refused);
            throw refused;
        }
        audit.reported(account, jurisdiction, submitted.serviceCode(), submitted.requestId(), submitted.created());
        return documents.answer(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK, f, SERVICE_REQUESTS,
                submitted.answer());
    }

    @GetMapping("/requests.{format}")
    @Operation(summary = "Service requests of the jurisdiction: by ids, or by service, date window (at most 90 "
            + "days, the last 90 by default) and status; at most 1000")
    @Unscoped(PUBLIC_CHANNEL)
    ResponseEntity<byte[]> list(@PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String codes,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(name = "status", required = false) String status) {
        RequestFilter filter = new RequestFilter(ids, codes, startDate, endDate, status);
        return serve(format, jurisdictionId, SERVICE_REQUESTS,
                jurisdiction -> requests.list(jurisdiction, filter, locale()));
    }

    @GetMapping("/requests/{id}.{format}")
    @Operation(summary = "One service request of the jurisdiction")
    @Unscoped(PUBLIC_CHANNEL)
    ResponseEntity<byte[]> one(@PathVariable String id, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        return serve(format, jurisdictionId, SERVICE_REQUESTS,
                jurisdiction -> requests.one(jurisdiction, id, locale()));
    }

    @GetMapping("/tokens/{token}.{format}")
    @Operation(summary = "The service request of a token (the idempotency key its client sent)")
    @Unscoped(PUBLIC_CHANNEL)
    ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        return serve(format, jurisdictionId, SERVICE_REQUESTS, jurisdiction -> requests.token(jurisdiction, token));
    }

    /** A read: the format checked first, then the jurisdiction, whose code {@code content} is computed for. */
    private ResponseEntity<byte[]> serve(String format, String jurisdictionId, String root,
            Function<String, JsonNode> content) {
        Format f = Format.of(format);
        return documents.ok(f, root, content.apply(jurisdictions.resolve(jurisdictionId)));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
