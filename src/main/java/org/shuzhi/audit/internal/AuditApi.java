package org.shuzhi.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.audit.AuditPage;
import org.shuzhi.platform.Unscoped;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the audit log for auditors: search the records of actors inside one's scope ({@code AUDIT_READ}),
 * and verify the whole chain ({@code AUDIT_VERIFY}). Bad filters are a 400 problem naming the parameter; a missing
 * permission a 403 problem.
 */
@RestController
@RequestMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "审计 Audit", description = "审计日志查询、导出与完整性校验 — search, export and verify the audit log")
@ApiResponse(responseCode = "400", description = "参数有误 Bad filter",
        content = @Content(mediaType = "application/problem+json",
                schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "无权限 Missing permission",
        content = @Content(mediaType = "application/problem+json",
                schema = @Schema(implementation = ProblemDetail.class)))
class AuditApi {

    private final AuditLog log;
    private final AuditAccess access;
    private final ChainCheck chainCheck;
    private final AuditProperties properties;

    AuditApi(AuditLog log, AuditAccess access, ChainCheck chainCheck, AuditProperties properties) {
        this.log = log;
        this.access = access;
        this.chainCheck = chainCheck;
        this.properties = properties;
    }

    @GetMapping("/records")
    @Operation(summary = "查询审计记录 Search audit records",
            description = "本辖区内人员的审计记录，最新在前，按 seq 翻页（before / after），附总数；需要 AUDIT_READ — "
                    + "records of actors inside the caller's scope, newest first, keyset paging on seq, with the "
                    + "total; needs AUDIT_READ. Records without an actor scope (failed sign-ins under unknown names) "
                    + "are shown only to the unrestricted scope.")
    AuditPage records(@ParameterObject AuditQueryParams params) {
        return log.search(params.toQuery(properties.zone()), access.readScope());
    }

    @GetMapping("/verification")
    @Unscoped("the chain's integrity is one fact about the whole log; the answer carries sequence numbers and a "
            + "count, no record's content")
    @Operation(summary = "校验哈希链 Verify the chain",
            description = "逐条重算哈希链并比对锚点，返回是否完整或第一条异常记录及原因；需要 AUDIT_VERIFY；本次校验本身留痕 — "
                    + "walks the whole chain and its anchors; answers intact, or the first broken record and why "
                    + "(in the caller's language); needs AUDIT_VERIFY; the verification is itself audited")
    VerificationReport verification() {
        return chainCheck.run(LocaleContextHolder.getLocale());
    }
}
