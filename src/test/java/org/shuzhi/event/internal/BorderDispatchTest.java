package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridType;
import org.shuzhi.grid.Grids;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reports on the border of two demo grids of 平望镇 — exactly on their shared edge, and on a vertex they share —
 * are placed and dispatched the same way every time: to the grid with the lowest code of those whose polygon
 * covers the point (the {@code GridLocator} border rule), which the dispatch explanation names.
 */
@IntegrationTest
class BorderDispatchTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Autowired
    Grids grids;
    @Autowired
    EventHttp api;

    @Test
    void aPointOnASharedEdgeOrVertexGoesToTheLowestCodeEveryTime() {
        List<Grid> cells = grids.list("320509104", DataScope.all()).stream()
                .filter(g -> g.type() == GridType.COMPREHENSIVE).sorted(Comparator.comparing(Grid::code)).toList();
        Coordinate[] found = borderPoints(cells);
        assertThat(found).as("an edge point and a vertex shared by two demo grids").doesNotContainNull();

        for (Coordinate point : found) {
            List<String> covering = cells.stream().filter(g -> g.polygon().covers(GEOMETRY.createPoint(point)))
                    .map(Grid::code).toList();
            assertThat(covering).as("grids covering %s", point).hasSizeGreaterThanOrEqualTo(2);
            String lowest = covering.get(0);
            for (int i = 0; i < 2; i++) {
                // 树木倒伏 is dispatched to its grid at once by the demo rule for greenery
                JsonNode event = api.report("pw.dispatcher", "040302", "NORMAL", point.y, point.x);
                assertThat(event.path("gridCode").asText()).as("%s, report %d", point, i).isEqualTo(lowest);
                assertThat(event.path("state").asText()).isEqualTo("DISPATCHED");
                JsonNode why = EventHttp.json(event.path("dispatchExplanation").asText());
                assertThat(why.path("grid").asText()).isEqualTo(lowest);
                assertThat(why.path("region").asText()).isEqualTo(lowest.substring(0, 12));
                assertThat(why.path("rule").path("name").asText()).isEqualTo("园林绿化小事网格自办");
            }
        }
    }

    /** A point exactly on an edge two grids share (not a vertex), and a vertex they share; null where none. */
    private static Coordinate[] borderPoints(List<Grid> cells) {
        Coordinate edge = null;
        Coordinate vertex = null;
        for (int i = 0; i < cells.size() && (edge == null || vertex == null); i++) {
            for (int j = i + 1; j < cells.size() && (edge == null || vertex == null); j++) {
                Geometry a = cells.get(i).polygon();
                Geometry b = cells.get(j).polygon();
                if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
                    continue;
                }
                Geometry shared = a.getBoundary().intersection(b.getBoundary());
                if (shared.getDimension() != 1) {
                    continue;
                }
                Coordinate[] line = shared.getGeometryN(0).getCoordinates();
                for (int k = 0; k + 1 < line.length && edge == null; k++) {
                    Coordinate mid = new Coordinate((line[k].x + line[k + 1].x) / 2, (line[k].y + line[k + 1].y) / 2);
                    Point p = GEOMETRY.createPoint(mid);
                    if (a.covers(p) && b.covers(p)) {
                        edge = mid;
                    }
                }
                for (Coordinate c : line) {
                    Point p = GEOMETRY.createPoint(c);
                    if (vertex == null && a.covers(p) && b.covers(p)) {
                        vertex = c;
                    }
                }
            }
        }
        return new Coordinate[] {edge, vertex};
    }
}
