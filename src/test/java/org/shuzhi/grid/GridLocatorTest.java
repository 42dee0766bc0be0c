package org.shuzhi.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.jurisdiction.Division;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Point → grid through {@link GridLocator} and {@code GET /api/grids/locate}, on four grids of 桃源镇 imported through
 * the API: 2 × 2 squares of 0.01° at 120.50 E 30.80 N whose lowest code is the north-west one.
 */
@IntegrationTest
class GridLocatorTest {

    static final String SW = "320509109001002";
    static final String SE = "320509109002001";
    static final String NW = "320509109001001";
    static final String NE = "320509109002002";

    @Autowired
    TestRestTemplate http;

    @Autowired
    GridLocator locator;

    @BeforeEach
    void importSquares() {
        StringBuilder features = new StringBuilder();
        String[][] squares = {{SW, "120.50", "30.80"}, {SE, "120.51", "30.80"}, {NW, "120.50", "30.81"}, {NE, "120.51", "30.81"}};
        for (String[] square : squares) {
            double x = Double.parseDouble(square[1]);
            double y = Double.parseDouble(square[2]);
            features.append(features.isEmpty() ? "" : ",").append("""
                    {"type": "Feature", "geometry": {"type": "Polygon", "coordinates":
                      [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]},
                     "properties": {"code": "%s", "name": "桃源镇网格 %s", "type": "COMPREHENSIVE", "regionCode": "%s"}}"""
                    .formatted(x, y, x + 0.01, y, x + 0.01, y + 0.01, x, y + 0.01, x, y, square[0], square[0],
                            square[0].substring(0, 12)));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> imported = http.postForEntity("/api/grids/import",
                new HttpEntity<>("{\"type\": \"FeatureCollection\", \"features\": [" + features + "]}", headers), String.class);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aPointInsideAGridGetsTheGridAndTheRegionChain() {
        GridLocation location = locator.locate(30.815, 120.515);
        assertThat(location.inGrid()).isTrue();
        assertThat(location.comprehensive().code()).isEqualTo(NE);
        assertThat(location.professional()).isNull();
        assertThat(location.area()).isNull();
        assertThat(location.nearest()).isNull();
        assertThat(location.regionChain()).extracting(Division::code)
                .containsExactly("32", "3205", "320509", "320509109", "320509109002");

        JsonNode demo = locate("30.97", "120.64");
        assertThat(demo.path("inGrid").asBoolean()).isTrue();
        assertThat(demo.at("/comprehensive/regionCode").asText()).startsWith("320509104");
        assertThat(demo.at("/professional/enterpriseCapacity").asInt()).isEqualTo(80);
        assertThat(demo.at("/area/type").asText()).isEqualTo("AREA");
        assertThat(demo.at("/regionChain/3/name").asText()).isEqualTo("平望镇");
        assertThat(demo.at("/regionChain/4/code").asText()).isEqualTo(demo.at("/comprehensive/regionCode").asText());
    }

    @Test
    void aPointOnASharedEdgeOrVertexBelongsToTheLowestCodeOnly() {
        // the vertical edge SW | SE, the horizontal edge SE / NE, and the vertex all four share
        assertThat(locate("30.805", "120.51").at("/comprehensive/code").asText()).isEqualTo(SW);
        assertThat(locate("30.81", "120.515").at("/comprehensive/code").asText()).isEqualTo(SE);
        assertThat(locate("30.81", "120.51").at("/comprehensive/code").asText()).isEqualTo(NW);
        // the same through the Java API, repeatedly
        for (int i = 0; i < 3; i++) {
            assertThat(locator.locate(30.81, 120.51).comprehensive().code()).isEqualTo(NW);
        }
    }

    @Test
    void outsideEveryGridTheAnswerSaysSoAndNamesTheNearestWithinReach() {
        // 0.002° east of the squares' east edge (≈ 191 m), level with SE
        JsonNode near = locate("30.805", "120.522");
        assertThat(near.path("inGrid").asBoolean()).isFalse();
        assertThat(near.path("comprehensive").isNull()).isTrue();
        assertThat(near.path("regionChain").size()).isZero();
        assertThat(near.at("/nearest/grid/code").asText()).isEqualTo(SE);
        assertThat(near.at("/nearest/distanceMetres").asDouble()).isCloseTo(0.002 * 111_195 * Math.cos(Math.toRadians(30.805)), within(1.0));
        assertThat(near.at("/nearest/regionChain/4/code").asText()).isEqualTo("320509109002");

        GridLocation far = locator.locate(30.0, 118.0);
        assertThat(far.inGrid()).isFalse();
        assertThat(far.nearby()).isEmpty();
        assertThat(locate("30.0", "118.0").path("nearest").isNull()).isTrue();
    }

    @Test
    void badCoordinatesAreProblemsInTheCallersLanguage() {
        for (String language : List.of("zh-CN", "en")) {
            ResponseEntity<JsonNode> range = get("/api/grids/locate?lat=91&lng=120", language);
            assertThat(range.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(range.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(range.getBody().path("code").asText()).isEqualTo("grid.locate.out-of-range");
            assertThat(range.getBody().path("detail").asText()).contains(language.equals("en") ? "latitude" : "纬度", "91");
            assertThat(get("/api/grids/locate?lat=30&lng=-180.5", language).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(get("/api/grids/locate?lat=NaN&lng=120", language).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

            ResponseEntity<JsonNode> text = get("/api/grids/locate?lat=north&lng=120", language);
            assertThat(text.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(text.getBody().path("detail").asText()).contains("lat");
            ResponseEntity<JsonNode> missing = get("/api/grids/locate?lat=30", language);
            assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(missing.getBody().path("detail").asText()).contains("lng");
        }
        assertThat(get("/api/grids/locate?lat=91&lng=120", "en").getBody().path("title").asText()).isEqualTo("Bad request");
        assertThatThrownBy(() -> locator.locate(Double.NaN, 120)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> locator.locate(30, 181)).isInstanceOf(IllegalArgumentException.class);
    }

    private JsonNode locate(String lat, String lng) {
        ResponseEntity<JsonNode> response = get("/api/grids/locate?lat=" + lat + "&lng=" + lng, "zh-CN");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<JsonNode> get(String url, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }
}
