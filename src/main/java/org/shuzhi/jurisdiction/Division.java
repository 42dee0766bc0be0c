package org.shuzhi.jurisdiction;

import java.util.Objects;

/**
 * One division (行政区划) of the national tree.
 *
 * @param code       the NBS code, all digits, as long as its level requires
 * @param name       the official name, e.g. 平望镇
 * @param level      the level, which follows from the code's length
 * @param parentCode the code of the division above, {@code null} for a province
 */
public record Division(String code, String name, DivisionLevel level, String parentCode) {

    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (code.length() != level.codeLength()) {
            throw new IllegalArgumentException("code " + code + " does not fit level " + level);
        }
    }

    /** True when {@code otherCode} is this division or lies inside it (codes nest by prefix). */
    public boolean contains(String otherCode) {
        return otherCode != null && otherCode.startsWith(code);
    }
}
