package org.shuzhi.identity.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.identity.Callers;
import org.shuzhi.identity.Role;
import org.shuzhi.identity.RoleAdministration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the roles: the built-in ones and the custom roles of the caller's scope. Reading needs
 * {@code USER_READ} (or {@code ROLE_MANAGE}), changing {@code ROLE_MANAGE}; a custom role only ever holds
 * permissions its editor holds.
 */
@RestController
@RequestMapping(path = "/api/identity/roles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "角色 Roles", description = "内置角色与本辖区的自定义角色 — built-in roles and the custom roles of the caller's scope")
@ProblemResponses
class RoleApi {

    private final RoleAdministration administration;
    private final Callers callers;

    RoleApi(RoleAdministration administration, Callers callers) {
        this.administration = administration;
        this.callers = callers;
    }

    @GetMapping
    @Operation(summary = "角色列表 Roles", description = "内置角色在前，然后按代码 — built-in first, then by code")
    List<Role> list() {
        return administration.roles(callers.current());
    }

    @GetMapping("/{code}")
    @Operation(summary = "查看角色 One role")
    Role get(@PathVariable @Parameter(example = "dispatcher") String code) {
        return administration.findRole(callers.current(), code);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "创建自定义角色 Create a custom role", description = "只能包含自己拥有的权限 — only permissions "
            + "the caller holds")
    @ApiResponse(responseCode = "201", description = "已创建 Created")
    @ApiResponse(responseCode = "409", description = "角色代码已存在 Code taken",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<Role> create(@RequestBody RoleDraft body) {
        Role created = administration.createRole(callers.current(), body.role(body.code()));
        return ResponseEntity.created(URI.create("/api/identity/roles/" + created.code())).body(created);
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改自定义角色 Change a custom role", description = "名称、权限、是否限于本部门；代码与区划不变 — "
            + "names, permissions, department narrowing; code and region stay")
    Role update(@PathVariable String code, @RequestBody RoleDraft body) {
        return administration.updateRole(callers.current(), code, body.role(code));
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "删除未使用的自定义角色 Delete an unused custom role")
    @ApiResponse(responseCode = "204", description = "已删除 Deleted")
    @ApiResponse(responseCode = "409", description = "仍有账号持有该角色 Still held by an account",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<Void> delete(@PathVariable String code) {
        administration.deleteRole(callers.current(), code);
        return ResponseEntity.noContent().build();
    }
}
