package org.shuzhi.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.shuzhi.jurisdiction.Division;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo grids of 平望镇 as stored, read through the {@link Grids} API. */
@IntegrationTest
class DemoGridDataTest {

    /** Square metres per square degree at 平望镇's latitude. */
    static final double M2_PER_DEG2 = Math.pow(6_371_008.8 * Math.PI / 180, 2) * Math.cos(Math.toRadians(30.97));

    @Autowired
    Grids grids;

    @Autowired
    Jurisdictions jurisdictions;

    @Test
    void pingwangHas5Areas70ComprehensiveAnd20ProfessionalValidGrids() {
        Map<GridType, List<Grid>> layers = layers();
        assertThat(layers.get(GridType.AREA)).hasSize(5);
        assertThat(layers.get(GridType.COMPREHENSIVE)).hasSize(70);
        assertThat(layers.get(GridType.PROFESSIONAL)).hasSize(20);
        for (Grid grid : grids.list("320509104", DataScope.all())) {
            assertThat(IsValidOp.isValid(grid.polygon())).as(grid.code()).isTrue();
            assertThat(grid.type().fits(grid.code(), grid.regionCode())).as(grid.code()).isTrue();
            assertThat(grid.areaSquareMetres()).isCloseTo(grid.polygon().getArea() * M2_PER_DEG2, within(grid.areaSquareMetres() * 0.002));
        }
        assertThat(layers.get(GridType.AREA)).extracting(Grid::name)
                .containsExactly("平望镇第一片区", "平望镇第二片区", "平望镇第三片区", "平望镇第四片区", "平望镇第五片区");
        assertThat(layers.get(GridType.PROFESSIONAL)).first().extracting(Grid::name).isEqualTo("平望镇专业网格01");
        assertThat(grids.find("320509104001001", DataScope.all())).get().extracting(Grid::name).isEqualTo("平望镇西塘社区第1网格");
        assertThat(layers.get(GridType.COMPREHENSIVE)).allSatisfy(g -> assertThat(g.name()).matches("平望镇\\p{IsHan}+第\\d+网格"));
    }

    @Test
    void layersDoNotOverlapAndEachCoversTheTownOutline() {
        Map<GridType, List<Grid>> layers = layers();
        Geometry town = union(layers.get(GridType.AREA));
        // ≈ 140 km², around 30.97 N 120.64 E
        assertThat(town.getArea() * M2_PER_DEG2 / 1e6).isCloseTo(140, within(1.0));
        assertThat(town.getCentroid().getY()).isCloseTo(30.97, within(0.02));
        assertThat(town.getCentroid().getX()).isCloseTo(120.64, within(0.02));
        for (GridType type : GridType.values()) {
            List<Grid> layer = layers.get(type);
            double sum = 0;
            for (int i = 0; i < layer.size(); i++) {
                sum += layer.get(i).polygon().getArea();
                for (int j = i + 1; j < layer.size(); j++) {
                    Geometry a = layer.get(i).polygon();
                    Geometry b = layer.get(j).polygon();
                    if (a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
                        double overlap = OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION).getArea() * M2_PER_DEG2;
                        assertThat(overlap).as("%s ∩ %s", layer.get(i).code(), layer.get(j).code()).isLessThan(1.0);
                    }
                }
            }
            Geometry union = union(layer);
            // no overlaps: the parts add up to the union; and the union is the town, up to centimetre rounding
            assertThat(sum * M2_PER_DEG2).as(type.name()).isCloseTo(union.getArea() * M2_PER_DEG2, within(10.0));
            assertThat(OverlayNGRobust.overlay(union, town, OverlayNG.SYMDIFFERENCE).getArea() * M2_PER_DEG2)
                    .as(type.name()).isLessThan(1000.0);
        }
    }

    @Test
    void everyVillageHasAGridInsideItsArea() {
        List<Division> villages = jurisdictions.children("320509104");
        assertThat(villages).hasSize(27);
        List<Grid> comprehensive = layers().get(GridType.COMPREHENSIVE);
        Set<String> withGrids = comprehensive.stream().map(Grid::regionCode).collect(Collectors.toSet());
        assertThat(withGrids).containsExactlyInAnyOrderElementsOf(villages.stream().map(Division::code).toList());
        for (Grid grid : comprehensive) {
            Grid area = grids.find(grid.areaCode(), DataScope.all()).orElseThrow();
            assertThat(area.type()).isEqualTo(GridType.AREA);
            double outside = OverlayNGRobust.overlay(grid.polygon(), area.polygon(), OverlayNG.DIFFERENCE).getArea() * M2_PER_DEG2;
            assertThat(outside).as("%s outside its 片区", grid.code()).isLessThan(1.0);
        }
        assertThat(layers().get(GridType.PROFESSIONAL)).allSatisfy(grid -> {
            assertThat(grid.enterpriseCapacity()).isEqualTo(80);
            assertThat(grid.enterpriseCount()).isBetween(1, 80);
        });
    }

    private Map<GridType, List<Grid>> layers() {
        Map<GridType, List<Grid>> layers = new EnumMap<>(GridType.class);
        for (GridType type : GridType.values()) {
            layers.put(type, grids.list("320509104", DataScope.all()).stream().filter(g -> g.type() == type).toList());
        }
        return layers;
    }

    private static Geometry union(List<Grid> layer) {
        return UnaryUnionOp.union(layer.stream().map(Grid::polygon).toList());
    }
}
