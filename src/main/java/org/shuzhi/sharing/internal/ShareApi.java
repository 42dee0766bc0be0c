package org.shuzhi.sharing.internal;

import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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

    ShareApi(ShareCalls calls, ProblemBodies problems) {
        this.calls = calls;
        this.problems = problems;
    }

    @GetMapping(path = "/api/share/{entryCode}/rows", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "调用共享资源 Read shared rows", description = "key= the key item value(s), comma-separated in "
            + "order; <column>=<value> filters by a granted column; fields= the columns wanted (all granted when "
            + "absent). 403 for a field not granted (never silently dropped), without a grant or when the grant has "
            + "expired; 409 for a resource that is not shared; 429 with Retry-After over the consumer's rate limit. "
            + "Personal fields are masked unless the grant names them for clear text and the caller holds "
            + "PERSONAL_VIEW_* for their class. Every call is audited (share.call).")
    ShareRows rows(@PathVariable String entryCode,
            @RequestParam Map<String, String> parameters,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) @Parameter(description = "comma-separated column names") String fields,
            @RequestParam(required = false) @Parameter(description = "the key item value(s)") String key) {
        return calls.call(entryCode, parameters, page, size, fields);
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
