package org.shuzhi.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The {@link Jurisdictions} API on the demo divisions, as other modules use it. */
@IntegrationTest
class JurisdictionsTest {

    @Autowired
    Jurisdictions jurisdictions;

    @Test
    void findsADivisionWithItsLevelAndParent() {
        assertThat(jurisdictions.find("320509104")).contains(
                new Division("320509104", "平望镇", DivisionLevel.TOWNSHIP, "320509"));
        assertThat(jurisdictions.find("32")).hasValueSatisfying(d -> {
            assertThat(d.name()).isEqualTo("江苏省");
            assertThat(d.parentCode()).isNull();
        });
        assertThat(jurisdictions.exists("320509104")).isTrue();
        assertThat(jurisdictions.exists("320509999")).isFalse();
        assertThat(jurisdictions.find("not-a-code")).isEmpty();
        assertThat(jurisdictions.find(null)).isEmpty();
    }

    @Test
    void chainRunsFromTheProvinceDownToTheCode() {
        assertThat(jurisdictions.chain("320509104")).extracting(Division::name)
                .containsExactly("江苏省", "苏州市", "吴江区", "平望镇");
        assertThat(jurisdictions.chain("320509104")).extracting(Division::level)
                .containsExactly(DivisionLevel.PROVINCE, DivisionLevel.CITY, DivisionLevel.COUNTY,
                        DivisionLevel.TOWNSHIP);
        assertThat(jurisdictions.chain("62")).extracting(Division::name).containsExactly("甘肃省");
        assertThat(jurisdictions.chain("320509199")).isEmpty();
        assertThat(jurisdictions.chain("3205x")).isEmpty();
        assertThat(jurisdictions.chain(null)).isEmpty();
    }

    @Test
    void childrenAreTheDirectChildrenOrderedByCode() {
        var villages = jurisdictions.children("320509104");
        assertThat(villages).hasSize(27)
                .allSatisfy(v -> {
                    assertThat(v.level()).isEqualTo(DivisionLevel.VILLAGE);
                    assertThat(v.parentCode()).isEqualTo("320509104");
                })
                .extracting(Division::code).isSorted();
        assertThat(jurisdictions.children("6201")).extracting(Division::name).contains("城关区", "七里河区");
        assertThat(jurisdictions.children(null)).extracting(Division::code).containsSubsequence("32", "62")
                .allMatch(code -> code.length() == 2);
        assertThat(jurisdictions.children(villages.get(0).code())).isEmpty();
    }

    @Test
    void searchFindsByPartOfTheNameProvincesFirst() {
        assertThat(jurisdictions.search("平望", 10)).extracting(Division::code).startsWith("320509104");
        assertThat(jurisdictions.search("甘肃", 10)).first().extracting(Division::code).isEqualTo("62");
        assertThat(jurisdictions.search("兰州", 50)).extracting(Division::level).isSorted();
        assertThat(jurisdictions.search("城关", 3)).hasSize(3);
        assertThat(jurisdictions.search("%", 10)).isEmpty();
        assertThat(jurisdictions.search(" ", 10)).isEmpty();
        assertThat(jurisdictions.search("平望", 0)).isEmpty();
    }
}
