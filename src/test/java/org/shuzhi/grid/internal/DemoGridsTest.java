package org.shuzhi.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.shuzhi.grid.Grid;
import org.shuzhi.jurisdiction.Division;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo generator is deterministic and its data re-imports as unchanged. */
@IntegrationTest
class DemoGridsTest {

    @Autowired
    Jurisdictions jurisdictions;

    @Autowired
    GridImporter importer;

    @Autowired
    ObjectMapper mapper;

    @Test
    void theSameSeedGivesTheSameGridsAndReimportingThemChangesNothing() throws Exception {
        Division township = jurisdictions.find(DemoGridsLoader.TOWNSHIP).orElseThrow();
        List<Division> villages = jurisdictions.children(DemoGridsLoader.TOWNSHIP);
        List<Grid> first = DemoGrids.generate(DemoGridsLoader.plan(township, villages, 80));
        List<Grid> second = DemoGrids.generate(DemoGridsLoader.plan(township, villages, 80));
        assertThat(second).hasSize(95).usingRecursiveFieldByFieldElementComparatorIgnoringFields("polygon").isEqualTo(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).polygon().equalsExact(first.get(i).polygon())).isTrue();
        }
        // villages in another order make no difference either
        List<Division> reversed = new java.util.ArrayList<>(villages);
        java.util.Collections.reverse(reversed);
        assertThat(DemoGrids.generate(DemoGridsLoader.plan(township, reversed, 80)))
                .extracting(Grid::code).isEqualTo(first.stream().map(Grid::code).toList());

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new GeoJsonWriter(mapper).writeCollection(first, json);
        GridImporter.ImportReport report = importer.importGeoJson(json.toByteArray(), DataScope.all());
        assertThat(report.unchanged()).isEqualTo(95);
    }

    @Test
    void namesDropTheCommitteeAndCountInChinese() {
        assertThat(DemoGrids.shortName("西塘社区居委会")).isEqualTo("西塘社区");
        assertThat(DemoGrids.shortName("群星村委会")).isEqualTo("群星村");
        assertThat(DemoGrids.shortName("某某社区居民委员会")).isEqualTo("某某社区");
        assertThat(DemoGrids.shortName("群星村村民委员会")).isEqualTo("群星村");
        assertThat(DemoGrids.shortName("群星村民委员会")).isEqualTo("群星村");
        assertThat(DemoGrids.shortName("平望镇")).isEqualTo("平望镇");
        assertThat(List.of(1, 5, 10, 12, 20, 35, 99)).extracting(DemoGrids::chineseNumber)
                .containsExactly("一", "五", "十", "十二", "二十", "三十五", "九十九");
    }
}
