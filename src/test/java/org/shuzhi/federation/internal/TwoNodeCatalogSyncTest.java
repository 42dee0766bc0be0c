package org.shuzhi.federation.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.support.RunningNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Catalog sync between two running Shuzhi nodes — a province (江苏, 32) and a city (苏州, 3205), each with its own
 * embedded PostgreSQL and port, talking signed HTTP: the city reports its published catalog up and receives the
 * province's catalog back, on its own schedule; the province goes down, the city keeps failing and retrying without
 * losing its position, the province comes back on the same address and data, and the city catches up — with the
 * withdrawal made meanwhile and without a duplicate; a full replay changes nothing; and the province refuses every
 * message that is unsigned, tampered with, signed by the wrong key, from an unknown node, too old, or replayed.
 */
class TwoNodeCatalogSyncTest {

    private static final String PROVINCE = "js-province";
    private static final String CITY = "js-suzhou";
    private static final String PROVINCE_ENTRY = "32-dsj-0001";

    @TempDir
    Path dir;

    @Test
    void cityReportsUpAndReceivesBackThroughTheProvinceBeingDown() {
        NodeKeys provinceKey = NodeKeys.load(dir.resolve("province.key"));
        NodeKeys cityKey = NodeKeys.load(dir.resolve("city.key"));
        int provincePort = RunningNode.freePort();
        Map<String, String> province = node(PROVINCE, "32", dir.resolve("province.key"), dir.resolve("province-data"));
        province.put("server.port", String.valueOf(provincePort));
        province.put("shuzhi.database.embedded.clean", "false");
        // the province holds no demo catalog of its own: 吴江区's entries are the city's to report
        province.put("shuzhi.demo.catalog", "false");
        province.put("shuzhi.federation.children[0].node-id", CITY);
        province.put("shuzhi.federation.children[0].region", "3205");
        province.put("shuzhi.federation.children[0].public-key", cityKey.publicKey());
        Map<String, String> city = node(CITY, "3205", dir.resolve("city.key"), dir.resolve("city-data"));
        city.put("shuzhi.federation.parent.node-id", PROVINCE);
        city.put("shuzhi.federation.parent.url", "http://127.0.0.1:" + provincePort);
        city.put("shuzhi.federation.parent.region", "32");
        city.put("shuzhi.federation.parent.public-key", provinceKey.publicKey());

        try (RunningNode cityNode = RunningNode.start(city)) {
            RunningNode provinceNode = RunningNode.start(province);
            try {
                publishProvinceEntry(provinceNode);
                // both directions happen on the city's schedule, without anybody asking
                await().atMost(Duration.ofSeconds(60)).until(() -> origin(provinceNode, "320509-scjg-0001") != null);
                await().atMost(Duration.ofSeconds(60)).until(() -> origin(cityNode, PROVINCE_ENTRY) != null);
                assertReceived(provinceNode, cityNode);
                assertProvinceRefusesBadMessages(provinceNode, cityKey, provinceKey);
            } finally {
                provinceNode.close();
            }

            // the province is down: the city withdraws an entry, fails to report it and keeps retrying
            long sthj = id(cityNode, "320509-sthj-0001");
            assertThat(cityNode.post("/api/catalog/entries/" + sthj + "/steps", "wj.admin",
                    Map.of("action", "WITHDRAW", "reason", "数据已并入生态环境统一目录")).status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> reportState(cityNode).path("failures").asInt() >= 2);
            JsonNode failing = reportState(cityNode);
            assertThat(failing.path("lastError").asText()).contains(PROVINCE);
            assertThat(failing.path("nextAttemptAt").isNull()).isFalse();

            try (RunningNode back = RunningNode.start(province)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> "WITHDRAWN".equals(state(back, "320509-sthj-0001")));
                await().atMost(Duration.ofSeconds(30)).until(() -> reportState(cityNode).path("failures").asInt() == 0);
                assertNoDuplicates(back);

                // a lost acknowledgement means a batch arrives twice: replaying everything from the start changes nothing
                List<Map<String, Object>> before = back.jdbc().queryForList(
                        "select entry_id, version from catalog.entry_version order by 1, 2");
                cityNode.jdbc().update("update federation.peer_state set position_at = 'epoch', position_id = 0 "
                        + "where direction = 'REPORT'");
                RunningNode.Answer replay = cityNode.post("/api/federation/sync", "sz.admin", null);
                assertThat(replay.status()).isEqualTo(200);
                JsonNode report = replay.body().get(0);
                assertThat(report.path("direction").asText()).isEqualTo("REPORT");
                assertThat(report.path("changes").asInt()).isGreaterThanOrEqualTo(4);
                assertThat(report.path("applied").asInt()).isZero();
                assertThat(back.jdbc().queryForList("select entry_id, version from catalog.entry_version order by 1, 2"))
                        .isEqualTo(before);
                assertNoDuplicates(back);
            }
        }
    }

    private static Map<String, String> node(String id, String region, Path key, Path data) {
        Map<String, String> p = new HashMap<>();
        p.put("shuzhi.data-dir", data.toString());
        p.put("shuzhi.federation.enabled", "true");
        p.put("shuzhi.federation.node-id", id);
        p.put("shuzhi.federation.region", region);
        p.put("shuzhi.federation.key-file", key.toString());
        p.put("shuzhi.federation.settle", "0s");
        p.put("shuzhi.federation.tick", "500ms");
        p.put("shuzhi.federation.interval", "1s");
        p.put("shuzhi.federation.max-backoff", "2s");
        p.put("shuzhi.federation.timeout", "3s");
        return p;
    }

    /** 编目 → 挂接 → 审核 → 发布 of a province-level entry by the province's administrator. */
    private static void publishProvinceEntry(RunningNode province) {
        Map<String, Object> draft = new HashMap<>(Map.of("code", PROVINCE_ENTRY,
                "classification", Map.of("classCode", "02", "itemCode", "005"),
                "name", "省级行政许可事项目录", "summary", "江苏省行政许可事项及其设定依据", "format", "DATABASE",
                "updateCycle", "MONTHLY", "regionCode", "32", "providerDepartment", "32-dsj"));
        draft.put("sharing", Map.of("type", "UNCONDITIONAL", "method", "API"));
        draft.put("openType", "OPEN");
        draft.put("items", List.of(Map.of("name", "事项名称", "column", "item_name", "dataType", "TEXT",
                "fieldType", "PLAIN", "required", true, "key", true)));
        RunningNode.Answer created = province.post("/api/catalog/entries", "js.admin", draft);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        long id = created.body().path("id").asLong();
        for (Map<String, Object> step : List.of(
                Map.<String, Object>of("action", "ATTACH", "resource", Map.of("kind", "API", "reference",
                        "https://data.jiangsu.gov.cn/api/licensing-items")),
                Map.<String, Object>of("action", "SUBMIT"), Map.<String, Object>of("action", "APPROVE"),
                Map.<String, Object>of("action", "PUBLISH"))) {
            RunningNode.Answer answer = province.post("/api/catalog/entries/" + id + "/steps", "js.admin", step);
            assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        }
    }

    private static void assertReceived(RunningNode province, RunningNode city) {
        // the province sees the city's entry as published there, read-only, with its origin
        JsonNode scjg = province.get("/api/catalog/entries/" + id(province, "320509-scjg-0001"), "js.admin");
        assertThat(scjg.path("origin").asText()).isEqualTo(CITY);
        assertThat(scjg.path("state").asText()).isEqualTo("PUBLISHED");
        assertThat(scjg.path("items").size()).isEqualTo(4);
        RunningNode.Answer revise = province.post("/api/catalog/entries/" + scjg.path("id").asLong() + "/steps",
                "js.admin", Map.of("action", "REVISE"));
        assertThat(revise.status()).isEqualTo(409);
        assertThat(revise.body().path("detail").asText()).contains(CITY);
        // only the city's jurisdiction came up: its 兰州 demo entry stays at home
        assertThat(origin(province, "6201-cg-0001")).isNull();
        assertThat(state(province, "6201-cg-0001")).isNull();
        // the city's people see the province's entry (回流), marked as the province's
        JsonNode back = city.get("/api/catalog/entries/" + id(city, PROVINCE_ENTRY), "wj.analyst");
        assertThat(back.path("origin").asText()).isEqualTo(PROVINCE);
        assertThat(back.path("name").asText()).isEqualTo("省级行政许可事项目录");
        // both sides recorded it: the province its received reports, the city what flowed back
        assertThat(province.jdbc().queryForObject("select count(*) from audit.record where action = "
                + "'federation.report.received' and actor = 'node:" + CITY + "'", Long.class)).isPositive();
        assertThat(city.jdbc().queryForObject("select count(*) from audit.record where action = "
                + "'federation.flowback.received'", Long.class)).isPositive();
        JsonNode status = province.get("/api/federation/status", "js.admin");
        assertThat(status.path("nodeId").asText()).isEqualTo(PROVINCE);
        assertThat(status.path("states").toString()).contains("RECEIVED", "SERVED");
        assertThat(city.get("/api/federation/status", "wj.admin").path("status").asInt()).isEqualTo(403);
        // the pages say so: the entry's origin, read-only without workflow buttons; the console in both languages
        String page = province.page("/catalog/" + scjg.path("id").asLong(), "js.admin");
        assertThat(page).contains("id=\"origin\"", CITY, "只读").doesNotContain("name=\"action\"");
        assertThat(province.page("/catalog?q=市场主体", "js.admin"))
                .contains("来自节点 " + CITY);
        String console = city.page("/federation", "sz.admin");
        assertThat(console).contains(PROVINCE, city.get("/api/federation/status", "sz.admin").path("publicKey").asText(),
                "目录上报", "目录回流");
        assertThat(city.page("/federation?lang=en", "sz.admin")).contains("Federation nodes", "Catalog reported up")
                .doesNotContain("??");
    }

    private static void assertNoDuplicates(RunningNode province) {
        assertThat(province.jdbc().queryForObject("select count(*) from catalog.entry where code = '320509-scjg-0001'",
                Long.class)).isEqualTo(1);
        assertThat(province.jdbc().queryForObject("""
                select count(*) from catalog.entry_version v join catalog.entry e on e.id = v.entry_id
                where e.code = '320509-scjg-0001'""", Long.class)).isEqualTo(1);
        assertThat(province.jdbc().queryForObject("""
                select count(*) from catalog.entry_step s join catalog.entry e on e.id = s.entry_id
                where e.code = '320509-sthj-0001' and s.action = 'RECEIVE'""", Long.class)).isEqualTo(2);
    }

    /** Messages a province must refuse, each with the reason it names, and the one it must accept. */
    private static void assertProvinceRefusesBadMessages(RunningNode province, NodeKeys cityKey, NodeKeys provinceKey) {
        String path = CatalogMessages.REPORTS;
        byte[] good = message(CITY, PROVINCE, Instant.now(), UUID.randomUUID().toString());
        RunningNode.Answer unsigned = province.postRaw(path, good, Map.of(SignedExchange.NODE, CITY));
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.body().path("messageKey").asText("")).isIn("federation.bad-signature", "");

        RunningNode.Answer accepted = province.postRaw(path, good, signed(CITY, cityKey, good));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body().path("inReplyTo").asText()).isNotBlank();
        RunningNode.Answer replayed = province.postRaw(path, good, signed(CITY, cityKey, good));
        assertThat(replayed.status()).isEqualTo(409);

        byte[] fresh = message(CITY, PROVINCE, Instant.now(), UUID.randomUUID().toString());
        Map<String, String> headers = signed(CITY, cityKey, fresh);
        byte[] tampered = new String(fresh, StandardCharsets.UTF_8).replace("\"changes\":[]",
                "\"changes\":[] ").getBytes(StandardCharsets.UTF_8);
        assertThat(province.postRaw(path, tampered, headers).status()).isEqualTo(401);
        assertThat(province.postRaw(path, fresh, signed(CITY, provinceKey, fresh)).status()).isEqualTo(401);
        assertThat(province.postRaw(path, fresh, signed("js-wuxi", cityKey, fresh)).status()).isEqualTo(401);
        byte[] old = message(CITY, PROVINCE, Instant.now().minus(Duration.ofMinutes(10)), UUID.randomUUID().toString());
        assertThat(province.postRaw(path, old, signed(CITY, cityKey, old)).status()).isEqualTo(401);
        byte[] elsewhere = message(CITY, "js-wuxi", Instant.now(), UUID.randomUUID().toString());
        assertThat(province.postRaw(path, elsewhere, signed(CITY, cityKey, elsewhere)).status()).isEqualTo(401);
        assertThat(province.jdbc().queryForObject("select count(*) from audit.record where action = 'federation.refused'",
                Long.class)).isGreaterThanOrEqualTo(6);
        // anybody can send a body before its signature is checked: one announced too large is refused unread
        assertThat(statusOfAnnouncedBody(province.baseUrl(), path, NodeApi.MAX_BODY + 1L)).isEqualTo(413);
    }

    /** The status line's code for a POST that announces {@code length} bytes and sends none of them. */
    private static int statusOfAnnouncedBody(String baseUrl, String path, long length) {
        java.net.URI uri = java.net.URI.create(baseUrl);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + length + "\r\n"
                    + SignedExchange.NODE + ": " + CITY + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] message(String from, String to, Instant sentAt, String nonce) {
        return ("{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"sentAt\":\"" + sentAt + "\",\"nonce\":\"" + nonce
                + "\",\"inReplyTo\":null,\"body\":{\"changes\":[]}}").getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> signed(String node, NodeKeys key, byte[] body) {
        return Map.of(SignedExchange.NODE, node, SignedExchange.SIGNATURE, key.sign(body));
    }

    private static JsonNode reportState(RunningNode city) {
        for (JsonNode state : city.get("/api/federation/status", "sz.admin").path("states")) {
            if (state.path("direction").asText().equals("REPORT")) {
                return state;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static long id(RunningNode node, String code) {
        return node.jdbc().queryForObject("select id from catalog.entry where code = ?", Long.class, code);
    }

    private static String origin(RunningNode node, String code) {
        return node.jdbc().query("select origin_node from catalog.entry where code = ?",
                rs -> rs.next() ? rs.getString(1) : null, code);
    }

    private static String state(RunningNode node, String code) {
        return node.jdbc().query("select state from catalog.entry where code = ?",
                rs -> rs.next() ? rs.getString(1) : null, code);
    }
}
