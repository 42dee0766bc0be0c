package org.shuzhi.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.shuzhi.platform.DataScope;

/**
 * The department directory as other modules read it — e.g. to check that a catalog entry's provider exists and lies
 * in the writer's scope, or to name departments on pages. Scoped like every other read: outside {@code scope} a
 * department does not exist.
 */
public interface Departments {

    /** The department with this code, when it lies inside {@code scope}. */
    Optional<Department> find(String code, DataScope scope);

    /**
     * The departments with these codes that lie inside {@code scope}, by code — one lookup to name the departments
     * of a page or a report; codes unknown or outside the scope are simply missing.
     */
    List<Department> findAll(Collection<String> codes, DataScope scope);

    /** The departments inside {@code scope}, by code. */
    List<Department> list(DataScope scope);
}
