package org.shuzhi.catalog.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.catalog.CatalogAction;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.CatalogReplication;
import org.shuzhi.catalog.EntryState;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Published versions, kept as they were published, and the workflow steps of every entry. Provider-side reads
 * (steps, all versions) take the owner scope; reads of what was published take {@link PublishedVisibility}.
 */
@Repository
class EntryHistory {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    EntryHistory(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A workflow step, as the entry's history shows it. */
    record Step(Instant at, int version, String action, EntryState from, EntryState to, String actor, String reason) {
    }

    /** Keeps {@code entry} as its published version {@code entry.version()}. */
    void publish(CatalogEntry entry, String actor, Instant at, DataScope scope) {
        ScopedSql where = ScopedSql.where(scope, "e.region_code", "e.provider_department");
        jdbc.sql("""
                insert into catalog.entry_version (entry_id, version, published_at, published_by, snapshot)
                select e.id, :version, :at, :actor, cast(:snapshot as jsonb) from catalog.entry e
                where e.id = :id and %s""".formatted(where.sql())).params(where.parameters())
                .param("id", entry.id()).param("version", entry.version()).param("at", Timestamp.from(at))
                .param("actor", actor).param("snapshot", write(entry)).update();
    }

    /** The published version {@code version} of entry {@code id}, or its current one when {@code version} is null. */
    Optional<CatalogEntry> published(long id, Integer version, DataScope scope) {
        ScopedSql where = PublishedVisibility.where(scope, "e.region_code");
        return jdbc.sql("""
                select v.snapshot::text from catalog.entry e
                join catalog.entry_version v on v.entry_id = e.id and v.version = coalesce(:version, e.published_version)
                where e.id = :id and e.state <> 'WITHDRAWN' and %s""".formatted(where.sql()))
                .params(where.parameters()).param("id", id).param("version", version).query(String.class)
                .optional().map(this::read);
    }

    /** The current published version of the entry with {@code code}, if visible. */
    Optional<CatalogEntry> publishedByCode(String code, DataScope scope) {
        ScopedSql where = PublishedVisibility.where(scope, "e.region_code");
        return jdbc.sql("""
                select v.snapshot::text from catalog.entry e
                join catalog.entry_version v on v.entry_id = e.id and v.version = e.published_version
                where e.code = :code and e.state <> 'WITHDRAWN' and %s""".formatted(where.sql()))
                .params(where.parameters()).param("code", code).query(String.class).optional().map(this::read);
    }

    /** The numbers of the published versions of an entry, newest first, if the caller may see it published. */
    List<Integer> versions(long id, DataScope scope) {
        ScopedSql where = PublishedVisibility.where(scope, "e.region_code");
        return jdbc.sql("""
                select v.version from catalog.entry_version v join catalog.entry e on e.id = v.entry_id
                where e.id = :id and %s order by v.version desc""".formatted(where.sql()))
                .params(where.parameters()).param("id", id).query(Integer.class).list();
    }

    void step(long id, int version, Instant at, CatalogAction action, EntryState from, EntryState to, String actor,
            String reason, DataScope scope) {
        stepNamed(id, version, at, action == null ? "CREATE" : action.name(), from, to, actor, reason, scope);
    }

    /** A step by its action's name: a workflow action, {@code CREATE}, or {@code RECEIVE} for catalog sync. */
    void stepNamed(long id, int version, Instant at, String action, EntryState from, EntryState to, String actor,
            String reason, DataScope scope) {
        ScopedSql where = ScopedSql.where(scope, "e.region_code", "e.provider_department");
        jdbc.sql("""
                insert into catalog.entry_step (entry_id, version, at, action, from_state, to_state, actor, reason)
                select e.id, :version, :at, :action, :from, :to, :actor, :reason from catalog.entry e
                where e.id = :id and %s""".formatted(where.sql())).params(where.parameters())
                .param("id", id).param("version", version).param("at", Timestamp.from(at))
                .param("action", action)
                .param("from", from == null ? null : from.name()).param("to", to.name()).param("actor", actor)
                .param("reason", reason).update();
    }

    /**
     * Published or withdrawn entries modified after {@code after} and before {@code before}, in modification order:
     * those whose region lies inside {@code scope}, or — {@code above} — those of its regions' proper ancestors.
     */
    CatalogReplication.Changes changes(DataScope scope, boolean above, CatalogReplication.Position after,
            Instant before, int limit) {
        ScopedSql where = above ? ancestorsOf(scope) : ScopedSql.where(scope, "e.region_code");
        List<CatalogReplication.Change> changes = jdbc.sql("""
                select e.id, e.code, e.state, e.published_version, e.modified_at, e.origin_node, v.snapshot::text
                from catalog.entry e
                join catalog.entry_version v on v.entry_id = e.id and v.version = e.published_version
                where (e.modified_at > :at or (e.modified_at = :at and e.id > :id)) and e.modified_at < :before
                  and %s
                order by e.modified_at, e.id limit :limit""".formatted(where.sql())).params(where.parameters())
                .param("at", Timestamp.from(after.modifiedAt())).param("id", after.id())
                .param("before", Timestamp.from(before)).param("limit", limit + 1)
                .query((rs, n) -> new CatalogReplication.Change(rs.getString("code"), rs.getInt("published_version"),
                        EntryState.WITHDRAWN.name().equals(rs.getString("state")), rs.getString("origin_node"),
                        read(rs.getString("snapshot")), new CatalogReplication.Position(
                                rs.getTimestamp("modified_at").toInstant(), rs.getLong("id")))).list();
        boolean more = changes.size() > limit;
        List<CatalogReplication.Change> page = more ? changes.subList(0, limit) : changes;
        return new CatalogReplication.Changes(page, page.isEmpty() ? after : page.get(page.size() - 1).position(),
                more);
    }

    private static ScopedSql ancestorsOf(DataScope scope) {
        var ancestors = PublishedVisibility.ancestors(scope);
        return scope.isEmpty() || ancestors.isEmpty() ? new ScopedSql("false", Map.of())
                : new ScopedSql("e.region_code in (:ancestors)", Map.of("ancestors", ancestors));
    }

    /** The workflow steps of an entry on the provider's side, oldest first. */
    List<Step> steps(long id, DataScope scope) {
        ScopedSql where = ScopedSql.where(scope, "e.region_code", "e.provider_department");
        return jdbc.sql("""
                select s.* from catalog.entry_step s join catalog.entry e on e.id = s.entry_id
                where e.id = :id and %s order by s.id""".formatted(where.sql())).params(where.parameters())
                .param("id", id).query((rs, n) -> new Step(rs.getTimestamp("at").toInstant(), rs.getInt("version"),
                        rs.getString("action"), rs.getString("from_state") == null ? null
                                : EntryState.valueOf(rs.getString("from_state")),
                        EntryState.valueOf(rs.getString("to_state")), rs.getString("actor"), rs.getString("reason")))
                .list();
    }

    private String write(CatalogEntry entry) {
        try {
            return json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a catalog entry that cannot be written as JSON", e);
        }
    }

    private CatalogEntry read(String snapshot) {
        try {
            return json.readValue(snapshot, CatalogEntry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a published catalog snapshot that cannot be read", e);
        }
    }
}
