package org.shuzhi.jurisdiction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shuzhi.jurisdiction.Division;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The importer against the real embedded PostgreSQL with bad input: every kind of defect is rejected as a 400
 * problem naming file and line (in Chinese and English) and leaves the division table exactly as it was — even
 * when the same import would also have renamed, added and inserted other rows before reaching the bad one.
 */
@IntegrationTest
class DivisionImportRejectionTest {

    @Autowired
    DivisionImporter importer;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    @TempDir
    Path temp;

    @BeforeEach
    @AfterEach
    void removeFixtures() {
        DivisionFixture.cleanUp(jdbc);
    }

    /** A bad line, its file, the problem expected and where: each must leave the table untouched. */
    static Stream<Arguments> badInput() {
        return Stream.of(
                bad("non-digit code", DivisionFile.STREETS, "99010100X,\"丙镇\",990101,99,9901",
                        "jurisdiction.import.bad-code"),
                bad("code too short", DivisionFile.VILLAGES, "99010100100,\"丙村\",990101001,99,9901,990101",
                        "jurisdiction.import.bad-code"),
                bad("parent neither in files nor stored", DivisionFile.VILLAGES,
                        "990101009001,\"孤村\",990101009,99,9901,990101", "jurisdiction.import.missing-parent"),
                bad("unterminated quote", DivisionFile.STREETS, "990101003,\"丙镇,990101,99,9901",
                        "jurisdiction.import.unterminated-quote"),
                bad("quote inside a value", DivisionFile.STREETS, "990101003,丙\"镇,990101,99,9901",
                        "jurisdiction.import.stray-quote"),
                bad("column missing", DivisionFile.CITIES, "9902,\"另一市\"", "jurisdiction.import.column-count"),
                bad("column too many", DivisionFile.PROVINCES, "98,\"另一省\",98", "jurisdiction.import.column-count"),
                bad("provinceCode not the code's prefix", DivisionFile.STREETS, "990101003,\"丙镇\",990101,98,9901",
                        "jurisdiction.import.inconsistent-column"),
                bad("areaCode not the code's prefix", DivisionFile.VILLAGES,
                        "990101002009,\"丙村\",990101002,99,9901,990102", "jurisdiction.import.inconsistent-column"),
                bad("blank name", DivisionFile.AREAS, "990102,\"  \",9901,99", "jurisdiction.import.blank-name"),
                bad("empty name", DivisionFile.AREAS, "990102,,9901,99", "jurisdiction.import.blank-name"),
                bad("duplicate code", DivisionFile.VILLAGES, "990101001002,\"重复村\",990101001,99,9901,990101",
                        "jurisdiction.import.duplicate-code"));
    }

    private static Arguments bad(String what, DivisionFile file, String line, String key) {
        return Arguments.of(what, file, line, key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRejectedWithFileAndLineAndNothingIsWritten(String what, DivisionFile file, String badLine,
            String key) throws IOException {
        DivisionFixture.importDirectory(importer, new DivisionFixture().write(temp.resolve("stored")));
        String before = DivisionFixture.fingerprint(jdbc);
        // an import that would also rename a township, add a province and add a village, were it not for the bad line
        DivisionFixture fixture = new DivisionFixture()
                .set(DivisionFile.STREETS, 2, "990101001,\"甲镇（改名）\",990101,99,9901");
        fixture.append(DivisionFile.PROVINCES, "98,\"另一测试省\"");
        fixture.append(DivisionFile.VILLAGES, "990101002003,\"乙三社区居民委员会\",990101002,99,9901,990101");
        int line = fixture.append(file, badLine);

        ApiProblem problem = rejected(fixture.write(temp.resolve("bad")));

        assertThat(problem.messageKey()).isEqualTo(key);
        assertThat(problem.properties()).containsEntry("file", file.fileName()).containsEntry("line", line);
        assertThat(message(problem, Locale.SIMPLIFIED_CHINESE)).startsWith(file.fileName() + " 第 " + line + " 行");
        assertThat(message(problem, Locale.ENGLISH)).startsWith(file.fileName() + " line " + line + ":");
        assertThat(DivisionFixture.fingerprint(jdbc)).isEqualTo(before);
        assertThat(jurisdictions.find("98")).isEmpty();
        assertThat(jurisdictions.find("990101001")).map(Division::name).contains("甲镇");
    }

    @Test
    void aDuplicateIsReportedAtItsSecondLineNamingTheFirst() throws IOException {
        DivisionFixture fixture = new DivisionFixture();
        int second = fixture.append(DivisionFile.STREETS, "990101001,\"甲镇\",990101,99,9901");

        ApiProblem problem = rejected(fixture.write(temp));

        assertThat(problem.properties()).containsEntry("file", "streets.csv").containsEntry("line", second);
        assertThat(message(problem, Locale.ENGLISH)).contains("already on line 2");
    }

    @Test
    void aWrongHeaderOrAnEmptyFileIsRejectedAtLineOne() throws IOException {
        Path dir = new DivisionFixture().set(DivisionFile.CITIES, 1, "code,name,province").write(temp.resolve("h"));
        assertThat(rejected(dir)).satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("jurisdiction.import.bad-header");
            assertThat(p.properties()).containsEntry("file", "cities.csv").containsEntry("line", 1);
            assertThat(message(p, Locale.ENGLISH)).contains("code,name,provinceCode");
        });
        Path empty = new DivisionFixture().write(temp.resolve("e"));
        Files.writeString(empty.resolve("areas.csv"), "");
        assertThat(rejected(empty).messageKey()).isEqualTo("jurisdiction.import.empty-file");
    }

    @Test
    void twoFilesForOneLevelOrNoFileAtAllAreRejected() throws IOException {
        Path dir = new DivisionFixture().write(temp.resolve("both"));
        DivisionFixture.gzip(dir.resolve("villages.csv.gz"), new DivisionFixture().text(DivisionFile.VILLAGES));
        assertThat(catchThrowableOfType(ApiProblem.class, () -> ImportSource.directory(dir)).messageKey())
                .isEqualTo("jurisdiction.import.ambiguous-file");

        Path none = Files.createDirectories(temp.resolve("none"));
        Files.writeString(none.resolve("README.md"), "not a division file");
        assertThat(catchThrowableOfType(ApiProblem.class, () -> ImportSource.directory(none)).messageKey())
                .isEqualTo("jurisdiction.import.no-files");
    }

    @Test
    void corruptGzipIsRejectedNamingTheFile() throws IOException {
        Path dir = new DivisionFixture().remove(DivisionFile.VILLAGES).write(temp);
        Files.write(dir.resolve("villages.csv.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        String before = DivisionFixture.fingerprint(jdbc);

        ApiProblem problem = rejected(dir);

        assertThat(problem.messageKey()).isEqualTo("jurisdiction.import.unreadable");
        assertThat(problem.properties()).containsEntry("file", "villages.csv.gz");
        assertThat(DivisionFixture.fingerprint(jdbc)).isEqualTo(before);
    }

    private ApiProblem rejected(Path dir) {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class,
                () -> DivisionFixture.importDirectory(importer, dir));
        assertThat(problem).as("import of %s must be rejected", dir).isNotNull();
        assertThat(problem.status().value()).isEqualTo(400);
        return problem;
    }

    private String message(ApiProblem problem, Locale locale) {
        return messages.getMessage(problem.messageKey(), problem.args(), locale);
    }
}
