package org.shuzhi.jurisdiction.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.shuzhi.jurisdiction.Division;
import org.shuzhi.jurisdiction.DivisionLevel;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@link Jurisdictions} on {@code jurisdiction.division}, plus the reads the module's own pages and API need
 * (child counts, chains of many divisions at once). Codes that are not digits of a level's length simply match
 * nothing. Every method is one SQL query.
 */
@Service
class JdbcJurisdictions implements Jurisdictions {

    private static final String SELECT = "select " + DivisionRows.COLUMNS + " from jurisdiction.division ";

    private final JdbcClient jdbc;

    JdbcJurisdictions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Division> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + "where code = ?").param(code).query(DivisionRows::map).optional();
    }

    @Override
    public List<Division> chain(String code) {
        List<String> codes = DivisionRows.chainCodes(code);
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Division> chain = jdbc.sql(SELECT + "where code in (:codes) order by level")
                .param("codes", codes).query(DivisionRows::map).list();
        // the code itself must exist; its ancestors then do too (foreign key on parent_code)
        return chain.size() == codes.size() ? chain : List.of();
    }

    @Override
    public List<Division> children(String code) {
        if (code == null) {
            return jdbc.sql(SELECT + "where level = 1 order by code").query(DivisionRows::map).list();
        }
        return jdbc.sql(SELECT + "where parent_code = ? order by code").param(code).query(DivisionRows::map).list();
    }

    /**
     * {@inheritDoc} Matching is a plain substring match on the name ({@code LIKE}, wildcards in the query are
     * taken literally); a blank query or a limit below 1 finds nothing. Queries of three or more characters use the
     * trigram index; shorter ones scan the table, which takes well under a second for the national set.
     */
    @Override
    public List<Division> search(String query, int limit) {
        if (query == null || query.isBlank() || limit < 1) {
            return List.of();
        }
        String pattern = "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(SELECT + "where name like ? order by level, code limit ?")
                .param(pattern).param(limit).query(DivisionRows::map).list();
    }

    /** How many direct children each of {@code codes} has; codes without children map to 0. */
    Map<String, Integer> childCounts(Collection<String> codes) {
        Map<String, Integer> counts = new HashMap<>();
        codes.forEach(code -> counts.put(code, 0));
        if (!codes.isEmpty()) {
            jdbc.sql("select parent_code, count(*) from jurisdiction.division where parent_code in (:codes)"
                    + " group by parent_code").param("codes", codes)
                    .query(rs -> {
                        counts.put(rs.getString(1), rs.getInt(2));
                    });
        }
        return counts;
    }

    /** The chain of each division (province first, the division last), fetched in one query. */
    Map<String, List<Division>> chains(Collection<Division> divisions) {
        Set<String> codes = new LinkedHashSet<>();
        divisions.forEach(d -> codes.addAll(DivisionRows.chainCodes(d.code())));
        Map<String, Division> byCode = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql(SELECT + "where code in (:codes)").param("codes", codes).query(DivisionRows::map).list()
                    .forEach(d -> byCode.put(d.code(), d));
        }
        Map<String, List<Division>> chains = new HashMap<>();
        for (Division division : divisions) {
            chains.put(division.code(), DivisionRows.chainCodes(division.code()).stream()
                    .map(byCode::get).filter(java.util.Objects::nonNull).toList());
        }
        return chains;
    }

    /** Number of stored divisions of a level. */
    long count(DivisionLevel level) {
        return jdbc.sql("select count(*) from jurisdiction.division where level = ?")
                .param(DivisionRows.stored(level)).query(Long.class).single();
    }
}
