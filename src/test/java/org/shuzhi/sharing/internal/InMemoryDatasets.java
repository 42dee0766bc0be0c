package org.shuzhi.sharing.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.shuzhi.dataset.DatasetPage;
import org.shuzhi.dataset.DatasetQuery;
import org.shuzhi.dataset.Datasets;
import org.shuzhi.platform.DataScope;
import org.shuzhi.privacy.ResidentIdNumber;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A stand-in for the dataset module ("outside" the sharing module): rows of the demo catalog's entries in memory,
 * each with the region it belongs to, confined by the row scope as the real implementation does it in its data
 * layer. Synthetic people with valid resident ID numbers and mobile numbers, so that masking can be checked.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InMemoryDatasets {

    /** Region of each person row: two in 平望镇, one in 松陵 (another township of 吴江区). */
    static final List<String> PERSON_REGIONS = List.of("320509104001", "320509104002", "320509001001");

    @Bean
    @Primary
    Rows datasets() {
        return new Rows();
    }

    /** A valid resident ID number born in 1985 in the region's county. */
    static String residentId(String region, int n) {
        String body = region.substring(0, 6) + "19850312" + String.format("%03d", 100 + n);
        return body + ResidentIdNumber.checkCharacter(body);
    }

    static String mobile(int n) {
        return "1390512" + String.format("%04d", 1000 + n);
    }

    /** The rows, and the row scopes they were asked with. */
    public static class Rows implements Datasets {

        final List<DataScope> rowScopes = new CopyOnWriteArrayList<>();
        private final Map<String, List<Map<String, Object>>> data = new LinkedHashMap<>();

        Rows() {
            List<Map<String, Object>> people = new ArrayList<>();
            for (int i = 0; i < PERSON_REGIONS.size(); i++) {
                String region = PERSON_REGIONS.get(i);
                people.add(row(region, "name", "居民" + "甲乙丙".charAt(i) + "某", "id_number", residentId(region, i),
                        "mobile", mobile(i), "address", "吴江区平望镇示例路" + (i + 1) + "号"));
            }
            data.put("320509-ga-0001", people);
            data.put("320509-scjg-0001", List.of(
                    row("320509104", "uscc", "91320509MA1XXXXX0A", "entity_name", "示例科技有限公司", "legal_rep",
                            "王某某", "domicile", "平望镇示例路8号，联系电话 " + mobile(7)),
                    row("320509001", "uscc", "91320509MA1YYYYY1B", "entity_name", "示例贸易有限公司", "legal_rep",
                            "李某某", "domicile", "松陵镇示例街1号")));
            data.put("320509-mz-0001", List.of(row("320509104", "name", "赵某", "id_number",
                    residentId("320509104", 9), "bank_card", "6222020000000000000")));
            data.put("6201-cg-0001", List.of(row("620102", "place", "城关区示例街", "kind", "占道经营")));
        }

        private static Map<String, Object> row(String region, Object... pairs) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("_region", region);
            for (int i = 0; i < pairs.length; i += 2) {
                row.put((String) pairs[i], pairs[i + 1]);
            }
            return row;
        }

        @Override
        public Set<String> loaded(Collection<String> entryCodes, DataScope scope) {
            return scope.isEmpty() ? Set.of() : entryCodes.stream().filter(data::containsKey).collect(Collectors.toSet());
        }

        @Override
        public Optional<DatasetPage> query(String entryCode, DatasetQuery query, DataScope rowScope) {
            rowScopes.add(rowScope);
            List<Map<String, Object>> rows = data.get(entryCode);
            if (rows == null) {
                return Optional.empty();
            }
            List<Map<String, Object>> matching = rows.stream()
                    .filter(r -> rowScope.covers((String) r.get("_region")))
                    .filter(r -> query.equals().entrySet().stream()
                            .allMatch(e -> e.getValue().equals(String.valueOf(r.get(e.getKey())))))
                    .toList();
            List<String> columns = query.columns().isEmpty()
                    ? rows.get(0).keySet().stream().filter(c -> !c.startsWith("_")).toList() : query.columns();
            List<Map<String, Object>> page = matching.stream().skip(query.offset()).limit(query.limit()).map(r -> {
                Map<String, Object> out = new LinkedHashMap<>();
                columns.forEach(c -> out.put(c, r.get(c)));
                return out;
            }).toList();
            return Optional.of(new DatasetPage(columns, page, matching.size()));
        }
    }
}
