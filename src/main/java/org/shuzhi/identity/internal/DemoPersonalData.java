package org.shuzhi.identity.internal;

import org.shuzhi.privacy.ResidentIdNumber;

/**
 * Synthetic personal fields for the demo accounts: a resident ID number whose address code is the account's region
 * (its county, or the city or province as {@code xxxx00} / {@code xx0000}), a birth date and sequence derived from
 * the account's position in the list, and a correct check character; and a mobile number from one block. They are
 * made up, not taken from anyone, and valid so that masking and the validators can be seen at work.
 */
final class DemoPersonalData {

    private DemoPersonalData() {
    }

    /** A valid resident ID number for the {@code index}-th demo account at {@code regionCode}. */
    static String idNumber(String regionCode, int index) {
        String address = (regionCode.length() >= 6 ? regionCode.substring(0, 6) : regionCode + "0000")
                .substring(0, 6);
        String birth = String.format("%04d%02d%02d", 1970 + index * 7 % 30, 1 + index % 12, 1 + index * 3 % 28);
        String first17 = address + birth + String.format("%03d", 100 + index * 37 % 900);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** A valid mobile number for the {@code index}-th demo account. */
    static String mobile(int index) {
        return String.format("1390512%04d", 100 + index);
    }
}
