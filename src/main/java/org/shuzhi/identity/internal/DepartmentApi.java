package org.shuzhi.identity.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.identity.AccountAdministration;
import org.shuzhi.identity.Callers;
import org.shuzhi.identity.Department;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the departments in the caller's scope (a department-narrowed caller sees their own). */
@RestController
@RequestMapping(path = "/api/identity/departments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "部门 Departments", description = "本辖区内的部门 — departments in the caller's scope")
@ProblemResponses
class DepartmentApi {

    private final AccountAdministration administration;
    private final Callers callers;

    DepartmentApi(AccountAdministration administration, Callers callers) {
        this.administration = administration;
        this.callers = callers;
    }

    @GetMapping
    @Operation(summary = "部门列表 Departments", description = "按代码排序 — by code")
    List<Department> list(@RequestParam(required = false)
            @Parameter(description = "区划代码，含下级 region subtree", example = "320509") String region) {
        return administration.departments(callers.current(), region);
    }

    @GetMapping("/{code}")
    @Operation(summary = "查看部门 One department")
    Department get(@PathVariable @Parameter(example = "320509-cg") String code) {
        return administration.findDepartment(callers.current(), code);
    }
}
