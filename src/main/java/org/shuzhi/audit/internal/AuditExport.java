package org.shuzhi.audit.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.audit.AuditQuery;
import org.shuzhi.platform.DataScope;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit/records.csv}: every record the same filters find in the caller's scope, streamed as CSV
 * (UTF-8 with a byte-order mark, so spreadsheets read the Chinese right). The export is recorded
 * ({@code audit.export}, with its filters) before the first row leaves: no export goes unrecorded.
 */
@RestController
@Tag(name = "审计 Audit")
class AuditExport {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final AuditLog log;
    private final AuditAccess access;
    private final AuditProperties properties;
    private final ObjectMapper json;

    AuditExport(AuditLog log, AuditAccess access, AuditProperties properties, ObjectMapper json) {
        this.log = log;
        this.access = access;
        this.properties = properties;
        this.json = json;
    }

    // no "produces": a rejected request must still be able to answer with problem+json
    @GetMapping("/api/audit/records.csv")
    @Operation(summary = "导出审计记录 Export audit records (CSV)",
            description = "与查询相同的筛选条件，导出全部匹配记录（不分页，流式）；需要 AUDIT_READ；导出本身留痕（audit.export）— "
                    + "the same filters as the search, all matching records streamed; needs AUDIT_READ; the export "
                    + "is itself audited")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    void export(@ParameterObject AuditQueryParams params, HttpServletResponse response) throws IOException {
        DataScope scope = access.readScope();
        AuditQuery query = params.toQuery(properties.zone());
        access.recordOwn("audit.export", "audit:records", Outcome.SUCCESS, details(params.describe()));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("audit-records-" + FILE_TIME.withZone(properties.zone()).format(Instant.now()) + ".csv")
                .build().toString());
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write('\uFEFF');
        AuditCsv csv = new AuditCsv(out, properties.zone());
        csv.header();
        log.export(query, scope, csv::write);
        out.flush();
    }

    private String details(Map<String, String> filters) {
        try {
            return json.writeValueAsString(Map.of("filters", filters));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
