package org.shuzhi.catalog.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.catalog.CatalogAction;
import org.shuzhi.catalog.CatalogEntry;
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
        ScopedSql where = ScopedSql.where(scope, "e.region_code", "e.provider_department");
        jdbc.sql("""
                insert into catalog.entry_step (entry_id, version, at, action, from_state, to_state, actor, reason)
                select e.id, :version, :at, :action, :from, :to, :actor, :reason from catalog.entry e
                where e.id = :id and %s""".formatted(where.sql())).params(where.parameters())
                .param("id", id).param("version", version).param("at", Timestamp.from(at))
                .param("action", action == null ? "CREATE" : action.name())
                .param("from", from == null ? null : from.name()).param("to", to.name()).param("actor", actor)
                .param("reason", reason).update();
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
