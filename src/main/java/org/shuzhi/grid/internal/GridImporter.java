package org.shuzhi.grid.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridsImported;
import org.shuzhi.platform.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way grids get stored — the REST import and the demo loader both come here. A file is read and
 * validated completely before the first row is written, and written in one transaction: a bad file changes
 * nothing. Rows are upserted by code, so importing the same file again changes nothing either.
 */
@Service
class GridImporter {

    private final GeoJsonReader reader;
    private final ImportValidator validator;
    private final GridRepository repository;
    private final GridProperties properties;
    private final ApplicationEventPublisher events;

    GridImporter(ObjectMapper mapper, ImportValidator validator, GridRepository repository, GridProperties properties,
            ApplicationEventPublisher events) {
        this.reader = new GeoJsonReader(mapper);
        this.validator = validator;
        this.repository = repository;
        this.properties = properties;
        this.events = events;
    }

    /**
     * Imports a GeoJSON FeatureCollection of grids on behalf of a caller with this scope: every grid must lie in
     * it (a region outside it, or a code stored outside it, is refused like any other bad feature).
     *
     * @throws org.shuzhi.platform.ApiProblem (400) naming the first bad feature; nothing is stored then
     */
    @Transactional
    ImportReport importGeoJson(byte[] json, DataScope scope) {
        List<Grid> grids = reader.read(json, properties.professionalMaxEnterprises());
        repository.lockForImport();
        checkScope(grids, scope);
        validator.validate(grids);
        int created = 0;
        int updated = 0;
        List<String> changed = new ArrayList<>();
        for (Grid grid : grids) {
            switch (repository.upsert(grid, scope)) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> {
                    continue;
                }
            }
            changed.add(grid.code());
        }
        if (!changed.isEmpty()) {
            // listeners that need the new state (the spatial index) run after commit
            events.publishEvent(new GridsImported(changed.stream().sorted().toList()));
        }
        return new ImportReport(grids.size(), created, updated, grids.size() - created - updated);
    }

    private void checkScope(List<Grid> grids, DataScope scope) {
        List<String> outside = repository.storedOutside(grids.stream().map(Grid::code).toList(), scope);
        for (int i = 0; i < grids.size(); i++) {
            Grid grid = grids.get(i);
            if (!scope.covers(grid.regionCode()) || outside.contains(grid.code())) {
                throw FeatureProblem.of("outside-scope", i, grid.code(), grid.regionCode());
            }
        }
    }

    /**
     * What an import did.
     *
     * @param features  features in the file
     * @param created   grids that did not exist before
     * @param updated   existing grids that changed
     * @param unchanged existing grids the file holds exactly as stored
     */
    record ImportReport(int features, int created, int updated, int unchanged) {
    }
}
