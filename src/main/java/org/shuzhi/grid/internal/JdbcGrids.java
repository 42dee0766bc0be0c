package org.shuzhi.grid.internal;

import java.util.List;
import java.util.Optional;

import org.shuzhi.grid.Grid;
import org.shuzhi.grid.Grids;
import org.shuzhi.platform.DataScope;
import org.springframework.stereotype.Service;

/** {@link Grids} straight from the {@code grid} schema. */
@Service
class JdbcGrids implements Grids {

    private final GridRepository repository;

    JdbcGrids(GridRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Grid> find(String code, DataScope scope) {
        return code == null ? Optional.empty() : repository.find(code, scope);
    }

    @Override
    public List<Grid> list(String regionCodePrefix, DataScope scope) {
        if (!RegionPrefix.isValid(regionCodePrefix)) {
            throw new IllegalArgumentException("a region code prefix is up to 12 digits: " + regionCodePrefix);
        }
        return repository.list(scope, regionCodePrefix, null, null);
    }
}
