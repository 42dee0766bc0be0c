package org.shuzhi.event.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shuzhi.event.HandlingLevel;
import org.shuzhi.event.Urgency;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.Invalidation;
import org.shuzhi.platform.ScopedSql;
import org.shuzhi.platform.Unscoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code event.dispatch_rule}; every read and write confined to a scope on the rule's region. */
@Repository
class DispatchRuleRepository {

    private static final String COLUMNS = """
            id, region_code, name, priority, category_prefix, grid_code, urgencies, day_types, hour_from, hour_to,
            target_level, target_department, auto_dispatch, active, version""";

    private final JdbcClient jdbc;
    /** Announced by every write, for the in-memory rule book ({@link DispatchRules}). */
    private final Invalidation changes = new Invalidation(() -> { });

    DispatchRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Bumped by every write of a rule, now and when the writing transaction ends. */
    @Unscoped("reads no rows: the change counter the in-memory rule book checks")
    Invalidation changes() {
        return changes;
    }

    /** The active rules whose region contains {@code regionCode} (itself or an ancestor), inside the scope. */
    List<DispatchRule> applyingTo(String regionCode, DataScope scope) {
        ScopedSql inScope = ScopedSql.where(scope, "region_code");
        return jdbc.sql("select " + COLUMNS + " from event.dispatch_rule where active"
                        + " and starts_with(:region, region_code) and " + inScope.sql())
                .param("region", regionCode).params(inScope.parameters())
                .query(DispatchRuleRepository::rule).list();
    }

    /** Every rule inside the scope, active ones first, by region and name. */
    List<DispatchRule> list(DataScope scope) {
        ScopedSql inScope = ScopedSql.where(scope, "region_code");
        return jdbc.sql("select " + COLUMNS + " from event.dispatch_rule where " + inScope.sql()
                        + " order by active desc, region_code, priority desc, name")
                .params(inScope.parameters()).query(DispatchRuleRepository::rule).list();
    }

    /** The rule with this number, if it lies inside the scope. */
    Optional<DispatchRule> find(long id, DataScope scope) {
        ScopedSql inScope = ScopedSql.where(scope, "region_code");
        return jdbc.sql("select " + COLUMNS + " from event.dispatch_rule where id = :id and " + inScope.sql())
                .param("id", id).params(inScope.parameters()).query(DispatchRuleRepository::rule).optional();
    }

    /** Stores a new rule; empty when its region already has one of that name. The region must be inside the scope. */
    Optional<Long> insert(RuleDraft d, String actor, Instant at, DataScope scope) {
        requireInside(d.regionCode(), scope);
        changes.changed();
        return jdbc.sql("""
                insert into event.dispatch_rule (region_code, name, priority, category_prefix, grid_code, urgencies,
                            day_types, hour_from, hour_to, target_level, target_department, auto_dispatch,
                            created_by, updated_by, updated_at)
                values (:region, :name, :priority, :category, :grid, cast(:urgencies as text[]),
                        cast(:days as text[]), :from, :to, :level, :department, :auto, :actor, :actor, :at)
                on conflict (region_code, name) do nothing
                returning id""")
                .params(fields(d)).param("actor", actor).param("at", Timestamp.from(at))
                .query(Long.class).optional();
    }

    /**
     * Replaces a rule's fields if it is still at {@code version} and inside the scope, before and after; returns
     * false otherwise.
     */
    boolean update(long id, int version, RuleDraft d, String actor, Instant at, DataScope scope) {
        requireInside(d.regionCode(), scope);
        changes.changed();
        ScopedSql inScope = ScopedSql.where(scope, "region_code");
        return jdbc.sql("""
                update event.dispatch_rule set region_code = :region, name = :name, priority = :priority,
                       category_prefix = :category, grid_code = :grid, urgencies = cast(:urgencies as text[]),
                       day_types = cast(:days as text[]),
                       hour_from = :from, hour_to = :to, target_level = :level, target_department = :department,
                       auto_dispatch = :auto, updated_by = :actor, updated_at = :at, version = version + 1
                 where id = :id and version = :version and\s""" + inScope.sql())
                .params(fields(d)).param("actor", actor).param("at", Timestamp.from(at))
                .param("id", id).param("version", version).params(inScope.parameters())
                .update() == 1;
    }

    /** Deactivates a rule inside the scope if it is still at {@code version}; returns false otherwise. */
    boolean deactivate(long id, int version, String actor, Instant at, DataScope scope) {
        changes.changed();
        ScopedSql inScope = ScopedSql.where(scope, "region_code");
        return jdbc.sql("""
                update event.dispatch_rule set active = false, updated_by = :actor, updated_at = :at,
                       version = version + 1
                 where id = :id and version = :version and\s""" + inScope.sql())
                .param("actor", actor).param("at", Timestamp.from(at)).param("id", id).param("version", version)
                .params(inScope.parameters()).update() == 1;
    }

    private static void requireInside(String regionCode, DataScope scope) {
        if (!scope.covers(regionCode)) {
            throw new IllegalArgumentException("region " + regionCode + " is outside the scope");
        }
    }

    private static Map<String, Object> fields(RuleDraft d) {
        Map<String, Object> p = new HashMap<>();
        p.put("region", d.regionCode());
        p.put("name", d.name());
        p.put("priority", d.priority() == null ? 0 : d.priority());
        p.put("category", d.categoryPrefix());
        p.put("grid", d.gridCode());
        p.put("urgencies", names(d.urgencies()));
        p.put("days", names(d.days()));
        p.put("from", d.hourFrom());
        p.put("to", d.hourTo());
        p.put("level", d.level().name());
        p.put("department", d.department());
        p.put("auto", Boolean.TRUE.equals(d.autoDispatch()));
        return p;
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    static DispatchRule rule(ResultSet row, int rowNumber) throws SQLException {
        return new DispatchRule(row.getLong("id"), row.getString("region_code"), row.getString("name"),
                row.getInt("priority"), row.getString("category_prefix"), row.getString("grid_code"),
                values(row.getArray("urgencies"), Urgency::valueOf),
                values(row.getArray("day_types"), DayType::valueOf),
                row.getObject("hour_from", Integer.class), row.getObject("hour_to", Integer.class),
                HandlingLevel.valueOf(row.getString("target_level")), row.getString("target_department"),
                row.getBoolean("auto_dispatch"), row.getBoolean("active"), row.getInt("version"));
    }

    private static <E> Set<E> values(Array array, Function<String, E> parse) throws SQLException {
        return array == null ? Set.of()
                : Arrays.stream((String[]) array.getArray()).map(parse).collect(Collectors.toUnmodifiableSet());
    }
}
