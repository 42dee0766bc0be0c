package org.shuzhi.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.util.GeometricShapeFactory;
import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridType;

/** The spatial index on its own: the border rule, holes and parts, agreement with JTS, the nearest grid. */
class GridIndexTest {

    static final double SIZE = 0.01;
    static final double X0 = 120.50;
    static final double Y0 = 30.80;

    /** 2 × 2 squares; codes deliberately not in reading order, the lowest (…001001) is the north-west one. */
    static final String SW = "320509109001002";
    static final String SE = "320509109002001";
    static final String NW = "320509109001001";
    static final String NE = "320509109002002";

    @Test
    void aPointOnASharedEdgeOrVertexGetsTheLowestCodeWhateverTheInputOrder() {
        List<Grid> grids = new ArrayList<>(List.of(square(SW, 0, 0), square(SE, 1, 0), square(NW, 0, 1), square(NE, 1, 1)));
        Random shuffle = new Random(1);
        for (int round = 0; round < 8; round++) {
            Collections.shuffle(grids, shuffle);
            GridIndex index = new GridIndex(grids);
            // vertical edge SW | SE, horizontal edge SE / NE, the vertex all four share
            assertThat(code(index, Y0 + SIZE / 2, X0 + SIZE)).isEqualTo(SW);
            assertThat(code(index, Y0 + SIZE, X0 + 1.5 * SIZE)).isEqualTo(SE);
            assertThat(code(index, Y0 + SIZE, X0 + SIZE)).isEqualTo(NW);
            // the outer boundary belongs to its only grid; the inside to its grid
            assertThat(code(index, Y0 + SIZE / 2, X0)).isEqualTo(SW);
            assertThat(code(index, Y0 + 1.5 * SIZE, X0 + 1.5 * SIZE)).isEqualTo(NE);
            assertThat(index.locate(GridType.COMPREHENSIVE, Y0 + SIZE / 2, X0 - 1e-9)).isNull();
            assertThat(index.locate(GridType.COMPREHENSIVE, Y0 + 2 * SIZE + 1e-9, X0 + SIZE)).isNull();
        }
    }

    @Test
    void layersAreSeparateAndHolesAndPartsCount() {
        Polygon outer = (Polygon) rectangle(0, 0, 3, 3);
        Polygon hole = (Polygon) rectangle(1, 1, 1, 1);
        Geometry ring = GeoJsonReader.WGS84.createPolygon(outer.getExteriorRing(),
                new org.locationtech.jts.geom.LinearRing[] {hole.getExteriorRing()});
        Geometry twoParts = GeoJsonReader.WGS84.createMultiPolygon(new Polygon[] {(Polygon) rectangle(5, 0, 1, 1),
                (Polygon) rectangle(7, 0, 1, 1)});
        Grid withHole = new Grid("320509109000101", "hole", GridType.PROFESSIONAL, "320509109", null, ring, 0, 10, 80);
        Grid parts = new Grid(NW, "parts", GridType.COMPREHENSIVE, "320509109001", null, twoParts, 0, null, null);
        GridIndex index = new GridIndex(List.of(withHole, parts));

        assertThat(index.locate(GridType.PROFESSIONAL, Y0 + 0.5 * SIZE, X0 + 0.5 * SIZE)).isEqualTo(withHole);
        assertThat(index.locate(GridType.PROFESSIONAL, Y0 + 1.5 * SIZE, X0 + 1.5 * SIZE)).as("in the hole").isNull();
        assertThat(index.locate(GridType.PROFESSIONAL, Y0 + 1.5 * SIZE, X0 + SIZE)).as("on the hole's edge").isEqualTo(withHole);
        assertThat(index.locate(GridType.COMPREHENSIVE, Y0 + 0.5 * SIZE, X0 + 0.5 * SIZE)).as("other layer").isNull();
        assertThat(index.locate(GridType.COMPREHENSIVE, Y0 + 0.5 * SIZE, X0 + 7.5 * SIZE)).isEqualTo(parts);
        assertThat(index.locate(GridType.COMPREHENSIVE, Y0 + 0.5 * SIZE, X0 + 6.5 * SIZE)).as("between the parts").isNull();
        assertThat(index.locate(GridType.AREA, Y0, X0)).isNull();
    }

    @Test
    void answersLikeANaiveScanOfJtsCoversEverywhereIncludingVerticesAndEdges() {
        Geometry region = rectangle(0, 0, 20, 20);
        List<Geometry> cells = Tessellation.voronoi(region, Tessellation.randomPoints(region, 400, new SplittableRandom(3)),
                1, GeoJsonReader.WGS84.getPrecisionModel());
        List<Grid> grids = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            grids.add(new Grid("%015d".formatted(320509109001001L + i), "cell " + i, GridType.COMPREHENSIVE, "320509109001",
                    null, cells.get(i), 0, null, null));
        }
        // a traced boundary with many vertices takes the other point-in-polygon path
        GeometricShapeFactory circle = new GeometricShapeFactory(GeoJsonReader.WGS84);
        circle.setCentre(new Coordinate(X0 + 10 * SIZE, Y0 + 10 * SIZE));
        circle.setSize(12 * SIZE);
        circle.setNumPoints(400);
        Geometry big = circle.createCircle();
        assertThat(big.getNumPoints()).isGreaterThan(PolygonLocator.FLAT_MAX_VERTICES);
        grids.add(new Grid("320509109000001", "big", GridType.AREA, "320509109", null, big, 0, null, null));
        GridIndex index = new GridIndex(grids);

        List<Coordinate> probes = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 5_000; i++) {
            probes.add(new Coordinate(X0 - SIZE + random.nextDouble() * 22 * SIZE, Y0 - SIZE + random.nextDouble() * 22 * SIZE));
        }
        for (Grid grid : grids) {
            Coordinate[] ring = grid.polygon().getCoordinates();
            for (int i = 1; i < ring.length; i++) {
                probes.add(ring[i]);
                probes.add(new Coordinate((ring[i - 1].x + ring[i].x) / 2, (ring[i - 1].y + ring[i].y) / 2));
            }
        }
        int onBorders = 0;
        for (Coordinate p : probes) {
            for (GridType type : List.of(GridType.COMPREHENSIVE, GridType.AREA)) {
                String expected = null;
                int covering = 0;
                for (Grid grid : grids) {
                    if (grid.type() == type && grid.polygon().covers(GeoJsonReader.WGS84.createPoint(p))) {
                        covering++;
                        expected = expected == null || grid.code().compareTo(expected) < 0 ? grid.code() : expected;
                    }
                }
                onBorders += covering > 1 ? 1 : 0;
                Grid found = index.locate(type, p.y, p.x);
                assertThat(found == null ? null : found.code()).as("%s at %s", type, p).isEqualTo(expected);
            }
        }
        assertThat(onBorders).as("probes on shared borders").isGreaterThan(1000);
    }

    @Test
    void theFlatLocatorAgreesWithJtsIndexedLocator() {
        Geometry region = rectangle(0, 0, 10, 10);
        SplittableRandom random = new SplittableRandom(11);
        for (Geometry cell : Tessellation.voronoi(region, Tessellation.randomPoints(region, 60, random), 0,
                GeoJsonReader.WGS84.getPrecisionModel())) {
            PolygonLocator flat = new PolygonLocator(cell);
            IndexedPointInAreaLocator jts = new IndexedPointInAreaLocator(cell);
            List<Coordinate> probes = new ArrayList<>(List.of(cell.getCoordinates()));
            for (int i = 0; i < 200; i++) {
                probes.add(new Coordinate(X0 + random.nextDouble() * 10 * SIZE, Y0 + random.nextDouble() * 10 * SIZE));
            }
            for (Coordinate p : probes) {
                assertThat(flat.locate(p.x, p.y)).as("%s", p).isEqualTo(jts.locate(p));
            }
        }
    }

    @Test
    void theNearestGridIsFoundWithinTheDistanceOnly() {
        GridIndex index = new GridIndex(List.of(square(SW, 0, 0), square(SE, 1, 0)));
        // 0.002° east of the east edge, level with its middle
        double lat = Y0 + SIZE / 2;
        double lng = X0 + 2 * SIZE + 0.002;
        LayerIndex.Nearest nearest = index.nearest(GridType.COMPREHENSIVE, lat, lng, 1000);
        assertThat(nearest.grid().code()).isEqualTo(SE);
        assertThat(nearest.distanceMetres()).isCloseTo(0.002 * Ground.metresPerDegreeLng(lat), within(0.5));
        assertThat(index.nearest(GridType.COMPREHENSIVE, lat, lng, 150)).isNull();
        assertThat(index.nearest(GridType.PROFESSIONAL, lat, lng, 1000)).isNull();
        // equally near two grids: the lower code
        assertThat(index.nearest(GridType.COMPREHENSIVE, Y0 - 0.001, X0 + SIZE, 1000).grid().code()).isEqualTo(SW);
    }

    @Test
    void anEmptyIndexFindsNothing() {
        GridIndex index = new GridIndex(List.of());
        assertThat(index.size()).isZero();
        assertThat(index.locate(GridType.COMPREHENSIVE, Y0, X0)).isNull();
        assertThat(index.nearest(GridType.COMPREHENSIVE, Y0, X0, 1000)).isNull();
    }

    private static String code(GridIndex index, double lat, double lng) {
        Grid grid = index.locate(GridType.COMPREHENSIVE, lat, lng);
        return grid == null ? null : grid.code();
    }

    static Grid square(String code, int column, int row) {
        return new Grid(code, code, GridType.COMPREHENSIVE, code.substring(0, 12), null, rectangle(column, row, 1, 1), 0,
                null, null);
    }

    /** A rectangle in units of {@link #SIZE} degrees from (X0, Y0). */
    static Geometry rectangle(double column, double row, double width, double height) {
        double x = X0 + column * SIZE;
        double y = Y0 + row * SIZE;
        double x2 = X0 + (column + width) * SIZE;
        double y2 = Y0 + (row + height) * SIZE;
        return GeoJsonReader.WGS84.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x2, y),
                new Coordinate(x2, y2), new Coordinate(x, y2), new Coordinate(x, y)});
    }
}
