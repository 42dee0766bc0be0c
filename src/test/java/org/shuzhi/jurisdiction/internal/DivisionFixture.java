package org.shuzhi.jurisdiction.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small, valid set of division files under a fake province 99 (测试省), which no real division uses, so tests
 * can import it into the shared test database. Mutable: tests change or add lines, then write the files. Line
 * numbers are those of the written file (header = 1).
 */
final class DivisionFixture {

    /** All codes the fixtures use start with one of these; {@link #cleanUp} removes them. */
    static final String FAKE_PREFIX_SQL = "code like '99%' or code like '98%'";

    private final Map<DivisionFile, List<String>> lines = new EnumMap<>(DivisionFile.class);

    DivisionFixture() {
        lines.put(DivisionFile.PROVINCES, new ArrayList<>(List.of("code,name", "99,\"测试省\"")));
        lines.put(DivisionFile.CITIES, new ArrayList<>(List.of("code,name,provinceCode", "9901,\"测试市\",99")));
        lines.put(DivisionFile.AREAS, new ArrayList<>(List.of("code,name,cityCode,provinceCode",
                "990101,\"测试区\",9901,99")));
        lines.put(DivisionFile.STREETS, new ArrayList<>(List.of("code,name,areaCode,provinceCode,cityCode",
                "990101001,\"甲镇\",990101,99,9901",
                "990101002,\"乙街道\",990101,99,9901")));
        lines.put(DivisionFile.VILLAGES, new ArrayList<>(List.of("code,name,streetCode,provinceCode,cityCode,areaCode",
                "990101001001,\"甲一村村民委员会\",990101001,99,9901,990101",
                "990101001002,\"甲二村村民委员会\",990101001,99,9901,990101",
                "990101002001,\"乙社区居民委员会\",990101002,99,9901,990101")));
    }

    /** Total rows (without headers). */
    int rows() {
        return lines.values().stream().mapToInt(l -> l.size() - 1).sum();
    }

    /** Appends a line to a file; returns its line number. */
    int append(DivisionFile file, String line) {
        lines.get(file).add(line);
        return lines.get(file).size();
    }

    /** Replaces line {@code number} (1 = header) of a file. */
    DivisionFixture set(DivisionFile file, int number, String line) {
        lines.get(file).set(number - 1, line);
        return this;
    }

    DivisionFixture remove(DivisionFile file) {
        lines.remove(file);
        return this;
    }

    /** Writes the files as plain {@code .csv} into {@code dir}. */
    Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (var entry : lines.entrySet()) {
            Files.writeString(dir.resolve(entry.getKey().fileName()), String.join("\n", entry.getValue()) + "\n");
        }
        return dir;
    }

    /** The file's content as {@code .csv} text. */
    String text(DivisionFile file) {
        return String.join("\n", lines.get(file)) + "\n";
    }

    static void gzip(Path target, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A fingerprint of the whole division table — every code, name, parent and timestamp — to show that a rejected
     * import changed nothing at all.
     */
    static String fingerprint(JdbcClient jdbc) {
        return jdbc.sql("""
                select count(*) || ':' || coalesce(md5(string_agg(code || '|' || name || '|'
                    || coalesce(parent_code, '') || '|' || created_at || '|' || updated_at, ',' order by code)), '')
                from jurisdiction.division""").query(String.class).single();
    }

    /** Imports the division files in {@code dir}, as the command does. */
    static ImportReport importDirectory(DivisionImporter importer, Path dir) {
        try (ImportSource source = ImportSource.directory(dir)) {
            return importer.importFrom(source, ImportProgress.NONE);
        }
    }

    static void cleanUp(JdbcClient jdbc) {
        jdbc.sql("delete from jurisdiction.division where " + FAKE_PREFIX_SQL).update();
    }
}
