package org.shuzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Every module keeps its tables in a PostgreSQL schema named after it, and no module's SQL — in Java string
 * literals or in its Flyway migrations — names another module's schema. Modules talk through APIs and events.
 */
class TableOwnershipTests {

    private static final Path MAIN_JAVA = Path.of("src/main/java/org/shuzhi");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Pattern STRING_LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);

    private final Set<String> moduleNames = ModularityTests.modules.stream()
            .map(ApplicationModule::getName).collect(Collectors.toSet());

    @Test
    void theCheckSeesTableReferencesButNotDottedCodes() {
        assertThat(tableReference("audit").matcher("select * from audit.record where seq = ?").find()).isTrue();
        assertThat(tableReference("grid").matcher("insert into grid.grid (code) values (?)").find()).isTrue();
        assertThat(tableReference("grid").matcher("LEFT JOIN grid.grid g ON g.code = x.code").find()).isTrue();
        assertThat(tableReference("audit").matcher("audit.read").find()).isFalse();
        assertThat(tableReference("grid").matcher("grid.import.invalid-geometry").find()).isFalse();
    }

    @Test
    void javaSqlOnlyNamesItsOwnModulesSchema() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String module : moduleNames) {
            Path dir = MAIN_JAVA.resolve(module);
            for (Path file : filesUnder(dir, ".java")) {
                Matcher literals = STRING_LITERAL.matcher(Files.readString(file));
                while (literals.find()) {
                    String text = literals.group(1) != null ? literals.group(1) : literals.group(2);
                    foreignSchemas(module, text).forEach(s -> violations.add(file + " names schema " + s));
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void migrationsLiveInTheirModulesFolderAndOnlyTouchItsSchema() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : filesUnder(MIGRATIONS, ".sql")) {
            String module = MIGRATIONS.relativize(file).getName(0).toString();
            if (!moduleNames.contains(module)) {
                violations.add(file + " is not under a module's folder");
                continue;
            }
            foreignSchemas(module, Files.readString(file)).forEach(s -> violations.add(file + " names schema " + s));
        }
        assertThat(violations).isEmpty();
    }

    private Stream<String> foreignSchemas(String owner, String sql) {
        return moduleNames.stream().filter(other -> !other.equals(owner))
                .filter(other -> tableReference(other).matcher(sql).find());
    }

    /**
     * {@code schema.table} where SQL names a table — after FROM, JOIN, INTO, UPDATE, TABLE, REFERENCES, EXISTS or
     * ON … — so that dotted names that are not SQL (permission codes such as {@code audit.read}, message keys)
     * do not count.
     */
    static Pattern tableReference(String schema) {
        return Pattern.compile("(?i)\\b(from|join|into|update|table|references|exists|truncate|on)\\s+"
                + schema + "\\.[a-z_]+\\b");
    }

    static List<Path> filesUnder(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
