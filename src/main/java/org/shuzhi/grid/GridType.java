package org.shuzhi.grid;

import org.shuzhi.jurisdiction.DivisionLevel;

/**
 * The three layers of grids. Grids of one layer must not overlap each other; grids of different layers do.
 *
 * <p>Code scheme (15 digits, so that a grid code, like a division code, nests by prefix):
 * <ul>
 * <li>{@link #COMPREHENSIVE}: the 12-digit village code + a 3-digit sequence 001–999,
 *     e.g. {@code 320509104001001};</li>
 * <li>{@link #AREA} and {@link #PROFESSIONAL} hang under the township: the 9-digit township code + {@code 000}
 *     (a village slot the NBS never assigns, so these codes cannot collide with a village's grids) + a 3-digit
 *     sequence — 001–099 for 片区 ({@code 320509104000001}), 101–999 for 专业网格 ({@code 320509104000101}).</li>
 * </ul>
 */
public enum GridType {

    /** 片区: a group of villages' grids under one township, for dispatch and statistics. */
    AREA(DivisionLevel.TOWNSHIP, 1, 99),
    /** 综合网格: the everyday patrol unit, inside exactly one village or community. */
    COMPREHENSIVE(DivisionLevel.VILLAGE, 1, 999),
    /** 专业网格: enterprise supervision under the township, covering a limited number of enterprises. */
    PROFESSIONAL(DivisionLevel.TOWNSHIP, 101, 999);

    private final DivisionLevel regionLevel;
    private final int firstSequence;
    private final int lastSequence;

    GridType(DivisionLevel regionLevel, int firstSequence, int lastSequence) {
        this.regionLevel = regionLevel;
        this.firstSequence = firstSequence;
        this.lastSequence = lastSequence;
    }

    /** The level of the division a grid of this type hangs under. */
    public DivisionLevel regionLevel() {
        return regionLevel;
    }

    /** The lowest sequence number (the last three digits of the code) of this type. */
    public int firstSequence() {
        return firstSequence;
    }

    /** The highest sequence number of this type. */
    public int lastSequence() {
        return lastSequence;
    }

    /**
     * The first 12 digits of the codes of this type's grids under a region: the village code itself, or the
     * township code + {@code 000}.
     */
    public String codeStem(String regionCode) {
        return regionLevel == DivisionLevel.TOWNSHIP ? regionCode + "000" : regionCode;
    }

    /**
     * The code a grid of this type gets for a region and a sequence number.
     *
     * @throws IllegalArgumentException when the region code does not have this type's level or the sequence is
     *                                  outside this type's range
     */
    public String code(String regionCode, int sequence) {
        if (regionCode == null || regionCode.length() != regionLevel.codeLength() || !regionCode.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(this + " grids hang under a " + regionLevel + " code: " + regionCode);
        }
        if (sequence < firstSequence || sequence > lastSequence) {
            throw new IllegalArgumentException(this + " sequence must be " + firstSequence + "–" + lastSequence);
        }
        return codeStem(regionCode) + "%03d".formatted(sequence);
    }

    /** True when {@code code} follows this type's scheme for a grid under {@code regionCode}. */
    public boolean fits(String code, String regionCode) {
        if (code == null || code.length() != CODE_LENGTH || !code.chars().allMatch(Character::isDigit)) {
            return false;
        }
        if (regionCode == null || regionCode.length() != regionLevel.codeLength() || !code.startsWith(codeStem(regionCode))) {
            return false;
        }
        int sequence = Integer.parseInt(code.substring(12));
        return sequence >= firstSequence && sequence <= lastSequence;
    }

    /** Every grid code has this many digits. */
    public static final int CODE_LENGTH = 15;
}
