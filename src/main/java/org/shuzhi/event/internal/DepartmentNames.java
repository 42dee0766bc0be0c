package org.shuzhi.event.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.event.EventView;
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
    private final ObjectMapper json;

    DepartmentNames(Departments departments, ObjectMapper json) {
        this.departments = departments;
        this.json = json;
    }

    /** Code → name of those of {@code codes} that lie inside {@code scope}; {@code null}s are ignored. */
    Map<String, String> of(Collection<String> codes, DataScope scope) {
        List<String> wanted = codes.stream().filter(Objects::nonNull).toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return departments.findAll(wanted, scope).stream()
                .collect(Collectors.toMap(Department::code, Department::name, (a, b) -> a));
    }

    /**
     * Code → name of every department inside {@code scope}, by code: what a dispatcher may choose from (the dispatch
     * form offers them; the choice is still checked by {@code DispatchDepartments}).
     */
    Map<String, String> choices(DataScope scope) {
        Map<String, String> choices = new LinkedHashMap<>();
        departments.list(scope).forEach(d -> choices.put(d.code(), d.name()));
        return choices;
    }

    /** {@code of} over the codes {@code code} picks from {@code rows}. */
    <T> Map<String, String> of(Collection<T> rows, Function<T, String> code, DataScope scope) {
        return of(rows.stream().map(code).filter(Objects::nonNull).collect(Collectors.toSet()), scope);
    }

    /**
     * The departments one event's page shows: the one handling it, and those its dispatch explanation and timeline
     * steps name (field {@code department} of their JSON) — earlier dispatches may have gone elsewhere.
     */
    Map<String, String> forEvent(EventView event, List<TimelineEntry> timeline, DataScope scope) {
        Set<String> codes = new HashSet<>();
        codes.add(event.assignedDepartment());
        codes.add(named(event.dispatchExplanation()));
        timeline.forEach(step -> codes.add(named(step.details())));
        return of(codes, scope);
    }

    /** The department a JSON explanation names, or {@code null}. */
    private String named(String explanation) {
        if (explanation == null || explanation.isBlank()) {
            return null;
        }
        try {
            JsonNode department = json.readTree(explanation).path("department");
            return department.isTextual() ? department.asText() : null;
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }
}
