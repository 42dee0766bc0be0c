package org.shuzhi.sharing.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.platform.CallerContext;
import org.shuzhi.sharing.NewObjection;
import org.shuzhi.sharing.Objection;
import org.shuzhi.sharing.ObjectionState;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of objections 数据异议. */
@RestController
@RequestMapping("/api/sharing/objections")
@Tag(name = "Sharing objections 数据异议", description = "consumers object to shared data; providers resolve")
class ObjectionApi {

    private final ObjectionService service;
    private final ObjectionRepository objections;
    private final CallerContext caller;

    ObjectionApi(ObjectionService service, ObjectionRepository objections, CallerContext caller) {
        this.service = service;
        this.objections = objections;
        this.caller = caller;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "提出异议 File an objection", description = "row key, column, what is wrong, evidence")
    ResponseEntity<Objection> file(@RequestBody NewObjection objection) {
        Objection filed = service.file(objection);
        return ResponseEntity.created(URI.create("/api/sharing/objections/" + filed.id())).body(filed);
    }

    @GetMapping
    @Operation(summary = "异议 Objections", description = "side=consumer (filed by my side), provider (to resolve)")
    List<Objection> list(@RequestParam(required = false) @Parameter(description = "consumer or provider") String side,
            @RequestParam(required = false) ObjectionState state, @RequestParam(defaultValue = "100") int limit) {
        return objections.list(Sides.of(side), state, Math.max(1, Math.min(limit, 500)), caller.scope());
    }

    @GetMapping("/{id}")
    @Operation(summary = "一项异议 One objection")
    Objection get(@PathVariable long id) {
        return service.find(id);
    }

    /** The provider's resolution: ACCEPTED, CORRECTED or REJECTED (with a reason). */
    record Resolution(ObjectionState outcome, String reason) {
    }

    @PostMapping(path = "/{id}/resolution", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "处理异议 Resolve", description = "ACCEPTED, CORRECTED or REJECTED (reason required); 409 once resolved")
    Objection resolve(@PathVariable long id, @RequestBody Resolution resolution) {
        return service.resolve(id, resolution == null ? null : resolution.outcome(),
                resolution == null ? null : resolution.reason());
    }
}
