package org.shuzhi.jurisdiction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.shuzhi.jurisdiction.Division;
import org.shuzhi.jurisdiction.DivisionLevel;

/** Mapping between {@code jurisdiction.division} rows and {@link Division}; levels are stored as 1 (province)–5. */
final class DivisionRows {

    /** The columns {@link #map} reads, for {@code select COLUMNS from jurisdiction.division}. */
    static final String COLUMNS = "code, name, level, parent_code";

    private DivisionRows() {
    }

    static Division map(ResultSet rs, int rowNum) throws SQLException {
        return new Division(rs.getString("code"), rs.getString("name"), level(rs.getInt("level")),
                rs.getString("parent_code"));
    }

    static DivisionLevel level(int stored) {
        return DivisionLevel.values()[stored - 1];
    }

    static int stored(DivisionLevel level) {
        return level.ordinal() + 1;
    }

    /**
     * The codes of {@code code} and all divisions above it, province first ({@code 320509104} → 32, 3205, 320509,
     * 320509104); empty when the code is not all digits of a level's length.
     */
    static List<String> chainCodes(String code) {
        if (code == null || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return List.of();
        }
        DivisionLevel own = DivisionLevel.ofCodeLength(code.length()).orElse(null);
        if (own == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (DivisionLevel level : DivisionLevel.values()) {
            if (level.compareTo(own) <= 0) {
                codes.add(code.substring(0, level.codeLength()));
            }
        }
        return codes;
    }
}
