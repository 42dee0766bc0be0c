package org.shuzhi.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuzhi.dataset.DatasetFixture.HEADER;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * {@link Datasets#loaded}: of a list of entry codes, exactly those with a dataset loaded — an entry with its dataset
 * attached but nothing loaded yet and an unknown code are not — and only datasets inside the scope, by the entry's
 * region and provider department, count; it agrees with {@link Datasets#query} answering or not.
 */
@IntegrationTest
class DatasetsLoadedTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    DemoTokens tokens;

    @Autowired
    Datasets datasets;

    @Test
    void namesTheEntriesWithADatasetInsideTheScope() {
        DatasetFixture loaded = new DatasetFixture(http, tokens);
        DatasetFixture attachedOnly = new DatasetFixture(http, tokens);
        assertThat(loaded.load(HEADER + "\n张三," + DatasetFixture.idNumber(1) + ",,,,,\n", "replace").path("status")
                .asText()).isEqualTo("SUCCEEDED");
        List<String> codes = List.of(loaded.code, attachedOnly.code, "no-such-entry");

        assertThat(datasets.loaded(codes, DataScope.of("320509"))).containsExactly(loaded.code);
        assertThat(datasets.loaded(codes, new DataScope(Set.of("6201", "320509"), Set.of())))
                .containsExactly(loaded.code);
        assertThat(datasets.loaded(codes, DataScope.of("320509").onlyDepartments(Set.of("320509-cg"))))
                .containsExactly(loaded.code);
        for (String code : codes) {
            assertThat(datasets.query(code, new DatasetQuery(null, null, null, null, 0, 1), DataScope.of("320509"))
                    .isPresent()).as(code).isEqualTo(code.equals(loaded.code));
        }

        assertThat(datasets.loaded(codes, DataScope.of("6201"))).as("another region's").isEmpty();
        assertThat(datasets.loaded(codes, DataScope.of("320509").onlyDepartments(Set.of("320509-mz"))))
                .as("another department's").isEmpty();
        assertThat(datasets.loaded(codes, DataScope.none())).isEmpty();
        assertThat(datasets.loaded(List.of(), DataScope.all())).isEmpty();
    }
}
