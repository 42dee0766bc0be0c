package org.shuzhi.jurisdiction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.jurisdiction.Division;
import org.shuzhi.jurisdiction.DivisionLevel;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The importer against the real embedded PostgreSQL with good input: imported level by level, re-importing is a
 * no-op, changes are counted, progress is told. Bad input: {@link DivisionImportRejectionTest}. Uses the fake
 * province 99 of {@link DivisionFixture} and removes it afterwards.
 */
@IntegrationTest
class DivisionImportTest {

    @Autowired
    DivisionImporter importer;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @BeforeEach
    @AfterEach
    void removeFixtures() {
        DivisionFixture.cleanUp(jdbc);
    }

    @Test
    void importsAllLevelsAndReportsEachLevel() throws IOException {
        ImportReport report = importDir(new DivisionFixture().write(temp));

        assertThat(report.levels()).extracting(ImportReport.LevelReport::level)
                .containsExactly(DivisionLevel.values());
        assertThat(report.levels()).extracting(ImportReport.LevelReport::file)
                .containsExactly("provinces.csv", "cities.csv", "areas.csv", "streets.csv", "villages.csv");
        assertThat(report.levels()).extracting(ImportReport.LevelReport::read).containsExactly(1L, 1L, 1L, 2L, 3L);
        assertThat(report.levels()).extracting(ImportReport.LevelReport::inserted)
                .containsExactly(1L, 1L, 1L, 2L, 3L);
        assertThat(report.read()).isEqualTo(8);
        assertThat(report.inserted()).isEqualTo(8);
        assertThat(report.updated() + report.unchanged()).isZero();
        assertThat(jurisdictions.chain("990101001002")).extracting(Division::name)
                .containsExactly("测试省", "测试市", "测试区", "甲镇", "甲二村村民委员会");
        assertThat(jurisdictions.children("990101001")).hasSize(2);
    }

    @Test
    void reImportingTheSameFilesChangesNothing() throws IOException {
        Path dir = new DivisionFixture().write(temp);
        importDir(dir);
        String before = DivisionFixture.fingerprint(jdbc);

        ImportReport again = importDir(dir);

        assertThat(again.read()).isEqualTo(8);
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(8);
        assertThat(again.levels()).allSatisfy(l -> assertThat(l.unchanged()).isEqualTo(l.read()));
        assertThat(DivisionFixture.fingerprint(jdbc)).isEqualTo(before);
    }

    @Test
    void aRenamedDivisionIsUpdatedAndANewOneInserted() throws IOException {
        importDir(new DivisionFixture().write(temp.resolve("first")));
        DivisionFixture changed = new DivisionFixture()
                .set(DivisionFile.STREETS, 2, "990101001,\"甲镇（新）\",990101,99,9901");
        changed.append(DivisionFile.VILLAGES, "990101002002,\"乙二社区居民委员会\",990101002,99,9901,990101");

        ImportReport report = importDir(changed.write(temp.resolve("second")));

        assertThat(report.inserted()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(7);
        assertThat(report.levels().get(3)).extracting(ImportReport.LevelReport::updated).isEqualTo(1L);
        assertThat(report.levels().get(4)).extracting(ImportReport.LevelReport::inserted).isEqualTo(1L);
        assertThat(jurisdictions.find("990101001")).map(Division::name).contains("甲镇（新）");
    }

    @Test
    void aPartialSetMayHangFromDivisionsAlreadyStored() throws IOException {
        importDir(new DivisionFixture().write(temp.resolve("all")));
        Path dir = Files.createDirectories(temp.resolve("villages-only"));
        // gzipped, with a byte order mark, Windows line ends and blank lines, which are skipped
        DivisionFixture.gzip(dir.resolve("villages.csv.gz"),
                "\uFEFFcode,name,streetCode,provinceCode,cityCode,areaCode\r\n"
                + "\r\n990101002002,\"乙二社区居民委员会\",990101002,99,9901,990101\r\n   \r\n");

        ImportReport report = importDir(dir);

        assertThat(report.levels()).singleElement().satisfies(level -> {
            assertThat(level.file()).isEqualTo("villages.csv.gz");
            assertThat(level.inserted()).isEqualTo(1);
        });
        assertThat(jurisdictions.find("990101002002")).map(Division::parentCode).contains("990101002");
    }

    @Test
    void progressIsReportedPhaseByPhase() throws IOException {
        List<ImportProgress.Update> updates = new ArrayList<>();
        try (ImportSource source = ImportSource.directory(new DivisionFixture().write(temp))) {
            importer.importFrom(source, updates::add);
        }
        assertThat(updates).extracting(ImportProgress.Update::phase).startsWith(ImportProgress.Phase.READING)
                .endsWith(ImportProgress.Phase.VALIDATING, ImportProgress.Phase.WRITING, ImportProgress.Phase.DONE);
        assertThat(updates).extracting(ImportProgress.Update::percent).isSorted();
        assertThat(updates.get(updates.size() - 1)).satisfies(done -> {
            assertThat(done.rows()).isEqualTo(8);
            assertThat(done.percent()).isEqualTo(100);
        });
    }

    private ImportReport importDir(Path dir) {
        return DivisionFixture.importDirectory(importer, dir);
    }
}
