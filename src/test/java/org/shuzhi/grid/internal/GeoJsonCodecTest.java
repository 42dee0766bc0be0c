package org.shuzhi.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridType;
import org.shuzhi.platform.ApiProblem;

/** GeoJSON in and out without a database: the exact round trip, RFC 7946 form, and the reader's form checks. */
class GeoJsonCodecTest {

    final ObjectMapper mapper = new ObjectMapper();
    final GeoJsonWriter writer = new GeoJsonWriter(mapper);
    final GeoJsonReader reader = new GeoJsonReader(mapper);

    @Test
    void writeThenReadGivesTheSameGrids() throws IOException {
        Polygon outer = (Polygon) GridIndexTest.rectangle(0, 0, 3, 3);
        // a clockwise shell: the writer must turn it round
        Polygon clockwise = (Polygon) outer.reverse();
        Polygon hole = (Polygon) GridIndexTest.rectangle(1, 1, 1, 1);
        Geometry withHole = GeoJsonReader.WGS84.createPolygon((LinearRing) clockwise.getExteriorRing(),
                new LinearRing[] {hole.getExteriorRing()});
        Geometry twoParts = GeoJsonReader.WGS84.createMultiPolygon(new Polygon[] {
                (Polygon) GridIndexTest.rectangle(5, 0, 1, 1), (Polygon) GridIndexTest.rectangle(7, 0.3, 1.1, 0.7)});
        List<Grid> grids = List.of(
                grid("320509109000001", GridType.AREA, "320509109", null, GridIndexTest.rectangle(0, 0, 9, 9), null, null),
                grid("320509109000101", GridType.PROFESSIONAL, "320509109", null, withHole, 37, 60),
                grid("320509109001001", GridType.COMPREHENSIVE, "320509109001", "320509109000001", twoParts, null, null));

        byte[] json = write(grids);
        List<Grid> read = reader.read(json, 80);
        assertThat(read).hasSize(3);
        for (int i = 0; i < grids.size(); i++) {
            Grid original = grids.get(i);
            Grid back = read.get(i);
            assertThat(back).usingRecursiveComparison().ignoringFields("polygon", "areaSquareMetres").isEqualTo(original);
            assertThat(back.areaSquareMetres()).isCloseTo(original.areaSquareMetres(), within(1e-6));
            assertThat(back.polygon().equalsTopo(original.polygon())).isTrue();
            assertThat(back.polygon().getGeometryType()).isEqualTo(original.polygon().getGeometryType());
        }
        assertThat(write(read)).as("second generation identical").isEqualTo(json);

        JsonNode tree = mapper.readTree(json);
        JsonNode professional = tree.at("/features/1");
        assertThat(professional.at("/id").asText()).isEqualTo("320509109000101");
        assertThat(professional.at("/geometry/type").asText()).isEqualTo("Polygon");
        assertThat(professional.at("/properties/enterpriseCount").asInt()).isEqualTo(37);
        assertThat(professional.at("/properties/enterpriseCapacity").asInt()).isEqualTo(60);
        assertThat(tree.at("/features/2/geometry/type").asText()).isEqualTo("MultiPolygon");
        assertThat(tree.at("/features/0/properties/areaCode").isMissingNode()).isTrue();
        // RFC 7946 § 3.1.6: exterior rings counter-clockwise, holes clockwise; [lng, lat]
        Polygon shell = (Polygon) read.get(1).polygon();
        assertThat(Orientation.isCCW(shell.getExteriorRing().getCoordinateSequence())).isTrue();
        assertThat(Orientation.isCCW(shell.getInteriorRingN(0).getCoordinateSequence())).isFalse();
        assertThat(professional.at("/geometry/coordinates/0/0/0").asDouble()).isBetween(120.0, 121.0);
    }

    @Test
    void aProfessionalGridWithoutCapacityGetsTheConfiguredOne() {
        String json = collection(feature("320509109000101", "PROFESSIONAL", "320509109", ", \"enterpriseCount\": 12"));
        Grid grid = reader.read(bytes(json), 55).get(0);
        assertThat(grid.enterpriseCount()).isEqualTo(12);
        assertThat(grid.enterpriseCapacity()).isEqualTo(55);
        assertThat(grid.areaSquareMetres()).isBetween(1.0e6, 1.1e6);
    }

    @Test
    void formFaultsNameTheFeature() {
        String good = feature("320509109001001", "COMPREHENSIVE", "320509109001", "");
        assertProblem("{\"type\": \"FeatureCollection\", \"features\": [", "grid.import.malformed-json", null);
        assertProblem("{\"type\": \"Feature\"}", "grid.import.not-feature-collection", null);
        assertProblem(collection(good, good.replace("\"Polygon\"", "\"LineString\"")), "grid.import.not-polygonal", 1);
        assertProblem(collection(good, good.replace("\"name\": \"n\", ", "")), "grid.import.missing-property", 1);
        assertProblem(collection(good.replace("\"COMPREHENSIVE\"", "\"VILLAGE\"")), "grid.import.invalid-property", 0);
        assertProblem(collection(good.replace("\"code\": \"320509109001001\"", "\"code\": 320509109001001")),
                "grid.import.invalid-property", 0);
        assertProblem(collection(good.replace("30.8]", "95.8]")), "grid.import.invalid-position", 0);
        assertProblem(collection(good, good.replace("[120.5, 30.8]]]", "[120.5, 30.8001]]]")),
                "grid.import.invalid-geometry", 1);
        assertProblem(collection(good.replace("[120.51, 30.8], ", "").replace("[120.51, 30.81], ", "")),
                "grid.import.invalid-geometry", 0);
        assertProblem(collection(good.replace("\"regionCode\": \"320509109001\"", "\"regionCode\": \"320509109001\", \"enterpriseCount\": 3")),
                "grid.import.enterprises-not-professional", 0);
        assertProblem(collection(feature("320509109000001", "AREA", "320509109", ", \"areaCode\": \"320509109000002\"")),
                "grid.import.area-in-area", 0);
        assertProblem(collection(feature("320509109000101", "PROFESSIONAL", "320509109", ", \"enterpriseCount\": -1")),
                "grid.import.invalid-property", 0);
        assertProblem(collection(good, good.replace("\"name\": \"n\"", "\"name\": \"" + "网".repeat(201) + "\"")),
                "grid.import.invalid-property", 1);
    }

    @Test
    void degenerateRingsAreLeftForTheTopologyCheck() {
        String flat = feature("320509109001001", "COMPREHENSIVE", "320509109001", "").replaceFirst("\\[\\[\\[.*]]]",
                "[[[120.5, 30.8], [120.5, 30.8], [120.5, 30.8], [120.5, 30.8]]]");
        Grid grid = reader.read(bytes(collection(flat)), 80).get(0);
        assertThat(new IsValidOp(grid.polygon()).getValidationError().getErrorType())
                .isEqualTo(TopologyValidationError.TOO_FEW_POINTS);
    }

    private void assertProblem(String json, String key, Integer feature) {
        assertThatThrownBy(() -> reader.read(bytes(json), 80)).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.messageKey()).isEqualTo(key);
            assertThat(problem.properties().get("feature")).isEqualTo(feature);
        });
    }

    static String collection(String... features) {
        return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
    }

    /** A 0.01° square feature at 120.50 E 30.80 N; {@code more} is appended to its properties. */
    static String feature(String code, String type, String region, String more) {
        return """
                {"type": "Feature", "geometry": {"type": "Polygon", "coordinates":
                  [[[120.5, 30.8], [120.51, 30.8], [120.51, 30.81], [120.5, 30.81], [120.5, 30.8]]]},
                 "properties": {"code": "%s", "name": "n", "type": "%s", "regionCode": "%s"%s}}""".formatted(code, type, region, more);
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] write(List<Grid> grids) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeCollection(grids, out);
        return out.toByteArray();
    }

    private static Grid grid(String code, GridType type, String region, String area, Geometry polygon, Integer enterprises,
            Integer capacity) {
        return new Grid(code, "网格 " + code, type, region, area, polygon, Ground.squareMetres(polygon), enterprises, capacity);
    }
}
