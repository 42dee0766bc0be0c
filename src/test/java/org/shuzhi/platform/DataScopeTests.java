package org.shuzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Scopes nest by code prefix, narrow but never widen, and an empty scope covers nothing. */
class DataScopeTests {

    @Test
    void aRegionScopeCoversItsSubtreeOnly() {
        DataScope wujiang = DataScope.of("320509");
        assertThat(wujiang.covers("320509104001001")).isTrue();
        assertThat(wujiang.covers("320509")).isTrue();
        assertThat(wujiang.covers("320508001")).isFalse();
        assertThat(wujiang.covers("3205")).isFalse();
        assertThat(wujiang.covers(null)).isFalse();
    }

    @Test
    void noScopeCoversNothing() {
        assertThat(DataScope.none().isEmpty()).isTrue();
        assertThat(DataScope.none().covers("32")).isFalse();
        assertThat(DataScope.none().narrowTo("32").isEmpty()).isTrue();
    }

    @Test
    void narrowingNeverWidens() {
        DataScope pingwang = DataScope.of("320509104");
        assertThat(pingwang.narrowTo("320509104001").regionRoots()).containsExactly("320509104001");
        assertThat(pingwang.narrowTo("32").regionRoots()).containsExactly("320509104");
        assertThat(pingwang.narrowTo("320508").isEmpty()).isTrue();
        assertThat(pingwang.narrowTo(null)).isEqualTo(pingwang);
    }

    @Test
    void nestedRootsCollapseToTheOutermost() {
        DataScope scope = new DataScope(Set.of("320509104", "3205", "6201"), Set.of());
        assertThat(scope.regionRoots()).containsExactlyInAnyOrder("3205", "6201");
    }

    @Test
    void departmentsNarrowAndSurviveRegionNarrowing() {
        DataScope scope = DataScope.of("320509").onlyDepartments(List.of("CG"));
        assertThat(scope.narrowTo("320509104").departmentCodes()).containsExactly("CG");
    }

    @Test
    void codesAreCheckedSoNothingElseReachesSql() {
        assertThatThrownBy(() -> DataScope.of("32' or '1'='1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataScope.of("320509").narrowTo("abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
