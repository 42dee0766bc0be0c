package org.shuzhi.jurisdiction;

import java.util.Optional;

/**
 * The five levels of the division code (统计用区划代码): the level follows from the code's length.
 */
public enum DivisionLevel {
    /** 省级: 2 digits, e.g. 32 江苏省. */
    PROVINCE(2),
    /** 地级 (市): 4 digits, e.g. 3205 苏州市. */
    CITY(4),
    /** 县级 (区/县): 6 digits, e.g. 320509 吴江区. */
    COUNTY(6),
    /** 乡级 (乡镇/街道): 9 digits, e.g. 320509104 平望镇. */
    TOWNSHIP(9),
    /** 村级 (村/社区): 12 digits. */
    VILLAGE(12);

    private final int codeLength;

    DivisionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level one step up, empty for a province. */
    public Optional<DivisionLevel> parent() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** The level one step down, empty for a village. */
    public Optional<DivisionLevel> child() {
        return ordinal() == values().length - 1 ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** The level a code of this length belongs to; empty when the length fits no level. */
    public static Optional<DivisionLevel> ofCodeLength(int length) {
        for (DivisionLevel level : values()) {
            if (level.codeLength == length) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
