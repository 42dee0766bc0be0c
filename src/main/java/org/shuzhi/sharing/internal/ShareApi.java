package org.shuzhi.sharing.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shuzhi.platform.HighRateApi;
import org.shuzhi.platform.ProblemBodies;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sharing API 共享接口: rows of a shared resource, as granted. */
@RestController
@HighRateApi
@Tag(name = "Sharing 共享接口", description = "无条件共享 for every SHARE_CALL holder who may see the entry; 有条件共享 "
        + "under a grant: its fields, rows and window only; personal fields masked")
class ShareApi {

    private final ShareCalls calls;
    private final ProblemBodies problems;
    private final ObjectWriter json;

    ShareApi(ShareCalls calls, ProblemBodies problems, ObjectMapper mapper) {
        this.calls = calls;
        this.problems = problems;
        this.json = mapper.writerFor(ShareRows.class);
    }

    @GetMapping(path = "/api/share/{entryCode}/rows", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "调用共享资源 Read shared rows", description = "key= the key item value(s), comma-separated in "
            + "order; <column>=<value> filters by a granted column; fields= the columns wanted (all granted when "
            + "absent). 403 for a field not granted (never silently dropped), without a grant or when the grant has "
            + "expired; 409 for a resource that is not shared; 429 with Retry-After over the consumer's rate limit. "
            + "Personal fields are masked unless the grant names them for clear text and the caller holds "
            + "PERSONAL_VIEW_* for their class. Every call is audited (share.call).")
    @ApiResponse(responseCode = "200", description = "the granted rows, masked", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ShareRows.class)))
    void rows(@PathVariable String entryCode,
            @RequestParam Map<String, String> parameters,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) @Parameter(description = "comma-separated column names") String fields,
            @RequestParam(required = false) @Parameter(description = "the key item value(s)") String key,
            HttpServletResponse response) throws IOException {
        ShareRows rows = calls.call(entryCode, parameters, page, size, fields);
        // written here in one piece with its length, rather than streamed by a message converter that flushes
        // mid-way: that made every answer chunked and two socket writes, and content negotiation was already done
        // by the mapping's produces condition (see docs/BENCHMARKS.md, sharing API)
        byte[] body = json.writeValueAsBytes(rows);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @ExceptionHandler(RateLimited.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimited limited, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail body = problems.of(limited.status(), limited.messageKey(), limited.args(), locale, request);
        limited.properties().forEach(body::setProperty);
        return ResponseEntity.status(limited.status()).header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfter()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
