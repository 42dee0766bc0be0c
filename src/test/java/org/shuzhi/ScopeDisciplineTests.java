package org.shuzhi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.Unscoped;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * Data scope cannot be forgotten (docs/ARCHITECTURE.md, Data scope): every table declares how it is confined; every
 * data-access class whose SQL names a scoped table takes a {@link DataScope} in each of its non-private methods or
 * says with {@link Unscoped} why not; and web controllers never reach for {@link DataScope#all()}.
 */
@IntegrationTest
class ScopeDisciplineTests {

    static final Pattern MARKER = Pattern.compile(
            "\\[(?:scope: (?<columns>[a-z_]+(?:, [a-z_]+)?)|scope via (?<parent>[a-z_]+\\.[a-z_]+)|unscoped: (?<reason>[^\\]]{10,}))]");

    private static final Path MAIN_JAVA = Path.of("src/main/java");

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableDeclaresHowItIsConfined() {
        List<String> violations = new ArrayList<>();
        Map<String, String> comments = tableComments(jdbc);
        assertThat(comments).containsKeys("grid.grid", "identity.users", "audit.record", "jurisdiction.division");
        comments.forEach((table, comment) -> {
            Matcher marker = MARKER.matcher(comment == null ? "" : comment);
            if (!marker.find()) {
                violations.add(table + " has no scope marker in its comment");
            } else if (marker.group("columns") != null) {
                for (String column : marker.group("columns").split(", ")) {
                    if (!columns(table).contains(column)) {
                        violations.add(table + " is scoped by " + column + ", which it does not have");
                    }
                }
            } else if (marker.group("parent") != null && !scoped(comments).contains(marker.group("parent"))) {
                violations.add(table + " is scoped via " + marker.group("parent") + ", which is not scoped");
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void dataAccessToScopedTablesTakesAScope() throws IOException {
        List<String> scopedTables = scoped(tableComments(jdbc));
        List<String> violations = new ArrayList<>();
        int checkedClasses = 0;
        for (Path file : TableOwnershipTests.filesUnder(MAIN_JAVA.resolve("org/shuzhi"), ".java")) {
            if (!namesAny(Files.readString(file), scopedTables)) {
                continue;
            }
            checkedClasses++;
            violations.addAll(unscopedAccess(classOf(file)));
        }
        assertThat(checkedClasses).as("classes whose SQL names a scoped table").isPositive();
        assertThat(violations).isEmpty();
    }

    @Test
    void theRuleCatchesAMethodWithoutAScope() {
        assertThat(unscopedAccess(Fixture.class)).containsExactly(Fixture.class.getName() + ".forgotten");
    }

    @Test
    void controllersNeverUseTheUnrestrictedScope() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.shuzhi");
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().callMethod(DataScope.class, "all")
                .because("a request acts for its caller, whose scope comes from CallerContext")
                .check(classes);
    }

    /**
     * The non-private methods of {@code type} that take no {@link DataScope} and carry no {@link Unscoped} — none when
     * the class itself is {@link Unscoped} (system machinery such as the audit chain). Row mappers (a
     * {@code ResultSet} parameter) read no table and are left out.
     */
    static List<String> unscopedAccess(Class<?> type) {
        if (type.isAnnotationPresent(Unscoped.class)) {
            return List.of();
        }
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> !Modifier.isPrivate(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                .filter(m -> !m.isAnnotationPresent(Unscoped.class))
                // a row mapper only reads the row it is handed
                .filter(m -> Arrays.stream(m.getParameterTypes()).noneMatch(java.sql.ResultSet.class::equals))
                .filter(m -> Arrays.stream(m.getParameterTypes()).noneMatch(DataScope.class::equals))
                .map(m -> type.getName() + "." + m.getName())
                .sorted().distinct().toList();
    }

    /** Each table of the modules' schemas with its comment (null when it has none). */
    static Map<String, String> tableComments(JdbcClient jdbc) {
        Map<String, String> comments = new TreeMap<>();
        jdbc.sql("""
                select n.nspname || '.' || c.relname as name, obj_description(c.oid, 'pg_class') as comment
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where c.relkind in ('r', 'p') and not c.relispartition
                   and n.nspname not in ('pg_catalog', 'information_schema', 'public', 'pg_toast')
                   and c.relname <> 'flyway_schema_history'""")
                .query((row, i) -> comments.put(row.getString("name"), row.getString("comment"))).list();
        return comments;
    }

    /** The tables whose marker is {@code scope: …} or {@code scope via …}. */
    static List<String> scoped(Map<String, String> comments) {
        return comments.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().matches("(?s).*\\[scope(:| via ).*"))
                .map(Map.Entry::getKey).toList();
    }

    private List<String> columns(String table) {
        String[] name = table.split("\\.");
        return jdbc.sql("select column_name from information_schema.columns where table_schema = ? and table_name = ?")
                .params(name[0], name[1]).query(String.class).list();
    }

    private static boolean namesAny(String source, List<String> tables) {
        Matcher literals = TableOwnershipTests.STRING_LITERAL.matcher(source);
        while (literals.find()) {
            String text = literals.group(1) != null ? literals.group(1) : literals.group(2);
            for (String table : tables) {
                if (Pattern.compile("(?i)\\b(from|join|into|update|exists|truncate)\\s+" + Pattern.quote(table) + "\\b")
                        .matcher(text).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Class<?> classOf(Path file) {
        String name = MAIN_JAVA.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aClassMarkedUnscopedIsExemptAsAWhole() {
        assertThat(unscopedAccess(SystemFixture.class)).isEmpty();
    }

    @Unscoped("fixture: system machinery")
    static class SystemFixture {

        List<String> anything(String code) {
            return List.of();
        }
    }

    /** Data access as the rule wants it, and one method that forgot its scope. */
    @SuppressWarnings("unused")
    static class Fixture {

        List<String> scoped(DataScope scope) {
            return List.of();
        }

        @Unscoped("fixture: system work")
        List<String> system() {
            return List.of();
        }

        List<String> forgotten(String code) {
            return List.of();
        }

        private List<String> helper() {
            return List.of();
        }
    }
}
