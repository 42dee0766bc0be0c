package org.shuzhi.grid.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridType;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.shuzhi.platform.Unscoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code grid.grid}: one row per grid, the polygon as WKB plus its bounding box (GiST-indexed, so bbox
 * queries need no PostGIS). Region-code filters are prefix matches on a C-collated column, which the
 * b-tree index serves as a range scan: codes are digits and {@code ':'} follows {@code '9'}, so
 * {@code [prefix, prefix + ':')} holds exactly the codes that start with the prefix.
 */
@Repository
class GridRepository {

    private static final String COLUMNS = """
            code, name, type, region_code, area_code, geometry, area_m2, enterprise_count, enterprise_capacity""";

    private final JdbcClient jdbc;

    GridRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an upsert did to a row. */
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    /**
     * Inserts the grid or updates the row with its code; a row that already holds exactly this grid is left alone
     * (and reported {@link Outcome#UNCHANGED}), which makes re-importing a file a no-op.
     */
    Outcome upsert(Grid grid, DataScope scope) {
        if (!scope.covers(grid.regionCode())) {
            throw new IllegalArgumentException("grid " + grid.code() + " is outside the scope");
        }
        ScopedSql stored = ScopedSql.where(scope, "grid.region_code");
        Envelope box = grid.polygon().getEnvelopeInternal();
        Optional<Boolean> created = jdbc.sql("""
                insert into grid.grid (code, name, type, region_code, area_code, geometry, min_lng, min_lat, max_lng,
                                       max_lat, area_m2, enterprise_count, enterprise_capacity)
                values (:code, :name, :type, :region, :area, :geometry, :minLng, :minLat, :maxLng, :maxLat, :areaM2,
                        :enterprises, :capacity)
                on conflict (code) do update set
                    name = excluded.name, type = excluded.type, region_code = excluded.region_code,
                    area_code = excluded.area_code, geometry = excluded.geometry, min_lng = excluded.min_lng,
                    min_lat = excluded.min_lat, max_lng = excluded.max_lng, max_lat = excluded.max_lat,
                    area_m2 = excluded.area_m2, enterprise_count = excluded.enterprise_count,
                    enterprise_capacity = excluded.enterprise_capacity, updated_at = now()
                where %s and (grid.name, grid.type, grid.region_code, grid.area_code, grid.geometry, grid.enterprise_count,
                       grid.enterprise_capacity)
                      is distinct from (excluded.name, excluded.type, excluded.region_code, excluded.area_code,
                       excluded.geometry, excluded.enterprise_count, excluded.enterprise_capacity)
                returning (xmax = 0) as created""".formatted(stored.sql()))
                .params(stored.parameters())
                .param("code", grid.code())
                .param("name", grid.name())
                .param("type", grid.type().name())
                .param("region", grid.regionCode())
                .param("area", grid.areaCode())
                .param("geometry", new WKBWriter(2).write(grid.polygon()))
                .param("minLng", box.getMinX())
                .param("minLat", box.getMinY())
                .param("maxLng", box.getMaxX())
                .param("maxLat", box.getMaxY())
                .param("areaM2", grid.areaSquareMetres())
                .param("enterprises", grid.enterpriseCount())
                .param("capacity", grid.enterpriseCapacity())
                .query(Boolean.class)
                .optional();
        return created.map(isNew -> isNew ? Outcome.CREATED : Outcome.UPDATED).orElse(Outcome.UNCHANGED);
    }

    /**
     * Makes concurrent imports take turns until the end of the transaction, so that two files cannot each pass the
     * overlap check against the state before the other.
     */
    @Unscoped("an advisory lock: reads and writes no rows")
    void lockForImport() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('grid.import'))").query().singleRow();
    }

    /** The grid with this code if it lies inside {@code scope}. */
    Optional<Grid> find(String code, DataScope scope) {
        ScopedSql inScope = ScopedSql.where(scope, "region_code");
        return jdbc.sql("select " + COLUMNS + " from grid.grid where code = :code and " + inScope.sql())
                .param("code", code)
                .params(inScope.parameters())
                .query(GridRepository::grid)
                .optional();
    }

    /**
     * The codes among {@code codes} that exist but lie outside {@code scope} — an import must not overwrite them,
     * and must not learn more about them than that they cannot be written.
     */
    List<String> storedOutside(Collection<String> codes, DataScope scope) {
        if (codes.isEmpty()) {
            return List.of();
        }
        ScopedSql inScope = ScopedSql.where(scope, "region_code");
        return jdbc.sql("select code from grid.grid where code in (:codes) and not (" + inScope.sql() + ") order by code")
                .param("codes", List.copyOf(codes))
                .params(inScope.parameters())
                .query(String.class)
                .list();
    }

    /**
     * Grids inside {@code scope} whose region code starts with {@code regionPrefix} (all digits, may be empty),
     * optionally of one type and with a bounding box meeting {@code bbox}, ordered by code.
     */
    List<Grid> list(DataScope scope, String regionPrefix, GridType type, Envelope bbox) {
        return select(ScopedSql.where(scope, "region_code"), regionPrefix, type, bbox);
    }

    /** The 片区 of this code wherever it lies: an import checks the 片区 its grids name. */
    @Unscoped("import validation: the 片区 a feature names must exist; nothing of it is returned to the caller")
    Optional<Grid> findForValidation(String code) {
        return find(code, DataScope.all());
    }

    /** Stored grids of a layer meeting {@code extent}, wherever they lie: overlaps are checked across borders. */
    @Unscoped("import validation: no grid may overlap another of its layer, whoever owns it; only codes are reported")
    List<Grid> overlapCandidates(GridType type, Envelope extent) {
        return select(ScopedSql.where(DataScope.all(), "region_code"), "", type, extent);
    }

    private List<Grid> select(ScopedSql inScope, String regionPrefix, GridType type, Envelope bbox) {
        boolean anyBox = bbox == null;
        Envelope box = anyBox ? new Envelope(0, 0, 0, 0) : bbox;
        return jdbc.sql("select " + COLUMNS + """
                 from grid.grid
                where region_code >= :prefix and region_code < :prefix || ':' and %s
                  and (cast(:type as varchar) is null or type = :type)
                  and (:anyBox or box(point(min_lng, min_lat), point(max_lng, max_lat))
                                  && box(point(:minLng, :minLat), point(:maxLng, :maxLat)))
                order by code""".formatted(inScope.sql()))
                .params(inScope.parameters())
                .param("prefix", regionPrefix)
                .param("type", type == null ? null : type.name())
                .param("anyBox", anyBox)
                .param("minLng", box.getMinX())
                .param("minLat", box.getMinY())
                .param("maxLng", box.getMaxX())
                .param("maxLat", box.getMaxY())
                .query(GridRepository::grid)
                .list();
    }

    /** Every grid, for building the spatial index. */
    @Unscoped("the point → grid index serves system lookups for every jurisdiction; callers scope its answers")
    List<Grid> all() {
        return select(ScopedSql.where(DataScope.all(), "region_code"), "", null, null);
    }

    private static Grid grid(ResultSet row, int rowNumber) throws SQLException {
        Geometry polygon;
        try {
            polygon = new WKBReader(GeoJsonReader.WGS84).read(row.getBytes("geometry"));
        } catch (ParseException e) {
            throw new SQLException("unreadable WKB in grid " + row.getString("code"), e);
        }
        return new Grid(row.getString("code"), row.getString("name"), GridType.valueOf(row.getString("type")),
                row.getString("region_code"), row.getString("area_code"), polygon, row.getDouble("area_m2"),
                (Integer) row.getObject("enterprise_count"), (Integer) row.getObject("enterprise_capacity"));
    }
}
