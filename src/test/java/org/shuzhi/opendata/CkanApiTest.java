package org.shuzhi.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The CKAN Action API as a CKAN client sees it, anonymously: the envelope, the package and resource fields,
 * package_search's q, fq, rows/start, sort and facets, package_show by code and id, organization_list,
 * datastore_search with filters, fields, sort and paging on masked rows — and each failure in CKAN's error shape with
 * CKAN's status.
 */
@IntegrationTest
@Import(OpenDataFixture.class)
class CkanApiTest {

    private static final String ACTION = "/api/3/action/";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    MemoryDatasets datasets;

    private JsonNode get(String action, String query, int status) {
        var answer = new OpenDataFixture.Anonymous("http://localhost:" + port, json).get(ACTION + action
                + (query.isEmpty() ? "" : "?" + query), null);
        JsonNode body = read(answer.body());
        assertThat(answer.statusCode()).as(action + "?" + query + ": " + body).isEqualTo(status);
        assertThat(body.path("help").asText()).contains("/api/3/action/help_show?name=" + action);
        assertThat(body.path("success").asBoolean()).isEqualTo(status == 200);
        return status == 200 ? body.path("result") : body.path("error");
    }

    private JsonNode read(byte[] body) {
        try {
            return json.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void packageSearchFindsOpenPackagesWithCkanFieldsAndFacets() {
        JsonNode all = get("package_search", "rows=1000", 200);
        List<String> names = OpenDataFixture.texts(all.path("results"), "name");
        assertThat(names).contains("320509-scjg-0001", "320509-sthj-0001", "6201-cg-0001")
                .doesNotContain("320509-ga-0001", "320509-mz-0001", "320509-cg-0001", "320509-yjgl-0001");
        assertThat(all.path("count").asLong()).isEqualTo(names.size());

        JsonNode market = get("package_search", "fq=" + enc("organization:320509-scjg"), 200);
        assertThat(market.path("count").asLong()).isEqualTo(1);
        JsonNode p = market.path("results").get(0);
        assertThat(p.path("name").asText()).isEqualTo("320509-scjg-0001");
        assertThat(p.path("id").asText()).matches("[0-9]+");
        assertThat(p.path("title").asText()).isEqualTo("市场主体登记信息");
        assertThat(p.path("notes").asText()).isNotBlank();
        assertThat(p.path("metadata_created").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
        assertThat(p.path("metadata_modified").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
        assertThat(p.path("organization").path("name").asText()).isEqualTo("320509-scjg");
        assertThat(p.path("organization").path("title").asText()).isNotBlank();
        assertThat(p.path("license_id").asText()).isNotBlank();
        assertThat(OpenDataFixture.texts(p.path("tags"), "name")).contains("统一社会信用代码", "法定代表人");
        assertThat(OpenDataFixture.texts(p.path("extras"), "key")).contains("identifier", "update_cycle", "region_code");
        JsonNode csv = p.path("resources").get(0);
        assertThat(csv.path("format").asText()).isEqualTo("CSV");
        assertThat(csv.path("id").asText()).isEqualTo("320509-scjg-0001.csv");
        assertThat(csv.path("url").asText()).endsWith("/open/320509-scjg-0001.csv");
        assertThat(csv.path("datastore_active").asBoolean()).isTrue();
        assertThat(OpenDataFixture.texts(p.path("resources"), "format")).containsExactly("CSV", "JSON");

        assertThat(OpenDataFixture.texts(get("package_search", "q=" + enc("排污"), 200).path("results"), "name"))
                .containsExactly("320509-sthj-0001");
        assertThat(OpenDataFixture.texts(get("package_search", "fq=" + enc("tags:主要污染物"), 200).path("results"),
                "name")).containsExactly("320509-sthj-0001");
        assertThat(get("package_search", "fq=" + enc("+res_format:\"XLS\""), 200).path("count").asLong()).isZero();
        assertThat(OpenDataFixture.texts(get("package_search", "rows=100&fq=" + enc("region:6201"), 200)
                .path("results"), "name")).containsExactly("6201-cg-0001");

        JsonNode byName = get("package_search", "rows=1000&sort=" + enc("name asc"), 200);
        List<String> titles = OpenDataFixture.texts(byName.path("results"), "title");
        assertThat(titles).isSorted();
        JsonNode second = get("package_search", "rows=1&start=1&sort=" + enc("name asc"), 200);
        assertThat(second.path("count").asLong()).isEqualTo(all.path("count").asLong());
        assertThat(OpenDataFixture.texts(second.path("results"), "title")).containsExactly(titles.get(1));

        JsonNode faceted = get("package_search", "rows=0&facet.field=" + enc("[\"organization\",\"tags\",\"res_format\"]"), 200);
        assertThat(faceted.path("results")).isEmpty();
        assertThat(faceted.path("facets").path("organization").path("320509-sthj").asLong()).isEqualTo(1);
        assertThat(faceted.path("facets").path("res_format").path("CSV").asLong()).isPositive();
        JsonNode organizations = faceted.path("search_facets").path("organization");
        assertThat(organizations.path("title").asText()).isEqualTo("organization");
        JsonNode first = organizations.path("items").get(0);
        assertThat(first.has("name") && first.has("display_name") && first.has("count")).isTrue();
        assertThat(faceted.path("facets").path("tags").path("统一社会信用代码").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aPageOfPackagesAsksOnceWhichHaveRowsNotOncePerPackage() {
        int queries = datasets.queries.get();
        int lookups = datasets.lookups.get();
        int codes = datasets.codesLookedUp.get();
        JsonNode page = get("package_search", "rows=1000", 200);
        List<String> withRows = new java.util.ArrayList<>();
        List<String> withoutRows = new java.util.ArrayList<>();
        for (JsonNode p : page.path("results")) {
            JsonNode csv = p.path("resources").path(0);
            if (csv.path("format").asText().equals("CSV")) {
                (csv.path("datastore_active").asBoolean() ? withRows : withoutRows).add(p.path("name").asText());
            }
        }
        assertThat(withRows).as("packages with rows").contains("320509-scjg-0001", "320509-sthj-0001");
        assertThat(withoutRows).as("packages of a dataset without rows").contains("6201-cg-0001");
        assertThat(datasets.lookups.get() - lookups).as("lookups for a page of %d dataset packages",
                withRows.size() + withoutRows.size()).isEqualTo(1);
        assertThat(datasets.codesLookedUp.get() - codes).isEqualTo(withRows.size() + withoutRows.size());
        assertThat(datasets.queries.get() - queries).as("rows read to build the page").isZero();

        int lookupsBefore = datasets.lookups.get();
        assertThat(get("package_show", "id=320509-scjg-0001", 200).path("resources").path(0)
                .path("datastore_active").asBoolean()).isTrue();
        assertThat(datasets.lookups.get() - lookupsBefore).isEqualTo(1);
    }

    @Test
    void packageShowAndOrganizationList() {
        JsonNode byCode = get("package_show", "id=320509-sthj-0001", 200);
        JsonNode byId = get("package_show", "id=" + byCode.path("id").asText(), 200);
        assertThat(byId.path("name").asText()).isEqualTo("320509-sthj-0001");
        assertThat(byCode.path("groups").get(0).path("name").asText()).isEqualTo("02");

        JsonNode plain = get("organization_list", "", 200);
        assertThat(plain.get(0).isTextual()).isTrue();
        assertThat(plain.toString()).contains("\"320509-scjg\"", "\"320509-sthj\"", "\"6201-cg\"")
                .doesNotContain("320509-ga", "320509-mz", "320509-yjgl");
        JsonNode full = get("organization_list", "all_fields=true", 200);
        JsonNode sthj = null;
        for (JsonNode o : full) {
            if (o.path("name").asText().equals("320509-sthj")) {
                sthj = o;
            }
        }
        assertThat(sthj).isNotNull();
        assertThat(sthj.path("package_count").asLong()).isEqualTo(1);
        assertThat(sthj.path("is_organization").asBoolean()).isTrue();
        assertThat(sthj.path("title").asText()).isNotBlank();
    }

    @Test
    void datastoreSearchServesMaskedRowsAsCkanDoes() {
        JsonNode market = get("datastore_search", "resource_id=320509-scjg-0001.csv", 200);
        assertThat(OpenDataFixture.texts(market.path("fields"), "id"))
                .containsExactly("uscc", "entity_name", "legal_rep", "domicile");
        assertThat(market.path("fields").get(0).path("type").asText()).isEqualTo("text");
        assertThat(market.path("total").asLong()).as("the row of another region is not the entry's").isEqualTo(2);
        assertThat(OpenDataFixture.texts(market.path("records"), "legal_rep")).containsExactly("王**", "李*");
        assertThat(market.path("limit").asInt()).isEqualTo(100);

        JsonNode one = get("datastore_search", "resource_id=320509-scjg-0001&filters="
                + enc("{\"uscc\":\"91320509MA1MXXXX1A\"}") + "&fields=uscc,entity_name", 200);
        assertThat(one.path("total").asLong()).isEqualTo(1);
        assertThat(one.path("records").get(0).toString()).isEqualTo("{\"uscc\":\"91320509MA1MXXXX1A\",\"entity_name\":\"吴江丝绸有限公司\"}");

        JsonNode sorted = get("datastore_search", "resource_id=320509-sthj-0001.json&sort=" + enc("entity_name desc")
                + "&limit=1&offset=1", 200);
        assertThat(OpenDataFixture.texts(sorted.path("records"), "entity_name")).containsExactly("吴江印染一厂");
        assertThat(get("datastore_search", "resource_id=320509-sthj-0001&q=" + enc("热电"), 200).path("total").asLong())
                .isEqualTo(1);

        JsonNode guess = get("datastore_search", "resource_id=320509-scjg-0001&filters="
                + enc("{\"legal_rep\":\"王建国\"}"), 409);
        assertThat(guess.path("__type").asText()).isEqualTo("Validation Error");
        assertThat(guess.path("fields").get(0).asText()).contains("legal_rep");
        assertThat(get("datastore_search", "resource_id=320509-scjg-0001&q=" + enc("王建国"), 409)
                .path("q").isArray()).isTrue();
        assertThat(get("datastore_search", "resource_id=320509-scjg-0001&sort=legal_rep", 409)
                .path("__type").asText()).isEqualTo("Validation Error");
        assertThat(get("datastore_search", "resource_id=320509-scjg-0001&fields=id_number", 409)
                .path("message").asText()).contains("id_number");
        assertThat(get("datastore_search", "", 409).path("resource_id").isArray()).isTrue();
        assertThat(get("datastore_search", "resource_id=320509-ga-0001.csv", 404).path("__type").asText())
                .isEqualTo("Not Found Error");
        assertThat(get("datastore_search", "resource_id=6201-cg-0001", 404).path("__type").asText())
                .as("an open entry without rows has no datastore").isEqualTo("Not Found Error");
    }

    @Test
    void failuresHaveCkanShapeAndStatus() {
        JsonNode missing = get("package_show", "id=no-such-package", 404);
        assertThat(missing.path("__type").asText()).isEqualTo("Not Found Error");
        assertThat(missing.path("message").asText()).isNotBlank();
        JsonNode noId = get("package_show", "", 409);
        assertThat(noId.path("__type").asText()).isEqualTo("Validation Error");
        assertThat(noId.path("id").get(0).asText()).isNotBlank();
        assertThat(get("package_search", "sort=" + enc("popularity desc"), 409).path("__type").asText())
                .isEqualTo("Validation Error");
        assertThat(get("package_search", "fq=" + enc("author:somebody"), 409).path("fq").isArray()).isTrue();
        assertThat(get("package_search", "rows=abc", 409).path("rows").isArray()).isTrue();
        assertThat(get("package_create", "", 400).path("message").asText()).contains("package_create");
        assertThat(get("package_show", "id=no-such-package", 404).path("message").asText())
                .as("in Chinese by default").contains("未找到");
    }

    @Test
    void actionsTakeAJsonBodyByPostWithoutSession() throws Exception {
        HttpResponse<String> answer = post("package_search", "{\"q\":\"排污\",\"rows\":5,\"facet.field\":[\"organization\"]}");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode result = json.readTree(answer.body()).path("result");
        assertThat(OpenDataFixture.texts(result.path("results"), "name")).containsExactly("320509-sthj-0001");
        assertThat(result.path("facets").path("organization").path("320509-sthj").asLong()).isEqualTo(1);
        HttpResponse<String> broken = post("package_search", "{not json");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json.readTree(broken.body()).path("success").asBoolean()).isFalse();
    }

    private HttpResponse<String> post(String action, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + ACTION + action))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
