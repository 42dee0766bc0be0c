package org.shuzhi.sharing.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.CallerContext;
import org.shuzhi.sharing.ApplicationState;
import org.shuzhi.sharing.ApplicationStep;
import org.shuzhi.sharing.Decision;
import org.shuzhi.sharing.NewApplication;
import org.shuzhi.sharing.ShareApplication;
import org.shuzhi.sharing.ShareGrant;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of applications 共享申请 and grants 授权, for both sides within the caller's scope. */
@RestController
@RequestMapping("/api/sharing")
@Tag(name = "Sharing applications 共享申请", description = "apply (SHARE_REQUEST), decide on the provider's side "
        + "(SHARE_APPROVE) within the working-day deadline, grants")
class ApplicationApi {

    private final ApplicationService service;
    private final ApplicationRepository applications;
    private final GrantRepository grants;
    private final CallerContext caller;

    ApplicationApi(ApplicationService service, ApplicationRepository applications, GrantRepository grants,
            CallerContext caller) {
        this.service = service;
        this.applications = applications;
        this.grants = grants;
        this.caller = caller;
    }

    @PostMapping(path = "/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "提交共享申请 Apply for a conditional resource", description = "409 for a resource that is "
            + "not shared (不予共享) or needs no application (无条件共享); rows only inside the applicant's scope")
    ResponseEntity<ShareApplication> apply(@RequestBody NewApplication application) {
        ShareApplication made = service.apply(application);
        return ResponseEntity.created(URI.create("/api/sharing/applications/" + made.id())).body(made);
    }

    @GetMapping("/applications")
    @Operation(summary = "共享申请 Applications", description = "side=consumer (mine), provider (my inbox) or both")
    List<ShareApplication> list(
            @RequestParam(required = false) @Parameter(description = "consumer or provider") String side,
            @RequestParam(required = false) ApplicationState state,
            @RequestParam(defaultValue = "false") @Parameter(description = "only those escalated for being overdue")
            boolean escalated,
            @RequestParam(defaultValue = "100") int limit) {
        return applications.list(Sides.of(side), state, escalated, Math.max(1, Math.min(limit, 500)), caller.scope());
    }

    @GetMapping("/applications/{id}")
    @Operation(summary = "一件共享申请 One application")
    ShareApplication get(@PathVariable long id) {
        return service.find(id);
    }

    @GetMapping("/applications/{id}/steps")
    @Operation(summary = "办理过程 The application's history", description = "SUBMIT, REMIND, ESCALATE, APPROVE, REJECT")
    List<ApplicationStep> steps(@PathVariable long id) {
        service.find(id);
        return applications.steps(id, caller.scope());
    }

    @PostMapping(path = "/applications/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "审批 Approve or reject", description = "SHARE_APPROVE on the provider's side; approving may "
            + "narrow fields, rows and window and issues a grant; rejecting needs a reason; 409 once decided")
    ShareApplication decide(@PathVariable long id, @RequestBody Decision decision) {
        return service.decide(id, decision);
    }

    @GetMapping("/grants")
    @Operation(summary = "授权 Grants", description = "side=consumer, provider or both")
    List<ShareGrant> grants(@RequestParam(required = false) String side,
            @RequestParam(defaultValue = "100") int limit) {
        return grants.list(Sides.of(side), Math.max(1, Math.min(limit, 500)), caller.scope());
    }

    @GetMapping("/grants/{id}")
    @Operation(summary = "一项授权 One grant")
    ShareGrant grant(@PathVariable long id) {
        return grants.find(id, caller.scope()).orElseThrow(() -> ApiProblem.notFound("sharing.grant-not-found", id));
    }
}
