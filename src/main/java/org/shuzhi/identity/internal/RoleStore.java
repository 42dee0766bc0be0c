package org.shuzhi.identity.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.shuzhi.identity.Permission;
import org.shuzhi.identity.Role;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Roles and their permissions in {@code identity.role} / {@code identity.role_permission}. Built-in roles are read
 * by everyone and never written; custom roles are read and written only inside a {@link DataScope} that covers their
 * region. A department-narrowed scope reaches no custom role: role definitions have no department.
 */
@Repository
class RoleStore {

    private final JdbcClient jdbc;
    /** Changing a role changes the rights of every holder: cached bearer-token callers are forgotten. */
    private final TokenCallers callers;

    RoleStore(JdbcClient jdbc, TokenCallers callers) {
        this.jdbc = jdbc;
        this.callers = callers;
    }

    /** The built-in roles, then the custom roles inside {@code scope}, by code. */
    List<Role> visible(DataScope scope) {
        return load(scope, null);
    }

    /** The role with this code, when it is built-in or inside {@code scope}. */
    Optional<Role> find(DataScope scope, String code) {
        return code == null ? Optional.empty() : load(scope, code).stream().findFirst();
    }

    /** Inserts a custom role placed inside {@code scope}; false when the code is taken or the place is outside. */
    boolean insert(DataScope scope, Role role) {
        ScopedSql where = ScopedSql.where(scope, "v.region_code");
        int rows = jdbc.sql("""
                insert into identity.role (code, name_zh, name_en, built_in, department_narrowed, region_code)
                select :code, :zh, :en, false, :narrowed, v.region_code
                from (select cast(:region as text) as region_code) v
                where %s on conflict (code) do nothing""".formatted(where.sql())).params(where.parameters())
                .param("code", role.code()).param("zh", role.nameZh()).param("en", role.nameEn())
                .param("narrowed", role.departmentNarrowed()).param("region", role.regionCode()).update();
        if (rows == 1) {
            insertPermissions(role.code(), role.permissions());
        }
        return rows == 1;
    }

    /** Replaces names, narrowing and permissions of a custom role inside {@code scope}; false when there is none. */
    boolean update(DataScope scope, Role role) {
        callers.forgetAll();
        ScopedSql where = customIn(scope);
        int rows = jdbc.sql("""
                update identity.role r set name_zh = :zh, name_en = :en, department_narrowed = :narrowed
                where r.code = :code and %s""".formatted(where.sql())).params(where.parameters())
                .param("code", role.code()).param("zh", role.nameZh()).param("en", role.nameEn())
                .param("narrowed", role.departmentNarrowed()).update();
        if (rows == 1) {
            jdbc.sql("delete from identity.role_permission where role_code = :code").param("code", role.code())
                    .update();
            insertPermissions(role.code(), role.permissions());
        }
        return rows == 1;
    }

    /** Deletes a custom role inside {@code scope} that no account holds; false when there is no such role. */
    boolean deleteUnused(DataScope scope, String code) {
        callers.forgetAll();
        ScopedSql where = customIn(scope);
        return jdbc.sql("""
                delete from identity.role r where r.code = :code
                and not exists (select 1 from identity.user_role ur where ur.role_code = r.code)
                and %s""".formatted(where.sql())).params(where.parameters()).param("code", code).update() == 1;
    }

    private void insertPermissions(String code, Set<Permission> permissions) {
        for (Permission permission : permissions) {
            jdbc.sql("insert into identity.role_permission (role_code, permission) values (:code, :permission)")
                    .param("code", code).param("permission", permission.name()).update();
        }
    }

    private static ScopedSql customIn(DataScope scope) {
        ScopedSql where = ScopedSql.where(scope, "r.region_code");
        return new ScopedSql("not r.built_in and " + where.sql(), where.parameters());
    }

    private List<Role> load(DataScope scope, String onlyCode) {
        ScopedSql where = ScopedSql.where(scope, "r.region_code");
        Map<String, Role> roles = new LinkedHashMap<>();
        Map<String, Set<Permission>> permissions = new LinkedHashMap<>();
        jdbc.sql("""
                select r.code, r.name_zh, r.name_en, r.built_in, r.department_narrowed, r.region_code, p.permission
                from identity.role r left join identity.role_permission p on p.role_code = r.code
                where (cast(:code as text) is null or r.code = :code) and (r.built_in or %s)
                order by r.built_in desc, r.code""".formatted(where.sql()))
                .params(where.parameters()).param("code", onlyCode)
                .query(rs -> {
                    String code = rs.getString("code");
                    if (!roles.containsKey(code)) {
                        roles.put(code, new Role(code, rs.getString("name_zh"), rs.getString("name_en"),
                                rs.getBoolean("built_in"), rs.getBoolean("department_narrowed"), Set.of(),
                                rs.getString("region_code")));
                    }
                    Set<Permission> held = permissions.computeIfAbsent(code, c -> EnumSet.noneOf(Permission.class));
                    String permission = rs.getString("permission");
                    if (permission != null) {
                        held.add(Permission.valueOf(permission));
                    }
                });
        return roles.values().stream().map(r -> new Role(r.code(), r.nameZh(), r.nameEn(), r.builtIn(),
                r.departmentNarrowed(), permissions.get(r.code()), r.regionCode())).toList();
    }
}
