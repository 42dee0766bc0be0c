package org.shuzhi.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The public portal without signing in: list, search, region and detail pages in Chinese and English without a
 * missing message; downloads in CSV (UTF-8 with BOM) and JSON with personal items left out or masked; and entries
 * that are not published as OPEN — not open, conditionally open, withdrawn, not yet published — nowhere at all.
 */
@IntegrationTest
@Import(OpenDataFixture.class)
class OpenPortalTest {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    DemoTokens tokens;

    @Autowired
    MemoryDatasets datasets;

    @Autowired
    ObjectMapper json;

    private OpenDataFixture.Anonymous anonymous() {
        return new OpenDataFixture.Anonymous("http://localhost:" + port, json);
    }

    @Test
    void pagesNeedNoSignInAndSpeakChineseAndEnglish() {
        var web = anonymous();
        HttpResponse<byte[]> zh = web.get("/open", "zh-CN");
        String list = new String(zh.body(), StandardCharsets.UTF_8);
        assertThat(zh.statusCode()).isEqualTo(200);
        assertThat(list).contains("开放数据", "市场主体登记信息", "重点排污单位名录", "城市管理案件").doesNotContain("??")
                .doesNotContain("实有人口基本信息", "最低生活保障对象名单", "违法建设巡查台账", "危险化学品企业清单");
        String en = new String(web.get("/open", "en").body(), StandardCharsets.UTF_8);
        assertThat(en).contains("Open data", ">Providers<", "市场主体登记信息").doesNotContain("??", "提供部门");

        assertThat(web.text("/open?region=6201")).contains("城市管理案件").doesNotContain("市场主体登记信息");
        assertThat(web.text("/open?q=排污单位")).contains("重点排污单位名录").doesNotContain("市场主体登记信息");
        assertThat(web.status("/open?region=x1")).isEqualTo(400);

        for (String language : List.of("zh-CN", "en")) {
            HttpResponse<byte[]> detail = web.get("/open/320509-scjg-0001", language);
            String page = new String(detail.body(), StandardCharsets.UTF_8);
            assertThat(detail.statusCode()).isEqualTo(200);
            assertThat(page).as(language).doesNotContain("??").contains("吴江丝绸有限公司", "王**", "/open/320509-scjg-0001.csv")
                    .doesNotContain("王建国", "外地串入的行");
        }
        assertThat(new String(web.get("/open/320509-scjg-0001", "en").body(), StandardCharsets.UTF_8))
                .contains("Public, masked", "Download CSV");
        for (String hidden : List.of("320509-ga-0001", "320509-mz-0001", "320509-cg-0001", "320509-yjgl-0001", "nope")) {
            assertThat(web.status("/open/" + hidden)).as(hidden).isEqualTo(404);
        }
    }

    @Test
    void downloadsLeaveSensitiveItemsOutAndMaskPersonalOnes() {
        String code = personalEntry();
        var web = anonymous();
        HttpResponse<byte[]> csv = web.get("/open/" + code + ".csv", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", code + ".csv");
        assertThat(csv.body()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n")).containsExactly("name,mobile,matter", "张*,138****5678,联系电话 139****4321 已回访",
                "李**,,");
        assertThat(text).doesNotContain(OpenDataFixture.ID_NUMBER, OpenDataFixture.MOBILE, OpenDataFixture.OTHER_MOBILE);

        JsonNode download = web.json("/open/" + code + ".json");
        assertThat(OpenDataFixture.texts(download.path("fields"), "id")).containsExactly("name", "mobile", "matter");
        assertThat(download.path("fields").get(1).path("masked").asBoolean()).isTrue();
        assertThat(download.path("records")).hasSize(2);
        assertThat(download.path("records").get(0).path("mobile").asText()).isEqualTo("138****5678");
        assertThat(download.path("records").get(0).has("id_number")).isFalse();
        assertThat(download.toString()).doesNotContain(OpenDataFixture.ID_NUMBER, OpenDataFixture.MOBILE);

        String market = new String(web.get("/open/320509-scjg-0001.csv", null).body(), StandardCharsets.UTF_8);
        assertThat(market).contains("\"'=HYPERLINK(\"\"x\"\")\"", "\"松陵镇, 中山路 \"\"8\"\" 号\"", "王**")
                .as("rows of another region are not the entry's").doesNotContain("外地串入的行", "王建国");
        assertThat(web.status("/open/320509-ga-0001.csv")).isEqualTo(404);
        assertThat(web.status("/open/320509-ga-0001.json")).isEqualTo(404);
    }

    @Test
    void entriesNotPublishedAsOpenAppearNowhere() {
        String conditional = OpenDataFixture.code();
        OpenDataFixture.publish(http, tokens, conditional, "有条件开放的巡查记录", "CONDITIONAL",
                List.of(OpenDataFixture.item("事项", "matter", "PLAIN")));
        String withdrawn = OpenDataFixture.code();
        long id = OpenDataFixture.publish(http, tokens, withdrawn, "已撤销的开放名录", "OPEN",
                List.of(OpenDataFixture.item("事项", "matter", "PLAIN")));
        var web = anonymous();
        assertThat(web.status("/open/" + withdrawn)).as("open while published").isEqualTo(200);
        OpenDataFixture.send(http, tokens, "wj.cg.admin", "/api/catalog/entries/" + id + "/steps",
                Map.of("action", "WITHDRAW", "reason", "测试撤销"));
        datasets.put(conditional, List.of(MemoryDatasets.row("320509", "matter", "不应公开的内容")));

        for (String code : List.of(conditional, withdrawn, "320509-ga-0001", "320509-mz-0001", "320509-cg-0001")) {
            for (String path : List.of("/open/" + code, "/open/" + code + ".csv", "/open/" + code + ".json",
                    "/api/3/action/package_show?id=" + code,
                    "/api/3/action/datastore_search?resource_id=" + code + ".csv")) {
                assertThat(web.status(path)).as(path).isEqualTo(404);
            }
            assertThat(web.text("/open?q=" + code)).as("the search box echoes the words, no hit links the entry")
                    .doesNotContain("/open/" + code);
            for (String path : List.of("/open", "/open?q=巡查", "/api/3/action/package_search?rows=1000",
                    "/api/3/action/package_search?q=" + code, "/api/3/action/organization_list",
                    "/catalog.ttl?page_size=1000", "/catalog.jsonld?page_size=1000", "/catalog.rdf?page_size=1000")) {
                assertThat(web.text(path)).as(path).doesNotContain(code);
            }
        }
        assertThat(web.text("/open?q=巡查")).doesNotContain("有条件开放的巡查记录", "已撤销的开放名录");
        assertThat(web.json("/api/3/action/package_search?q=" + id).path("result").path("count").asLong()).isZero();
        assertThat(web.text("/api/3/action/organization_list")).doesNotContain("320509-ga", "320509-mz");
    }

    private String personalEntry() {
        String code = OpenDataFixture.code();
        OpenDataFixture.publish(http, tokens, code, "网格服务对象回访名单", "OPEN", List.of(
                OpenDataFixture.item("姓名", "name", "PERSON_NAME"),
                OpenDataFixture.item("公民身份号码", "id_number", "RESIDENT_ID"),
                OpenDataFixture.item("手机号码", "mobile", "MOBILE"),
                OpenDataFixture.item("事项", "matter", "PLAIN")));
        datasets.put(code, List.of(
                MemoryDatasets.row("320509", "name", "张三", "id_number", OpenDataFixture.ID_NUMBER,
                        "mobile", OpenDataFixture.MOBILE, "matter", "联系电话 " + OpenDataFixture.OTHER_MOBILE + " 已回访"),
                MemoryDatasets.row("320509104", "name", "李小红", "id_number", null, "mobile", null, "matter", null)));
        return code;
    }
}
