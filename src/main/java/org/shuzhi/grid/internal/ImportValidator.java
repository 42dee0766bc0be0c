package org.shuzhi.grid.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridType;
import org.shuzhi.jurisdiction.Division;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.springframework.stereotype.Component;

/**
 * Decides whether the grids of one import may be stored, before anything is written: valid topology (JTS
 * {@link IsValidOp}), a region that exists at the level the grid type needs, a code that follows the scheme of
 * {@link GridType}, no code twice, a 片区 that exists in the file or the store and lies in the same township,
 * enterprise counts within capacity, and no overlap with another grid of the same layer — in the file or already
 * stored — beyond {@code shuzhi.grid.overlap-tolerance-square-metres}. The first fault is thrown as a 400 problem
 * naming the feature.
 */
@Component
class ImportValidator {

    private final Jurisdictions jurisdictions;
    private final GridRepository repository;
    private final GridProperties properties;

    ImportValidator(Jurisdictions jurisdictions, GridRepository repository, GridProperties properties) {
        this.jurisdictions = jurisdictions;
        this.repository = repository;
        this.properties = properties;
    }

    /** Throws the first problem found in {@code grids} (feature order), or returns when they may be stored. */
    void validate(List<Grid> grids) {
        Map<String, Optional<Division>> regions = new HashMap<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < grids.size(); i++) {
            Grid grid = grids.get(i);
            checkGeometry(i, grid);
            checkRegionAndCode(i, grid, regions.computeIfAbsent(grid.regionCode(), jurisdictions::find));
            Integer earlier = firstIndex.putIfAbsent(grid.code(), i);
            if (earlier != null) {
                throw FeatureProblem.of("duplicate-code", i, grid.code(), earlier);
            }
            checkEnterprises(i, grid);
        }
        for (int i = 0; i < grids.size(); i++) {
            checkArea(i, grids.get(i), grids, firstIndex);
        }
        for (GridType type : GridType.values()) {
            checkOverlaps(grids, type, firstIndex.keySet());
        }
    }

    private static void checkGeometry(int index, Grid grid) {
        TopologyValidationError error = grid.polygon().isEmpty()
                ? new TopologyValidationError(TopologyValidationError.TOO_FEW_POINTS)
                : new IsValidOp(grid.polygon()).getValidationError();
        if (error != null) {
            throw FeatureProblem.invalidGeometry(index, grid.code(), error);
        }
    }

    private static void checkRegionAndCode(int index, Grid grid, Optional<Division> region) {
        GridType type = grid.type();
        if (region.isEmpty()) {
            throw FeatureProblem.of("unknown-region", index, grid.code(), grid.regionCode());
        }
        if (region.get().level() != type.regionLevel()) {
            throw FeatureProblem.of("wrong-region-level", index, grid.code(), grid.regionCode(),
                    FeatureProblem.text("grid.type." + type), FeatureProblem.text("grid.level." + type.regionLevel()));
        }
        if (!type.fits(grid.code(), grid.regionCode())) {
            throw FeatureProblem.of("code-scheme", index, grid.code(), FeatureProblem.text("grid.type." + type),
                    type.codeStem(grid.regionCode()), "%03d".formatted(type.firstSequence()),
                    "%03d".formatted(type.lastSequence()));
        }
    }

    private void checkEnterprises(int index, Grid grid) {
        if (grid.type() != GridType.PROFESSIONAL) {
            return;
        }
        int max = properties.professionalMaxEnterprises();
        if (grid.enterpriseCapacity() < 1 || grid.enterpriseCapacity() > max) {
            throw FeatureProblem.of("invalid-capacity", index, grid.code(), grid.enterpriseCapacity(), max);
        }
        if (grid.enterpriseCount() > grid.enterpriseCapacity()) {
            throw FeatureProblem.of("too-many-enterprises", index, grid.code(), grid.enterpriseCount(),
                    grid.enterpriseCapacity());
        }
    }

    private void checkArea(int index, Grid grid, List<Grid> grids, Map<String, Integer> indexOfCode) {
        String areaCode = grid.areaCode();
        if (areaCode == null) {
            return;
        }
        Integer inFile = indexOfCode.get(areaCode);
        Optional<Grid> area = inFile != null ? Optional.of(grids.get(inFile)) : repository.findForValidation(areaCode);
        if (area.isEmpty() || area.get().type() != GridType.AREA) {
            throw FeatureProblem.of("unknown-area", index, grid.code(), areaCode);
        }
        // a 片区 groups grids of its own township only
        if (!grid.regionCode().startsWith(area.get().regionCode())) {
            throw FeatureProblem.of("area-elsewhere", index, grid.code(), areaCode, area.get().regionCode());
        }
    }

    /**
     * Reports the first feature (in file order) that overlaps an earlier feature of the file or a stored grid of
     * the same layer that this file does not replace. Overlap is symmetric, so checking each feature against the
     * earlier ones only finds every overlapping pair once.
     */
    private void checkOverlaps(List<Grid> grids, GridType type, Set<String> codesInFile) {
        STRtree candidates = new STRtree();
        Envelope extent = new Envelope();
        List<Integer> layer = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            if (grids.get(i).type() == type) {
                layer.add(i);
                candidates.insert(grids.get(i).polygon().getEnvelopeInternal(), new Candidate(i, grids.get(i)));
                extent.expandToInclude(grids.get(i).polygon().getEnvelopeInternal());
            }
        }
        if (layer.isEmpty()) {
            return;
        }
        for (Grid stored : repository.overlapCandidates(type, extent)) {
            if (!codesInFile.contains(stored.code())) {
                candidates.insert(stored.polygon().getEnvelopeInternal(), new Candidate(-1, stored));
            }
        }
        for (int i : layer) {
            Grid grid = grids.get(i);
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(grid.polygon());
            for (Object item : candidates.query(grid.polygon().getEnvelopeInternal())) {
                Candidate other = (Candidate) item;
                if (other.index() < i && prepared.intersects(other.grid().polygon())) {
                    checkOverlap(i, grid, other);
                }
            }
        }
    }

    private void checkOverlap(int index, Grid grid, Candidate other) {
        // neighbours that only share an edge intersect too: only the area of the intersection tells an overlap
        double overlap = Ground.squareMetres(OverlayNGRobust.overlay(grid.polygon(), other.grid().polygon(),
                OverlayNG.INTERSECTION));
        if (overlap > properties.overlapToleranceSquareMetres()) {
            Object where = other.index() < 0 ? FeatureProblem.text("grid.import.stored") : "features[" + other.index() + "]";
            throw FeatureProblem.of("overlap", index, grid.code(), other.grid().code(), where, Math.round(overlap))
                    .with("overlapsCode", other.grid().code());
        }
    }

    /** A grid an import's feature is compared with: an earlier feature ({@code index} ≥ 0) or a stored grid (−1). */
    private record Candidate(int index, Grid grid) {
    }
}
