package org.shuzhi.jurisdiction.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.shuzhi.jurisdiction.Division;
import org.shuzhi.jurisdiction.DivisionLevel;

/**
 * A division as the REST API shows it.
 *
 * @param childCount number of direct children; {@code null} where not asked for (in a chain)
 */
@Schema(name = "Division", description = "行政区划 Division")
record DivisionJson(
        @Schema(example = "320509104") String code,
        @Schema(example = "平望镇") String name,
        DivisionLevel level,
        @Schema(example = "320509", nullable = true) String parentCode,
        @Schema(example = "27", nullable = true) Integer childCount) {

    static DivisionJson of(Division division, Integer childCount) {
        return new DivisionJson(division.code(), division.name(), division.level(), division.parentCode(),
                childCount);
    }

    static List<DivisionJson> withCounts(List<Division> divisions, Map<String, Integer> counts) {
        return divisions.stream().map(d -> of(d, counts.get(d.code()))).toList();
    }

    /**
     * A search result with the chain from the province down to it.
     *
     * @param path the chain's names joined, e.g. 江苏省 › 苏州市 › 吴江区 › 平望镇
     */
    @Schema(name = "DivisionSearchHit", description = "搜索结果 Search hit")
    record Hit(String code, String name, DivisionLevel level, String parentCode,
            @Schema(example = "江苏省 › 苏州市 › 吴江区 › 平望镇") String path, List<DivisionJson> chain) {

        static final String SEPARATOR = " › ";

        static Hit of(Division division, List<Division> chain) {
            return new Hit(division.code(), division.name(), division.level(), division.parentCode(),
                    String.join(SEPARATOR, chain.stream().map(Division::name).toList()),
                    chain.stream().map(d -> DivisionJson.of(d, null)).toList());
        }
    }
}
