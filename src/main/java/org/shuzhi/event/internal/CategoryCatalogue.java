package org.shuzhi.event.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shuzhi.calendar.TimeLimit;
import org.shuzhi.event.Category;
import org.shuzhi.event.EventCategories;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The category catalogue: table {@code event.category}, seeded on first start from {@code event/categories.csv}
 * (categories already stored are left as a deployment configured them), held in memory.
 */
@Component
class CategoryCatalogue implements EventCategories {

    static final String DEFAULT_CATALOGUE = "event/categories.csv";

    private final JdbcClient jdbc;
    private volatile Map<String, Category> byCode = Map.of();

    CategoryCatalogue(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        transactions.executeWithoutResult(status -> seed(readDefault()));
        reload();
    }

    @Override
    public List<Category> all() {
        return List.copyOf(byCode.values());
    }

    @Override
    public Optional<Category> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** Rereads the table, after a change of the catalogue. */
    void reload() {
        byCode = jdbc.sql("""
                select code, parent_code, level, name_zh, name_en, limit_normal, limit_urgent, department_kind
                  from event.category where active order by code""")
                .query((row, i) -> new Category(row.getString("code"), row.getString("parent_code"),
                        row.getInt("level"), row.getString("name_zh"), row.getString("name_en"),
                        limit(row.getString("limit_normal")), limit(row.getString("limit_urgent")),
                        row.getString("department_kind")))
                .list().stream()
                .collect(Collectors.toMap(Category::code, Function.identity(), (a, b) -> a, java.util.TreeMap::new));
    }

    private void seed(List<Category> categories) {
        for (Category c : categories) {
            jdbc.sql("""
                    insert into event.category (code, parent_code, level, name_zh, name_en, limit_normal, limit_urgent,
                                                department_kind)
                    values (:code, :parent, :level, :zh, :en, :normal, :urgent, :kind)
                    on conflict (code) do nothing""")
                    .param("code", c.code()).param("parent", c.parentCode()).param("level", c.level())
                    .param("zh", c.nameZh()).param("en", c.nameEn())
                    .param("normal", c.normalLimit() == null ? null : c.normalLimit().toString())
                    .param("urgent", c.urgentLimit() == null ? null : c.urgentLimit().toString())
                    .param("kind", c.departmentKind())
                    .update();
        }
    }

    /** The catalogue shipped with the platform. */
    static List<Category> readDefault() {
        List<Category> categories = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(DEFAULT_CATALOGUE).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                categories.add(new Category(f[0], blank(f[1]), f[0].length() / 2, f[2], f[3], limit(blank(f[4])),
                        limit(blank(f[5])), blank(f[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return categories;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static TimeLimit limit(String spec) {
        return spec == null ? null : TimeLimit.parse(spec);
    }
}
