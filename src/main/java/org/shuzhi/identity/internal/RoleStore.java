package org.shuzhi.identity.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.shuzhi.identity.Permission;
import org.shuzhi.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Roles and their permissions in {@code identity.role} / {@code identity.role_permission}. */
@Repository
class RoleStore {

    private final JdbcClient jdbc;

    RoleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All roles, built-in first, then by code. */
    List<Role> all() {
        return load(null);
    }

    /** The role with this code, if any. */
    Optional<Role> find(String code) {
        return load(code).stream().findFirst();
    }

    /** Inserts a custom role; false when the code is taken. */
    boolean insert(Role role) {
        int rows = jdbc.sql("""
                insert into identity.role (code, name_zh, name_en, built_in, department_narrowed)
                values (:code, :zh, :en, false, :narrowed) on conflict (code) do nothing""")
                .param("code", role.code()).param("zh", role.nameZh()).param("en", role.nameEn())
                .param("narrowed", role.departmentNarrowed()).update();
        if (rows == 0) {
            return false;
        }
        for (Permission permission : role.permissions()) {
            jdbc.sql("insert into identity.role_permission (role_code, permission) values (:code, :permission)")
                    .param("code", role.code()).param("permission", permission.name()).update();
        }
        return true;
    }

    private List<Role> load(String onlyCode) {
        Map<String, Role> roles = new LinkedHashMap<>();
        Map<String, Set<Permission>> permissions = new LinkedHashMap<>();
        jdbc.sql("""
                select r.code, r.name_zh, r.name_en, r.built_in, r.department_narrowed, p.permission
                from identity.role r left join identity.role_permission p on p.role_code = r.code
                where cast(:code as text) is null or r.code = :code
                order by r.built_in desc, r.code""")
                .param("code", onlyCode)
                .query(rs -> {
                    String code = rs.getString("code");
                    roles.computeIfAbsent(code, c -> {
                        try {
                            return new Role(c, rs.getString("name_zh"), rs.getString("name_en"),
                                    rs.getBoolean("built_in"), rs.getBoolean("department_narrowed"), Set.of());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    Set<Permission> held = permissions.computeIfAbsent(code, c -> EnumSet.noneOf(Permission.class));
                    String permission = rs.getString("permission");
                    if (permission != null) {
                        held.add(Permission.valueOf(permission));
                    }
                });
        return roles.values().stream().map(r -> new Role(r.code(), r.nameZh(), r.nameEn(), r.builtIn(),
                r.departmentNarrowed(), permissions.get(r.code()))).toList();
    }
}
