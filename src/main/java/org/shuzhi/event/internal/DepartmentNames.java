package org.shuzhi.event.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shuzhi.identity.Department;
import org.shuzhi.identity.Departments;
import org.shuzhi.platform.DataScope;
import org.springframework.stereotype.Component;

/**
 * The names of the departments (部门) events are assigned to, for pages and statistics, which otherwise could show
 * only codes such as {@code 320509-cg}: one lookup in the identity module for all the codes of a page or a report,
 * confined to the reader's scope like every read — a department outside it (say the county's bureau, seen by a
 * township's dispatcher) is not named, and the page shows its code instead.
 */
@Component
class DepartmentNames {

    private final Departments departments;

    DepartmentNames(Departments departments) {
        this.departments = departments;
    }

    /** Code → name of those of {@code codes} that lie inside {@code scope}; {@code null}s are ignored. */
    Map<String, String> of(Collection<String> codes, DataScope scope) {
        if (codes.stream().allMatch(Objects::isNull)) {
            return Map.of();
        }
        return departments.findAll(codes.stream().filter(Objects::nonNull).toList(), scope).stream()
                .collect(Collectors.toMap(Department::code, Department::name, (a, b) -> a));
    }

    /** The name of {@code code} in {@code names}, else the code itself; {@code null} for none. */
    static String name(Map<String, String> names, String code) {
        return code == null ? null : names.getOrDefault(code, code);
    }

    /** {@code of} over the codes {@code code} picks from {@code rows}. */
    <T> Map<String, String> of(Collection<T> rows, Function<T, String> code, DataScope scope) {
        return of(rows.stream().map(code).filter(Objects::nonNull).collect(Collectors.toSet()), scope);
    }
}
