package org.shuzhi.event.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code event.attachment} (现场照片), reached only through an event inside the scope: an attachment of an
 * event the caller cannot see does not exist for them.
 */
@Repository
class AttachmentStore {

    /** One attachment's facts without its content. */
    record Attachment(long eventId, int n, String contentType, int size, String uploadedBy, Instant uploadedAt) {
    }

    /** An attachment with its bytes, for serving. */
    record Content(String contentType, byte[] bytes) {
    }

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds an attachment to event {@code eventId} with the next free number; empty when the event is not inside
     * {@code scope}. The event row is locked meanwhile, so two uploads at once get different numbers.
     */
    Optional<Integer> add(long eventId, String contentType, byte[] bytes, String uploadedBy, Instant at,
            DataScope scope) {
        ScopedSql inScope = inScope(scope);
        Optional<Long> locked = jdbc.sql("select e.id from event.event e where e.id = :id and " + inScope.sql()
                        + " for update")
                .param("id", eventId).params(inScope.parameters()).query(Long.class).optional();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                insert into event.attachment (event_id, n, content_type, size, content, uploaded_by, uploaded_at)
                select :id, coalesce(max(n), 0) + 1, :type, :size, :content, :by, :at
                  from event.attachment where event_id = :id
                returning n""")
                .param("id", eventId).param("type", contentType).param("size", bytes.length)
                .param("content", bytes).param("by", uploadedBy).param("at", Timestamp.from(at))
                .query(Integer.class).single());
    }

    /** The attachments of event {@code eventId} in number order; empty when the event is not inside {@code scope}. */
    List<Attachment> list(long eventId, DataScope scope) {
        ScopedSql inScope = inScope(scope);
        return jdbc.sql("""
                select a.event_id, a.n, a.content_type, a.size, a.uploaded_by, a.uploaded_at
                  from event.attachment a join event.event e on e.id = a.event_id
                 where a.event_id = :id and\s""" + inScope.sql() + " order by a.n")
                .param("id", eventId).params(inScope.parameters())
                .query((row, i) -> new Attachment(row.getLong("event_id"), row.getInt("n"),
                        row.getString("content_type"), row.getInt("size"), row.getString("uploaded_by"),
                        row.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** Attachment {@code n} of event {@code eventId} with its bytes, if the event lies inside {@code scope}. */
    Optional<Content> content(long eventId, int n, DataScope scope) {
        ScopedSql inScope = inScope(scope);
        return jdbc.sql("""
                select a.content_type, a.content
                  from event.attachment a join event.event e on e.id = a.event_id
                 where a.event_id = :id and a.n = :n and\s""" + inScope.sql())
                .param("id", eventId).param("n", n).params(inScope.parameters())
                .query((row, i) -> new Content(row.getString("content_type"), row.getBytes("content")))
                .optional();
    }

    private static ScopedSql inScope(DataScope scope) {
        return ScopedSql.where(scope, "e.region_code", "e.assigned_department");
    }
}
