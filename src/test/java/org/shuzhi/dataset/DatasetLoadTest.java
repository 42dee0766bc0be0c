package org.shuzhi.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shuzhi.dataset.DatasetFixture.HEADER;
import static org.shuzhi.dataset.DatasetFixture.PROVIDER;
import static org.shuzhi.dataset.DatasetFixture.idNumber;
import static org.shuzhi.dataset.DatasetFixture.uscc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Dataset loads over HTTP as 吴江城管's data admin: the three file formats and the three CSV encodings read the same
 * Chinese text; bad files fail naming lines and columns and leave the rows as they were; replace and upsert; the
 * quality report's figures; other jurisdictions get 404; {@link Datasets#query} filters, selects, pages and confines
 * rows to the row scope.
 */
@IntegrationTest
class DatasetLoadTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    DemoTokens tokens;

    @Autowired
    Datasets datasets;

    private static String row(int n, String name, String mobile, String age, String region) {
        return name + "," + idNumber(n) + "," + mobile + "," + uscc(n) + "," + age + "," + region + ",2024-03-0" + (1 + n % 9);
    }

    private List<Map<String, Object>> rows(DatasetFixture fixture) {
        return datasets.query(fixture.code, new DatasetQuery(null, null, null, null, 0, 1000), DataScope.all())
                .orElseThrow().rows();
    }

    @Test
    void utf8WithAndWithoutBomAndGbkReadTheSameChineseText() {
        DatasetFixture fixture = new DatasetFixture(http, tokens);
        String csv = HEADER + "\n" + row(1, "张三丰", "13905120001", "40", "320509104") + "\n"
                + row(2, "欧阳娜娜", "", "", "") + "\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        for (byte[] file : List.of(utf8, withBom, csv.getBytes(Charset.forName("GBK")))) {
            JsonNode load = fixture.load(file, "text/csv", "replace");
            assertThat(load.path("status").asText()).as(load.toString()).isEqualTo("SUCCEEDED");
            List<Map<String, Object>> rows = rows(fixture);
            assertThat(rows).extracting(r -> r.get("name")).containsExactly("张三丰", "欧阳娜娜");
            assertThat(rows.get(0).get("age")).isEqualTo(40L);
            assertThat(rows.get(0).get("registered")).isEqualTo(LocalDate.of(2024, 3, 2));
        }
    }

    @Test
    void xlsxAndJsonLoadLikeCsv() throws IOException {
        DatasetFixture fixture = new DatasetFixture(http, tokens);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("人员");
            String[] headers = {"姓名", "公民身份号码", "手机号码", "年龄", "登记日期"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("李四");
            row.createCell(1).setCellValue(idNumber(7));
            row.createCell(2).setCellValue(13905120007d);
            row.createCell(3).setCellValue(33);
            row.createCell(4).setCellValue(LocalDate.of(2023, 12, 31));
            row.getCell(4).setCellStyle(date);
            workbook.write(xlsx);
        }
        JsonNode load = fixture.load(xlsx.toByteArray(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "replace");
        assertThat(load.path("status").asText()).as(load.toString()).isEqualTo("SUCCEEDED");
        Map<String, Object> read = rows(fixture).get(0);
        assertThat(read).containsEntry("name", "李四").containsEntry("mobile", "13905120007")
                .containsEntry("age", 33L).containsEntry("registered", LocalDate.of(2023, 12, 31));

        String json = "[{\"name\":\"王五\",\"id_number\":\"" + idNumber(8) + "\",\"age\":51,\"区划代码\":\"320509102\"},"
                + "{\"姓名\":\"赵六\",\"公民身份号码\":\"" + idNumber(9) + "\",\"mobile\":null}]";
        load = fixture.load(json.getBytes(StandardCharsets.UTF_8), "application/json", "replace");
        assertThat(load.path("status").asText()).as(load.toString()).isEqualTo("SUCCEEDED");
        assertThat(rows(fixture)).extracting(r -> r.get("name")).containsExactly("王五", "赵六");
        assertThat(rows(fixture).get(0).get("age")).isEqualTo(51L);
    }

    @Test
    void aBadFileFailsNamingLinesAndColumnsAndChangesNothing() {
        DatasetFixture fixture = new DatasetFixture(http, tokens);
        fixture.load(HEADER + "\n" + row(1, "张三", "13905120001", "40", "") + "\n", "replace");
        List<Map<String, Object>> before = rows(fixture);

        String bad = HEADER + "\n"
                + row(2, "", "13905120002", "41", "") + "\n"                           // line 2: name missing
                + row(3, "王五", "13905120003", "四十", "") + "\n"                       // line 3: age not an integer
                + row(4, "赵六", "13905120004", "42", "").replace(idNumber(4), idNumber(4).substring(0, 17)
                        + (idNumber(4).charAt(17) == '1' ? '2' : '1')) + "\n"         // line 4: wrong check digit
                + row(5, "钱七", "13905120005", "43", "").replace(uscc(5), uscc(5).substring(0, 17)
                        + (uscc(5).charAt(17) == '1' ? '2' : '1')) + "\n"             // line 5: wrong USCC check
                + row(6, "孙八", "13905120006", "44", "440300") + "\n";                // line 6: region elsewhere
        JsonNode load = fixture.load(bad, "upsert");
        assertThat(load.path("status").asText()).isEqualTo("FAILED");
        List<String> errors = new ArrayList<>();
        load.path("report").path("errors").forEach(e -> errors.add(e.path("line").asLong() + ":"
                + e.path("column").asText() + ":" + e.path("problem").asText()));
        assertThat(errors).containsExactly("2:name:REQUIRED", "3:age:TYPE", "4:id_number:INVALID",
                "5:uscc:INVALID", "6:region_code:REGION");
        assertThat(load.path("report").path("errorCount").asLong()).isEqualTo(5);
        assertThat(load.path("report").path("errorsByColumn").path("uscc").asLong()).isEqualTo(1);
        assertThat(load.path("report").toString()).as("values are not repeated").doesNotContain(idNumber(4).substring(0, 17));
        assertThat(rows(fixture)).as("the live rows are as they were").isEqualTo(before);

        JsonNode duplicate = fixture.load(HEADER + "\n" + row(1, "甲", "", "", "") + "\n" + row(2, "乙", "", "", "")
                + "\n" + row(1, "丙", "", "", "") + "\n", "replace");
        assertThat(duplicate.path("status").asText()).isEqualTo("FAILED");
        assertThat(duplicate.path("report").path("duplicateKeys").asLong()).isEqualTo(1);
        assertThat(duplicate.path("report").path("errors").get(0).path("line").asLong()).isEqualTo(4);
        assertThat(duplicate.path("report").path("errors").get(0).path("detail").asText()).isEqualTo("2");
        assertThat(rows(fixture)).isEqualTo(before);

        assertThat(fixture.load("姓名,手机号码\n张三,13905120001\n", "replace").path("report").path("errors")
                .get(0).path("problem").asText()).as("no ID number column").isEqualTo("MISSING_COLUMN");
        assertThat(fixture.upload(PROVIDER, new byte[0], "text/csv", "replace").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fixture.upload(PROVIDER, "x".getBytes(), "text/csv", "merge").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void upsertUpdatesAndInsertsByKeyReplaceReplaces() {
        DatasetFixture fixture = new DatasetFixture(http, tokens);
        fixture.load(HEADER + "\n" + row(1, "甲", "13905120001", "30", "") + "\n" + row(2, "乙", "13905120002", "31", "")
                + "\n", "replace");
        JsonNode upsert = fixture.load(HEADER + "\n" + row(2, "乙", "13905120222", "32", "") + "\n"
                + row(3, "丙", "13905120003", "33", "") + "\n", "upsert");
        assertThat(upsert.path("status").asText()).as(upsert.toString()).isEqualTo("SUCCEEDED");
        assertThat(upsert.path("report").path("inserted").asLong()).isEqualTo(1);
        assertThat(upsert.path("report").path("updated").asLong()).isEqualTo(1);
        List<Map<String, Object>> rows = rows(fixture);
        assertThat(rows).extracting(r -> r.get("name")).containsExactlyInAnyOrder("甲", "乙", "丙");
        assertThat(rows).filteredOn(r -> r.get("name").equals("乙")).extracting(r -> r.get("mobile"))
                .containsExactly("13905120222");

        JsonNode replace = fixture.load(HEADER + "\n" + row(3, "丙", "", "", "") + "\n", "replace");
        assertThat(replace.path("report").path("inserted").asLong()).isEqualTo(1);
        assertThat(rows(fixture)).extracting(r -> r.get("name")).containsExactly("丙");
    }

    @Test
    void theQualityReportCountsCompletenessValidityAndDuplicates() {
        DatasetFixture fixture = new DatasetFixture(http, tokens);
        JsonNode load = fixture.load(HEADER + "\n" + row(1, "甲", "13905120001", "30", "") + "\n"
                + row(2, "乙", "", "", "") + "\n" + row(3, "丙", "13905120003", "", "") + "\n"
                + row(4, "丁", "13905120004", "", "") + "\n", "replace");
        JsonNode report = load.path("report");
        assertThat(report.path("rows").asLong()).isEqualTo(4);
        assertThat(column(report, "mobile").path("completeness").asDouble()).isEqualTo(0.75);
        assertThat(column(report, "age").path("completeness").asDouble()).isEqualTo(0.25);
        assertThat(column(report, "name").path("validity").asDouble()).isEqualTo(1.0);
        assertThat(report.path("duplicateRows").asLong()).isZero();

        JsonNode failed = fixture.load(HEADER + "\n" + row(1, "甲", "13905120001", "", "") + "\n"
                + row(2, "乙", "1390512", "", "") + "\n", "replace").path("report");
        assertThat(column(failed, "mobile").path("validity").asDouble()).isEqualTo(0.5);
        JsonNode served = fixture.get(PROVIDER, "/api/catalog/entries/" + fixture.id + "/dataset").getBody();
        assertThat(served.path("rowCount").asLong()).as("the failed load changed nothing").isEqualTo(4);
        assertThat(served.path("lastLoad").path("id").asLong()).isEqualTo(load.path("id").asLong());
    }

    private static JsonNode column(JsonNode report, String column) {
        for (JsonNode c : report.path("columns")) {
            if (c.path("column").asText().equals(column)) {
                return c;
            }
        }
        throw new AssertionError("no column " + column + " in " + report);
    }

    @Test
    void otherJurisdictionsAndDepartmentsGetNotFound() {
        DatasetFixture fixture = new DatasetFixture(http, tokens);
        long load = fixture.load(HEADER + "\n" + row(1, "甲", "13905120001", "30", "") + "\n", "replace").path("id")
                .asLong();
        byte[] csv = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        for (String outsider : List.of("gs.admin", "wj.mz.admin")) {
            assertThat(fixture.upload(outsider, csv, "text/csv", "replace").getStatusCode()).as(outsider)
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(fixture.get(outsider, "/api/datasets/loads/" + load).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(fixture.get(outsider, "/api/catalog/entries/" + fixture.id + "/dataset/rows").getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(fixture.upload("lz.dispatcher", csv, "text/csv", "replace").getStatusCode())
                .as("no CATALOG_MANAGE").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rows(fixture)).hasSize(1);
    }

    @Test
    void rowsAreMaskedUnlessTheCallerMaySeeThem() {
        DatasetFixture fixture = new DatasetFixture(http, tokens);
        fixture.load(HEADER + "\n" + row(1, "张三丰", "13905120001", "30", "") + "\n", "replace");
        String path = "/api/catalog/entries/" + fixture.id + "/dataset/rows?id_number=" + idNumber(1);
        JsonNode masked = fixture.get("wj.reviewer", path).getBody().path("rows").get(0);
        assertThat(masked.path("id_number").asText()).isEqualTo(idNumber(1).substring(0, 3) + "***********"
                + idNumber(1).substring(14));
        assertThat(masked.path("mobile").asText()).contains("****");
        JsonNode clear = fixture.get("wj.admin", path).getBody().path("rows").get(0);
        assertThat(clear.path("id_number").asText()).isEqualTo(idNumber(1));
        assertThat(clear.path("name").asText()).isEqualTo("张三丰");
        assertThat(fixture.get("wj.analyst", path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void queryFiltersSelectsPagesAndConfinesRowsToTheRowScope() {
        DatasetFixture fixture = new DatasetFixture(http, tokens);
        StringBuilder csv = new StringBuilder(HEADER + "\n");
        for (int i = 1; i <= 30; i++) {
            csv.append(row(i, i % 3 == 0 ? "平望居民" + i : "同里居民" + i, "", String.valueOf(20 + i),
                    i % 3 == 0 ? "320509104001" : "320509102")).append('\n');
        }
        assertThat(fixture.load(csv.toString(), "replace").path("status").asText()).isEqualTo("SUCCEEDED");

        DatasetPage pingwang = datasets.query(fixture.code, new DatasetQuery(null, null, List.of("name", "age"),
                "age desc", 0, 4), DataScope.of("320509104")).orElseThrow();
        assertThat(pingwang.total()).isEqualTo(10);
        assertThat(pingwang.columns()).containsExactly("name", "age");
        assertThat(pingwang.rows()).extracting(r -> r.get("age")).containsExactly(50L, 47L, 44L, 41L);
        assertThat(pingwang.rows().get(0).keySet()).containsExactly("name", "age");
        assertThat(datasets.query(fixture.code, new DatasetQuery(null, null, List.of("age"), "age", 8, 4),
                DataScope.of("320509104")).orElseThrow().rows()).extracting(r -> r.get("age")).containsExactly(47L, 50L);

        assertThat(datasets.query(fixture.code, new DatasetQuery(Map.of("id_number", idNumber(4)), null, null, null, 0,
                10), DataScope.of("320509")).orElseThrow().rows()).extracting(r -> r.get("name")).containsExactly("同里居民4");
        assertThat(datasets.query(fixture.code, new DatasetQuery(Map.of("age", "24"), null, null, null, 0, 10),
                DataScope.of("320509104")).orElseThrow().total()).as("row 4 is not 平望's").isZero();
        assertThat(datasets.query(fixture.code, new DatasetQuery(null, "平望", null, null, 0, 100),
                DataScope.of("320509")).orElseThrow().total()).isEqualTo(10);
        assertThat(datasets.query(fixture.code, new DatasetQuery(null, "%", null, null, 0, 100),
                DataScope.of("320509")).orElseThrow().total()).as("wildcards are text").isZero();
        assertThat(datasets.query(fixture.code, new DatasetQuery(null, null, null, null, 0, 100), DataScope.of("6201"))
                .orElseThrow().total()).isZero();
        assertThat(datasets.query(fixture.code, new DatasetQuery(null, null, null, null, 0, 100), DataScope.none())
                .orElseThrow().total()).isZero();
        assertThat(datasets.query("no-such-entry", new DatasetQuery(null, null, null, null, 0, 10), DataScope.all()))
                .isEmpty();
        for (DatasetQuery bad : List.of(new DatasetQuery(null, null, List.of("_region"), null, 0, 10),
                new DatasetQuery(Map.of("name; drop table x", "1"), null, null, null, 0, 10),
                new DatasetQuery(null, null, null, "age; delete", 0, 10),
                new DatasetQuery(Map.of("age", "old"), null, null, null, 0, 10))) {
            assertThatThrownBy(() -> datasets.query(fixture.code, bad, DataScope.all())).isInstanceOf(ApiProblem.class);
        }
    }
}
