package org.shuzhi.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * {@code POST /api/grids/import} and {@code GET /api/grids/export} over real HTTP: every validation fault is a 400
 * problem naming the feature and stores nothing of the file; re-importing is a no-op; export → import into a clean
 * state → export is exact.
 */
@IntegrationTest
class GridImportApiTest {

    /** 七都镇: only ever imported with faults, so nothing may ever be stored under it. */
    static final String FAULTY_TOWNSHIP = "320509107";
    /** 震泽镇: imported for real. */
    static final String TOWNSHIP = "320509108";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper mapper;

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> faults() {
        return Stream.of(
                fault("non-polygon geometry", 2, "grid.import.not-polygonal",
                        f -> set(f, "/geometry", "{\"type\": \"Point\", \"coordinates\": [120.4, 30.95]}")),
                fault("self-intersection", 1, "grid.import.invalid-geometry", f -> set(f, "/geometry/coordinates",
                        "[[[120.40, 30.95], [120.41, 30.96], [120.41, 30.95], [120.40, 30.96], [120.40, 30.95]]]")),
                fault("unclosed ring", 2, "grid.import.invalid-geometry", f -> set(f, "/geometry/coordinates",
                        "[[[120.41, 30.95], [120.42, 30.95], [120.42, 30.96], [120.41, 30.96]]]")),
                fault("too few points", 1, "grid.import.invalid-geometry", f -> set(f, "/geometry/coordinates",
                        "[[[120.40, 30.95], [120.41, 30.95], [120.40, 30.95]]]")),
                fault("position out of range", 3, "grid.import.invalid-position", f -> set(f, "/geometry/coordinates",
                        "[[[120.40, 30.95], [120.41, 95.0], [120.41, 30.96], [120.40, 30.95]]]")),
                fault("unknown region", 1, "grid.import.unknown-region", f -> set(f, "/properties/regionCode", "\"320509107999\"")
                        .put("code", "320509107999001")),
                fault("wrong region level", 2, "grid.import.wrong-region-level",
                        f -> set(f, "/properties/regionCode", "\"320509107\"")),
                fault("code outside the scheme", 1, "grid.import.code-scheme", f -> set(f, "/properties/code", "\"320509107002001\"")),
                fault("duplicate code", 2, "grid.import.duplicate-code", f -> set(f, "/properties/code", "\"320509107001001\"")
                        .put("regionCode", "320509107001")),
                fault("unknown 片区", 2, "grid.import.unknown-area", f -> set(f, "/properties/areaCode", "\"320509107000009\"")),
                fault("too many enterprises", 3, "grid.import.too-many-enterprises", f -> set(f, "/properties/enterpriseCount", "81")),
                fault("capacity above the maximum", 3, "grid.import.invalid-capacity",
                        f -> set(f, "/properties/enterpriseCapacity", "100")),
                fault("missing name", 2, "grid.import.missing-property", f -> {
                    ((ObjectNode) f.get("properties")).remove("name");
                    return f;
                }),
                fault("overlap within the file", 2, "grid.import.overlap", f -> set(f, "/geometry/coordinates",
                        "[[[120.405, 30.95], [120.415, 30.95], [120.415, 30.96], [120.405, 30.96], [120.405, 30.95]]]")),
                fault("overlap with a stored grid", 2, "grid.import.overlap", f -> set(f, "/geometry/coordinates",
                        "[[[120.635, 30.965], [120.645, 30.965], [120.645, 30.975], [120.635, 30.975], [120.635, 30.965]]]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aFaultyFileIsRejectedNamingTheFeatureAndNothingIsStored(String fault, int feature,
            UnaryOperator<ObjectNode> breakIt, String problemKey) throws Exception {
        ObjectNode file = sample(FAULTY_TOWNSHIP);
        ObjectNode bad = (ObjectNode) file.withArray("features").get(feature);
        breakIt.apply(bad);
        String code = bad.at("/properties/code").asText(null);
        String before = exportAll();

        ResponseEntity<JsonNode> response = post(file.toString(), "zh-CN");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = response.getBody();
        assertThat(problem.path("code").asText()).isEqualTo(problemKey);
        assertThat(problem.path("feature").asInt(-1)).isEqualTo(feature);
        assertThat(problem.path("detail").asText()).contains("features[" + feature + "]").doesNotContain("Exception");
        if (code != null) {
            assertThat(problem.path("featureCode").asText()).isEqualTo(code);
            assertThat(problem.path("detail").asText()).contains(code);
        }
        // the valid features before the bad one were not stored either
        assertThat(exportAll()).isEqualTo(before);
        assertThat(features("/api/grids?region=" + FAULTY_TOWNSHIP)).isEmpty();
    }

    @Test
    void problemsSpeakTheCallersLanguageAndGiveJtsReasons() throws Exception {
        ObjectNode file = sample(FAULTY_TOWNSHIP);
        set((ObjectNode) file.withArray("features").get(1), "/geometry/coordinates",
                "[[[120.40, 30.95], [120.41, 30.96], [120.41, 30.95], [120.40, 30.96], [120.40, 30.95]]]");
        JsonNode zh = post(file.toString(), "zh-CN").getBody();
        JsonNode en = post(file.toString(), "en").getBody();
        assertThat(zh.path("reason").asText()).isEqualTo("Self-intersection");
        assertThat(zh.path("location").size()).isEqualTo(2);
        assertThat(zh.path("detail").asText()).contains("要素 features[1]", "320509107001001", "自相交");
        assertThat(en.path("detail").asText()).contains("Feature features[1]", "320509107001001", "self-intersection");

        JsonNode malformed = post("{\"type\": \"FeatureCollection\", \"features\": [", "en").getBody();
        assertThat(malformed.path("code").asText()).isEqualTo("grid.import.malformed-json");
        assertThat(malformed.path("detail").asText()).startsWith("The file is not valid JSON");
        assertThat(post("{\"type\": \"Feature\"}", "zh-CN").getBody().path("code").asText())
                .isEqualTo("grid.import.not-feature-collection");
    }

    @Test
    void importingIsAnUpsertAndTheSameFileTwiceChangesNothing() throws Exception {
        ObjectNode file = sample(TOWNSHIP);
        JsonNode first = post(file.toString(), "zh-CN").getBody();
        assertThat(first.path("features").asInt()).isEqualTo(4);
        assertThat(first.path("created").asInt() + first.path("unchanged").asInt()).isEqualTo(4);

        JsonNode again = post(file.toString(), "zh-CN").getBody();
        assertThat(again.path("unchanged").asInt()).isEqualTo(4);
        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("updated").asInt()).isZero();

        // the same file as a multipart upload, one grid renamed
        set((ObjectNode) file.withArray("features").get(1), "/properties/name", "\"震泽镇镇南社区第1网格（新）\"");
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(file.toString().getBytes()) {
            @Override
            public String getFilename() {
                return "grids.geojson";
            }
        });
        ResponseEntity<JsonNode> upload = http.postForEntity("/api/grids/import", form, JsonNode.class);
        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(upload.getBody().path("updated").asInt()).isEqualTo(1);
        assertThat(upload.getBody().path("unchanged").asInt()).isEqualTo(3);

        JsonNode grid = http.getForObject("/api/grids/320509108001001", JsonNode.class);
        assertThat(grid.at("/properties/name").asText()).isEqualTo("震泽镇镇南社区第1网格（新）");
        assertThat(grid.at("/properties/regionChain/4/name").asText()).isEqualTo("镇南社区居委会");
        // the import event rebuilt the index: the new grid is found by point
        JsonNode located = http.getForObject("/api/grids/locate?lat=30.855&lng=120.455", JsonNode.class);
        assertThat(located.at("/comprehensive/code").asText()).isEqualTo("320509108001001");
        assertThat(located.at("/area/code").asText()).isEqualTo("320509108000001");
        assertThat(located.at("/professional/code").asText()).isEqualTo("320509108000101");
    }

    @Test
    void exportImportedIntoACleanStateExportsTheSame() throws Exception {
        ResponseEntity<String> export = http.getForEntity("/api/grids/export?region=320509104", String.class);
        assertThat(export.getHeaders().getContentType().toString()).startsWith("application/geo+json");
        assertThat(export.getHeaders().getContentDisposition().getFilename()).isEqualTo("grids-320509104.geojson");
        String exported = export.getBody();
        assertThat(mapper.readTree(exported).path("features").size()).isEqualTo(95);

        // a clean state for 平望镇: its grids removed (their table is this module's own)
        jdbc.sql("delete from grid.grid where region_code >= '320509104' and region_code < '320509104:'").update();
        assertThat(features("/api/grids?region=320509104")).isEmpty();
        JsonNode report = post(exported, "zh-CN").getBody();
        assertThat(report.path("created").asInt()).isEqualTo(95);

        assertThat(http.getForObject("/api/grids/export?region=320509104", String.class)).isEqualTo(exported);
    }

    @Test
    void readFiltersAndBadQueriesAreProblems() throws Exception {
        assertThat(features("/api/grids?region=320509104&type=AREA")).hasSize(5);
        assertThat(features("/api/grids?region=320509104001")).hasSizeGreaterThanOrEqualTo(1)
                .allSatisfy(f -> assertThat(f.at("/properties/regionCode").asText()).isEqualTo("320509104001"));
        List<JsonNode> boxed = features("/api/grids?region=320509104&type=comprehensive&bbox=120.63,30.96,120.65,30.98");
        assertThat(boxed).isNotEmpty().hasSizeLessThan(70);
        assertThat(features("/api/grids?bbox=100,10,100.1,10.1")).isEmpty();

        for (String query : List.of("region=32x", "type=VILLAGE", "bbox=1,2,3", "bbox=120.7,30,120.6,31")) {
            ResponseEntity<JsonNode> bad = http.getForEntity("/api/grids?" + query, JsonNode.class);
            assertThat(bad.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(bad.getBody().path("code").asText()).as(query).startsWith("grid.query.");
        }
        ResponseEntity<JsonNode> missing = http.getForEntity("/api/grids/320509104999999", JsonNode.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().path("code").asText()).isEqualTo("grid.not-found");
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        JsonNode paths = http.getForObject("/v3/api-docs", JsonNode.class).path("paths");
        assertThat(paths.fieldNames()).toIterable().contains("/api/grids", "/api/grids/{code}", "/api/grids/locate",
                "/api/grids/import", "/api/grids/export");
        assertThat(paths.at("/~1api~1grids~1locate/get/parameters/0/description").asText()).contains("WGS 84");
    }

    private ResponseEntity<JsonNode> post(String body, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/geo+json"));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return http.postForEntity("/api/grids/import", new HttpEntity<>(body, headers), JsonNode.class);
    }

    private String exportAll() {
        return http.getForObject("/api/grids/export", String.class);
    }

    private List<JsonNode> features(String url) throws Exception {
        JsonNode collection = mapper.readTree(http.getForObject(url, String.class));
        return Stream.of(collection.path("features")).flatMap(a -> java.util.stream.StreamSupport.stream(a.spliterator(), false)).toList();
    }

    /**
     * A valid file for a township: [0] its first 片区, [1] and [2] comprehensive grids of its first two villages
     * side by side in that 片区, [3] a professional grid over both; 0.01° squares at 120.40 + …, 30.95 (七都镇) or
     * 120.45, 30.85 (震泽镇).
     */
    ObjectNode sample(String township) throws Exception {
        double x = township.equals(FAULTY_TOWNSHIP) ? 120.40 : 120.45;
        double y = township.equals(FAULTY_TOWNSHIP) ? 30.95 : 30.85;
        String area = township + "000001";
        return (ObjectNode) mapper.readTree("""
                {"type": "FeatureCollection", "features": [%s, %s, %s, %s]}""".formatted(
                feature(area, township + "第一片区", "AREA", township, null, x, y, 2, ""),
                feature(township + "001001", "第1网格", "COMPREHENSIVE", township + "001", area, x, y, 1, ""),
                feature(township + "002001", "第2网格", "COMPREHENSIVE", township + "002", area, x + 0.01, y, 1, ""),
                feature(township + "000101", "专业网格01", "PROFESSIONAL", township, null, x, y, 2,
                        ", \"enterpriseCount\": 42, \"enterpriseCapacity\": 80")));
    }

    private static String feature(String code, String name, String type, String region, String area, double x, double y,
            int width, String more) {
        double x2 = x + 0.01 * width;
        double y2 = y + 0.01;
        return """
                {"type": "Feature", "geometry": {"type": "Polygon", "coordinates":
                  [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]},
                 "properties": {"code": "%s", "name": "%s", "type": "%s", "regionCode": "%s"%s%s}}""".formatted(
                x, y, x2, y, x2, y2, x, y2, x, y, code, name, type, region,
                area == null ? "" : ", \"areaCode\": \"" + area + "\"", more);
    }

    private static Arguments fault(String name, int feature, String problemKey, UnaryOperator<ObjectNode> breakIt) {
        return Arguments.of(name, feature, breakIt, problemKey);
    }

    /** Replaces the node at a JSON pointer under {@code feature} with parsed JSON; returns the parent object. */
    private static ObjectNode set(ObjectNode feature, String pointer, String json) {
        int slash = pointer.lastIndexOf('/');
        ObjectNode parent = slash == 0 ? feature : (ObjectNode) feature.at(pointer.substring(0, slash));
        try {
            parent.set(pointer.substring(slash + 1), new ObjectMapper().readTree(json));
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
        return parent;
    }
}
