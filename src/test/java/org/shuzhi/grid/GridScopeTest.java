package org.shuzhi.grid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Grids are confined to the caller's jurisdiction over HTTP: 甘肃's administrator sees none of 平望镇's grids, gets
 * 404 for one by code, locates a point inside one as outside every grid, and cannot import into 平望镇; 平望镇's
 * administrator sees exactly its own grids.
 */
@IntegrationTest
class GridScopeTest {

    static final String PINGWANG_GRID = "320509104001001";

    @Autowired
    TestRestTemplate http;

    @Autowired
    DemoTokens tokens;

    @Autowired
    Grids grids;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherProvinceSeesNoneOfTheGrids() {
        JsonNode all = get("/api/grids", "gs.admin").getBody();
        assertThat(all.path("features")).isEmpty();
        JsonNode narrowed = get("/api/grids?region=320509104", "gs.admin").getBody();
        assertThat(narrowed.path("features")).isEmpty();
        assertThat(get("/api/grids/export?region=320509104", "gs.admin").getBody().path("features")).isEmpty();
    }

    @Test
    void aGridOutsideTheScopeIsNotFound() {
        ResponseEntity<JsonNode> foreign = get("/api/grids/" + PINGWANG_GRID, "gs.admin");
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getBody().path("code").asText()).isEqualTo("grid.not-found");
        assertThat(get("/api/grids/" + PINGWANG_GRID, "wj.admin").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aTownshipSeesItsOwnGridsOnly() {
        JsonNode own = get("/api/grids", "pw.admin").getBody();
        assertThat(own.path("features").size()).isEqualTo(grids.list("320509104", DataScope.all()).size());
        own.path("features").forEach(f ->
                assertThat(f.path("properties").path("regionCode").asText()).startsWith("320509104"));
        // a village administrator narrowing to the whole county still sees only the village
        JsonNode village = get("/api/grids?region=320509", "xt.dispatcher").getBody();
        assertThat(village.path("features")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.path("properties").path("regionCode").asText()).startsWith("320509104001"));
    }

    @Test
    void locatingShowsOnlyGridsInsideTheScope() {
        Point inside = grids.find(PINGWANG_GRID, DataScope.all()).orElseThrow().polygon().getInteriorPoint();
        String url = "/api/grids/locate?lat=" + inside.getY() + "&lng=" + inside.getX();
        JsonNode own = get(url, "wj.admin").getBody();
        assertThat(own.path("inGrid").asBoolean()).isTrue();
        assertThat(own.path("comprehensive").path("code").asText()).isEqualTo(PINGWANG_GRID);
        JsonNode foreign = get(url, "gs.admin").getBody();
        assertThat(foreign.path("inGrid").asBoolean()).isFalse();
        assertThat(foreign.path("comprehensive").isNull()).isTrue();
        assertThat(foreign.path("regionChain")).isEmpty();
        assertThat(foreign.toString()).doesNotContain("320509104");
    }

    @Test
    void importingIntoAnotherJurisdictionIsRefusedAndWritesNothing() {
        String before = jdbc.sql("select md5(string_agg(code || name || updated_at, ',' order by code)) from grid.grid")
                .query(String.class).single();
        JsonNode export = get("/api/grids/export?region=320509104001", "wj.admin").getBody();
        assertThat(export.path("features")).isNotEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) export.path("features").get(0).path("properties"))
                .put("name", "改名");
        HttpHeaders headers = tokens.as("gs.admin");
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> refused = http.exchange("/api/grids/import", HttpMethod.POST,
                new HttpEntity<>(export.toString(), headers), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("code").asText()).isEqualTo("grid.import.outside-scope");
        assertThat(refused.getBody().path("feature").asInt()).isZero();
        String after = jdbc.sql("select md5(string_agg(code || name || updated_at, ',' order by code)) from grid.grid")
                .query(String.class).single();
        assertThat(after).isEqualTo(before);
    }

    private ResponseEntity<JsonNode> get(String url, String username) {
        return http.exchange(url, HttpMethod.GET, tokens.request(username), JsonNode.class);
    }
}
