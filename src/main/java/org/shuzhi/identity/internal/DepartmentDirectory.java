package org.shuzhi.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.shuzhi.identity.Department;
import org.shuzhi.identity.Departments;
import org.shuzhi.platform.DataScope;
import org.springframework.stereotype.Component;

/** {@link Departments} over the department store; reads only, the store applies the scope. */
@Component
class DepartmentDirectory implements Departments {

    private final DepartmentStore store;

    DepartmentDirectory(DepartmentStore store) {
        this.store = store;
    }

    @Override
    public Optional<Department> find(String code, DataScope scope) {
        return store.find(scope, code);
    }

    @Override
    public List<Department> findAll(Collection<String> codes, DataScope scope) {
        return store.findAll(scope, codes);
    }

    @Override
    public List<Department> list(DataScope scope) {
        return store.list(scope);
    }
}
