package org.shuzhi.identity.internal;

import java.net.URI;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.identity.AccountAdministration;
import org.shuzhi.identity.AccountAdministration.NewUser;
import org.shuzhi.identity.AccountAdministration.UserChanges;
import org.shuzhi.identity.AccountAdministration.UserPage;
import org.shuzhi.identity.AccountAdministration.UserQuery;
import org.shuzhi.identity.Callers;
import org.shuzhi.identity.UserAccount;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the accounts in the caller's scope. Reads need {@code USER_READ}, changes {@code USER_MANAGE}; an
 * account outside the caller's scope is 404 for every method; granting more than one holds is 403; bad input is
 * 400 and writes nothing. Mobile and ID numbers are masked unless the caller may see them.
 */
@RestController
@RequestMapping(path = "/api/identity/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "用户 Users", description = "本辖区内的账号：查询、创建、修改、停用、重置密码、分配角色/网格/部门 — accounts in "
        + "the caller's scope")
@ProblemResponses
class UserApi {

    private final AccountAdministration administration;
    private final Callers callers;

    UserApi(AccountAdministration administration, Callers callers) {
        this.administration = administration;
        this.callers = callers;
    }

    /** A new password. */
    record PasswordBody(String password) {
    }

    /** The complete set of roles an account is to hold. */
    record RolesBody(Set<String> roles) {
    }

    /** The complete set of grids an account is to patrol. */
    record GridsBody(Set<String> grids) {
    }

    /** The department an account is to belong to; {@code null} or empty for none. */
    record DepartmentBody(String departmentCode) {
    }

    @GetMapping
    @Operation(summary = "查询用户 Search accounts", description = "本辖区内的账号，按用户名排序、分页；筛选只会缩小范围 — "
            + "accounts in scope by username, paged; filters only narrow the scope")
    UserPage list(@RequestParam(required = false) @Parameter(description = "区划代码，含下级 region subtree", example = "320509104") String region,
            @RequestParam(required = false) @Parameter(description = "部门代码 department", example = "320509-cg") String department,
            @RequestParam(required = false) @Parameter(description = "角色代码 role", example = "dispatcher") String role,
            @RequestParam(required = false) @Parameter(description = "用户名或姓名包含 username or name contains") String q,
            @RequestParam(defaultValue = "0") @Parameter(description = "页码，从 0 起 page, from 0") int page,
            @RequestParam(defaultValue = "20") @Parameter(description = "每页 1–200 page size") int size) {
        return administration.searchUsers(callers.current(), new UserQuery(region, department, role, q, page, size));
    }

    @GetMapping("/{username}")
    @Operation(summary = "查看用户 One account")
    UserAccount get(@PathVariable @Parameter(example = "wj.dispatcher") String username) {
        return administration.findUser(callers.current(), username);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "创建用户 Create an account", description = "区划、部门须在本辖区内，角色的权限不得超出自己的权限 — region "
            + "and department inside the caller's scope, roles within the caller's permissions")
    @ApiResponse(responseCode = "201", description = "已创建 Created")
    @ApiResponse(responseCode = "409", description = "用户名已被使用 Username taken",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<UserAccount> create(@RequestBody NewUser user) {
        UserAccount created = administration.createUser(callers.current(), user);
        return ResponseEntity.created(URI.create("/api/identity/users/" + created.username())).body(created);
    }

    @PutMapping(path = "/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改用户 Change an account", description = "省略的字段不变；部门、手机号、身份证号为空串时清除 — "
            + "omitted fields stay; an empty department, mobile or idNumber clears it")
    UserAccount update(@PathVariable String username, @RequestBody UserChanges changes) {
        return administration.updateUser(callers.current(), username, changes);
    }

    @PostMapping("/{username}/disable")
    @Operation(summary = "停用 Disable an account")
    UserAccount disable(@PathVariable String username) {
        return administration.setEnabled(callers.current(), username, false);
    }

    @PostMapping("/{username}/enable")
    @Operation(summary = "启用 Enable an account")
    UserAccount enable(@PathVariable String username) {
        return administration.setEnabled(callers.current(), username, true);
    }

    @PostMapping(path = "/{username}/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "重置密码 Reset the password", description = "新密码须符合密码规则，并解除锁定 — the new password "
            + "must meet the rules; clears a lock-out")
    @ApiResponse(responseCode = "204", description = "已重置 Reset")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody PasswordBody body) {
        administration.setPassword(callers.current(), username, body.password());
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/{username}/roles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "分配角色 Replace the roles")
    UserAccount roles(@PathVariable String username, @RequestBody RolesBody body) {
        return administration.assignRoles(callers.current(), username, body.roles() == null ? Set.of() : body.roles());
    }

    @PutMapping(path = "/{username}/grids", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "分配网格 Replace the grids")
    UserAccount grids(@PathVariable String username, @RequestBody GridsBody body) {
        return administration.assignGrids(callers.current(), username, body.grids() == null ? Set.of() : body.grids());
    }

    @PutMapping(path = "/{username}/department", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "调整部门 Move to a department", description = "空值表示不属于任何部门 — null or empty for none")
    UserAccount department(@PathVariable String username, @RequestBody DepartmentBody body) {
        String department = body.departmentCode() == null ? "" : body.departmentCode();
        return administration.updateUser(callers.current(), username, new UserChanges(null, null, department, null,
                null));
    }
}
